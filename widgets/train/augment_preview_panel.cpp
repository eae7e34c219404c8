#include "widgets/train/augment_preview_panel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "bridge/augment_preview.h"

namespace fewshot {
namespace widgets {

AugmentPreviewPanel::AugmentPreviewPanel(QWidget* parent) : QWidget(parent) {
  preview_ = new bridge::AugmentPreview(this);
  auto* layout = new QVBoxLayout(this);
  auto* bar = new QHBoxLayout;
  useCurrent_ = new QCheckBox(tr("Use the run's current p"));
  useCurrent_->setChecked(true);
  bar->addWidget(useCurrent_);
  bar->addWidget(new QLabel(tr("p")));
  p_ = new QDoubleSpinBox;
  p_->setRange(0, 1);
  p_->setSingleStep(0.1);
  p_->setDecimals(3);
  p_->setEnabled(false);
  bar->addWidget(p_);
  regenerate_ = new QPushButton(tr("Regenerate"));
  bar->addWidget(regenerate_);
  bar->addStretch(1);
  layout->addLayout(bar);
  image_ = new QLabel(tr("Real images from the dataset, augmented the way the discriminator sees them, appear "
                         "here. Choose a dataset or open a run, then press Regenerate."));
  image_->setWordWrap(true);
  image_->setAlignment(Qt::AlignCenter);
  image_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
  layout->addWidget(image_, 1);
  caption_ = new QLabel;
  caption_->setAlignment(Qt::AlignCenter);
  layout->addWidget(caption_);

  connect(useCurrent_, &QCheckBox::toggled, this, [this](bool on) {
    p_->setEnabled(!on);
    if (on) p_->setValue(currentP_);
  });
  connect(regenerate_, &QPushButton::clicked, this, &AugmentPreviewPanel::regenerate);
  connect(p_, &QDoubleSpinBox::editingFinished, this, &AugmentPreviewPanel::regenerate);
  connect(preview_, &bridge::AugmentPreview::ready, this, [this](const QImage& grid, double p) {
    grid_ = grid;
    gridP_ = p;
    caption_->setText(tr("augmented at p = %1 (%2 augmentations)")
                          .arg(QString::number(p, 'f', 3), config_.value("ada_preset").toString()));
    updatePixmap();
  });
  connect(preview_, &bridge::AugmentPreview::failed, this, [this](const QString& message) {
    caption_->setText(tr("Preview failed: %1").arg(message));
  });
}

void AugmentPreviewPanel::setSource(const QString& source, const QVariantMap& config) {
  source_ = source;
  config_ = config;
}

void AugmentPreviewPanel::setCurrentP(double p) {
  currentP_ = p;
  if (useCurrent_->isChecked()) p_->setValue(p);
}

void AugmentPreviewPanel::setChosenP(double p) {
  useCurrent_->setChecked(false);
  p_->setValue(p);
}

double AugmentPreviewPanel::chosenP() const { return useCurrent_->isChecked() ? currentP_ : p_->value(); }

void AugmentPreviewPanel::regenerate() {
  if (source_.isEmpty()) {
    caption_->setText(tr("Choose a dataset or open a run first."));
    return;
  }
  caption_->setText(tr("computing…"));
  preview_->request(source_, config_, chosenP());
}

void AugmentPreviewPanel::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  updatePixmap();
}

void AugmentPreviewPanel::updatePixmap() {
  if (grid_.isNull()) return;
  const QSize target = image_->size();
  image_->setPixmap(QPixmap::fromImage(
      grid_.scaled(target, Qt::KeepAspectRatio,
                   grid_.width() < target.width() ? Qt::FastTransformation : Qt::SmoothTransformation)));
}

}  // namespace widgets
}  // namespace fewshot
