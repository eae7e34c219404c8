#include "widgets/export/export_image_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

#include "widgets/export/export_seed_field.h"

namespace fewshot {
namespace widgets {

ExportImageForm::ExportImageForm(Kind kind, QWidget* parent) : ExportForm(kind, parent) {
  form_ = new QFormLayout;
  seeds_ = new ExportSeedField(QStringLiteral("0-15"));
  form_->addRow(tr("Seeds:"), seeds_);
  if (grid()) {
    columns_ = new QSpinBox;
    columns_->setObjectName(QStringLiteral("columns"));
    columns_->setRange(0, 64);
    columns_->setSpecialValueText(tr("Square"));
    form_->addRow(tr("Columns:"), columns_);
    tileSize_ = new QSpinBox;
    tileSize_->setObjectName(QStringLiteral("tileSize"));
    tileSize_->setRange(0, 2048);
    tileSize_->setSingleStep(16);
    tileSize_->setSuffix(tr(" px"));
    tileSize_->setSpecialValueText(tr("Generator size"));
    tileSize_->setToolTip(tr("Each image is resized to this size in the grid (longer side)."));
    form_->addRow(tr("Image size:"), tileSize_);
    padding_ = new QSpinBox;
    padding_->setObjectName(QStringLiteral("padding"));
    padding_->setRange(0, 256);
    padding_->setValue(2);
    padding_->setSuffix(tr(" px"));
    form_->addRow(tr("Padding:"), padding_);
  }
  latentScale_ = new QDoubleSpinBox;
  latentScale_->setObjectName(QStringLiteral("latentScale"));
  latentScale_->setRange(0, 2);
  latentScale_->setSingleStep(0.05);
  latentScale_->setValue(1.0);
  latentScale_->setToolTip(tr("z is multiplied by this factor. FastGAN has no mapping network, so this is not "
                              "StyleGAN truncation; values below 1 give more typical, less varied images."));
  form_->addRow(tr("Latent scale:"), latentScale_);
  bnMode_ = new QComboBox;
  bnMode_->setObjectName(QStringLiteral("bnMode"));
  bnMode_->addItem(tr("Batch statistics (as the official samples)"));
  bnMode_->addItem(tr("Running statistics (eval)"));
  bnMode_->setToolTip(tr("With batch statistics an image also depends on the other seeds of the export."));
  form_->addRow(tr("BatchNorm:"), bnMode_);
  trainingSize_ = new QCheckBox(tr("Training size"));
  trainingSize_->setObjectName(QStringLiteral("trainingSize"));
  trainingSize_->setChecked(true);
  width_ = new QSpinBox;
  height_ = new QSpinBox;
  width_->setObjectName(QStringLiteral("outputWidth"));
  height_->setObjectName(QStringLiteral("outputHeight"));
  for (QSpinBox* s : {width_, height_}) {
    s->setRange(8, 4096);
    s->setValue(256);
    s->setSuffix(tr(" px"));
    s->setEnabled(false);
  }
  sizeRow_ = new QWidget;
  auto* sizeLayout = new QHBoxLayout(sizeRow_);
  sizeLayout->setContentsMargins(0, 0, 0, 0);
  sizeLayout->addWidget(trainingSize_);
  sizeLayout->addWidget(width_);
  sizeLayout->addWidget(new QLabel(QStringLiteral("×")));
  sizeLayout->addWidget(height_);
  sizeLayout->addStretch();
  form_->addRow(tr("Output size:"), sizeRow_);
  note_ = new QLabel;
  note_->setWordWrap(true);
  summary_ = new QLabel;
  summary_->setObjectName(QStringLiteral("summary"));
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form_);
  layout->addWidget(summary_);
  layout->addWidget(note_);
  layout->addStretch();

  auto changed = [this] {
    updateSummary();
    Q_EMIT ExportForm::changed();
  };
  connect(seeds_, &ExportSeedField::changed, this, changed);
  for (QSpinBox* s : {columns_, tileSize_, padding_, width_, height_})
    if (s) connect(s, &QSpinBox::valueChanged, this, changed);
  connect(trainingSize_, &QCheckBox::toggled, this, [this, changed](bool on) {
    width_->setEnabled(!on);
    height_->setEnabled(!on);
    changed();
  });
  setRunInfo({});
}

void ExportImageForm::setSeeds(const QString& seeds) {
  seeds_->setSeedText(seeds);
  Q_EMIT changed();
}

void ExportImageForm::setRunInfo(const QVariantMap& info) {
  ExportForm::setRunInfo(info);
  const bool noRun = !info.contains(QStringLiteral("family"));
  form_->setRowVisible(latentScale_, noRun || hasLatent());
  form_->setRowVisible(bnMode_, noRun || hasLatent());
  form_->setRowVisible(sizeRow_, anySize());
  if (anySize())
    note_->setText(tr("Each seed gives one sample of the model; another size scales every stage (retargeting)."));
  else
    note_->setText(grid() ? QString() : tr("One PNG per seed (seed_<n>.png) at the generator's full resolution."));
  note_->setVisible(!note_->text().isEmpty());
  updateSummary();
}

void ExportImageForm::applyTo(bridge::ExportJob& job) const {
  job.seeds = seeds_->seedText();
  if (grid()) {
    job.columns = columns_->value();
    job.tileSize = tileSize_->value();
    job.padding = padding_->value();
  } else {
    job.tileSize = 0;
  }
  // Families without a latent take no scale (a hidden field may still hold another run's value).
  job.latentScale = hasLatent() ? latentScale_->value() : 1.0;
  job.batchStatistics = bnMode_->currentIndex() == 0;
  const bool customSize = anySize() && !trainingSize_->isChecked();
  job.width = customSize ? width_->value() : 0;
  job.height = customSize ? height_->value() : 0;
}

QString ExportImageForm::defaultName() const {
  const QString seeds = seedsForFileName(seeds_->seedText());
  QString size;
  if (anySize() && !trainingSize_->isChecked())
    size = QStringLiteral("_%1x%2").arg(width_->value()).arg(height_->value());
  size += iterationForFileName(info_);
  return grid() ? QStringLiteral("grid_seeds_%1%2.png").arg(seeds, size)
                : QStringLiteral("images_seeds_%1%2").arg(seeds, size);
}

bool ExportImageForm::hasLatent() const { return runCan("latents-json"); }
bool ExportImageForm::anySize() const { return runCan("any-size"); }

QString ExportImageForm::suffix() const { return grid() ? QStringLiteral("png") : QString(); }

QString ExportImageForm::fileFilter() const { return grid() ? tr("PNG image (*.png)") : QString(); }

void ExportImageForm::updateSummary() {
  const int n = seeds_->count();
  const int size = info_.value("imageSize").toInt();
  if (!grid() || n <= 0 || size <= 0) {
    summary_->setText(n > 0 && size > 0 ? tr("%n image(s) of %1×%1 px", nullptr, n).arg(size) : QString());
    return;
  }
  const int tile = tileSize_->value() > 0 ? tileSize_->value() : size, pad = padding_->value();
  const int cols = columns_->value() > 0 ? std::min(columns_->value(), n)
                                         : static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n))));
  const int rows = (n + cols - 1) / cols;
  summary_->setText(tr("%1 × %2 tiles of %3 px → %4 × %5 px")
                        .arg(cols).arg(rows).arg(tile).arg(cols * (tile + pad) + pad).arg(rows * (tile + pad) + pad));
}

}  // namespace widgets
}  // namespace fewshot
