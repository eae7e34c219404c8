#include "widgets/dataset/dataset_options_panel.h"

#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSignalBlocker>

namespace fewshot {
namespace widgets {
namespace {

QIcon swatch(const QColor& colour) {
  QPixmap pixmap(16, 16);
  pixmap.fill(colour);
  QPainter p(&pixmap);
  p.setPen(QColor(0, 0, 0, 120));
  p.drawRect(0, 0, 15, 15);
  return QIcon(pixmap);
}

}  // namespace

DatasetOptionsPanel::DatasetOptionsPanel(QWidget* parent) : QWidget(parent) {
  auto* form = new QFormLayout(this);
  form->setContentsMargins(0, 0, 0, 0);
  resize_ = new QComboBox;
  resize_->setObjectName("resizeCombo");
  resize_->addItem(tr("Center crop"), "crop");
  resize_->addItem(tr("Pad with background"), "pad");
  resize_->addItem(tr("Stretch"), "stretch");
  resampling_ = new QComboBox;
  resampling_->setObjectName("resamplingCombo");
  resampling_->addItem(tr("Area (sharp, no aliasing)"), "area");
  resampling_->addItem(tr("Bilinear"), "bilinear");
  background_ = new QPushButton;
  background_->setObjectName("backgroundButton");
  background_->setToolTip(tr("Transparent pixels and padding get this colour"));
  size_ = new QLabel;
  size_->setToolTip(tr("The training resolution: the preview and the too-small warnings use it"));
  form->addRow(tr("Resize:"), resize_);
  form->addRow(tr("Resampling:"), resampling_);
  form->addRow(tr("Background:"), background_);
  form->addRow(tr("Training size:"), size_);

  connect(resize_, &QComboBox::currentIndexChanged, this, [this] {
    Q_EMIT edited({{"resize", resize_->currentData()}});
  });
  connect(resampling_, &QComboBox::currentIndexChanged, this,
          [this] { Q_EMIT edited({{"resampling", resampling_->currentData()}}); });
  connect(background_, &QPushButton::clicked, this, [this] {
    const QColor colour = QColorDialog::getColor(colour_, this, tr("Background for transparent pixels"));
    if (colour.isValid()) Q_EMIT edited({{"background", colour.name().mid(1)}});
  });
}

void DatasetOptionsPanel::setOptions(const DatasetOptions& options) {
  const QSignalBlocker blockResize(resize_), blockResampling(resampling_);
  resize_->setCurrentIndex(resize_->findData(options.resize));
  resampling_->setCurrentIndex(resampling_->findData(options.resampling));
  colour_ = options.background;
  background_->setIcon(swatch(options.background));
  background_->setText(QStringLiteral("#") + options.backgroundHex());
  size_->setText(tr("%1 x %1 px").arg(options.size));
}

}  // namespace widgets
}  // namespace fewshot
