#include "widgets/export/export_misc_forms.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "widgets/export/export_seed_field.h"

namespace fewshot {
namespace widgets {

namespace {
QLabel* wrappedLabel(const QString& text = {}) {
  auto* label = new QLabel(text);
  label->setWordWrap(true);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  return label;
}
}  // namespace

ExportTimelapseForm::ExportTimelapseForm(QWidget* parent) : ExportForm(Kind::Timelapse, parent) {
  auto* form = new QFormLayout;
  fps_ = new QDoubleSpinBox;
  fps_->setObjectName(QStringLiteral("fps"));
  fps_->setRange(1, 240);
  fps_->setDecimals(1);
  fps_->setValue(8);
  form->addRow(tr("Frames per second:"), fps_);
  format_ = createAnimationFormatCombo();
  format_->setCurrentIndex(1);  // GIF: the timelapse is mostly shared on the web
  form->addRow(tr("Format:"), format_);
  upscale_ = createUpscaleCombo();
  form->addRow(tr("Output size:"), upscale_);
  summary_ = wrappedLabel();
  summary_->setObjectName(QStringLiteral("summary"));
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(summary_);
  layout->addWidget(wrappedLabel(tr("One frame per fixed-seed sample grid saved during training "
                                    "(samples/iter_*.png), in iteration order.")));
  layout->addStretch();
  auto changed = [this] {
    updateSummary();
    Q_EMIT ExportForm::changed();
  };
  connect(fps_, &QDoubleSpinBox::valueChanged, this, changed);
  connect(format_, &QComboBox::currentIndexChanged, this, changed);
  connect(upscale_, &QComboBox::currentIndexChanged, this, changed);
}

void ExportTimelapseForm::applyTo(bridge::ExportJob& job) const {
  job.fps = fps_->value();
  job.scale = upscale_->currentData().toInt();
}

QString ExportTimelapseForm::defaultName() const {
  return QStringLiteral("timelapse%1%2.%3")
      .arg(iterationForFileName(info_), upscaleForFileName(upscale_->currentData().toInt()), suffix());
}

QString ExportTimelapseForm::suffix() const { return format_->currentData().toString(); }

QString ExportTimelapseForm::fileFilter() const {
  return suffix() == QLatin1String("gif") ? tr("Animated GIF (*.gif)") : tr("MP4 video (*.mp4)");
}

void ExportTimelapseForm::setRunInfo(const QVariantMap& info) {
  ExportForm::setRunInfo(info);
  updateSummary();
}

void ExportTimelapseForm::outputChosen(const QString& path) { selectFormatForPath(format_, path); }

void ExportTimelapseForm::updateSummary() {
  const int n = info_.value("samples").toInt();
  summary_->setText(n > 0 ? tr("%n sample grid(s) → %1 s", nullptr, n).arg(n / fps_->value(), 0, 'f', 1)
                          : tr("No sample grids yet."));
}

ExportLatentsForm::ExportLatentsForm(QWidget* parent) : ExportForm(Kind::LatentsJson, parent) {
  auto* form = new QFormLayout;
  seeds_ = new ExportSeedField(QStringLiteral("0-15"));
  form->addRow(tr("Seeds:"), seeds_);
  latentScale_ = new QDoubleSpinBox;
  latentScale_->setObjectName(QStringLiteral("latentScale"));
  latentScale_->setRange(0, 2);
  latentScale_->setSingleStep(0.05);
  latentScale_->setValue(1.0);
  latentScale_->setToolTip(tr("Recorded in the file; z itself is stored unscaled."));
  form->addRow(tr("Latent scale:"), latentScale_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(
      wrappedLabel(tr("{\"nz\": …, \"latent_scale\": …, \"latents\": [{\"seed\": s, \"z\": […]}, …]} — "
                      "`fewshot interpolate --latents FILE` reads it back.")));
  layout->addStretch();
  connect(seeds_, &ExportSeedField::changed, this, &ExportForm::changed);
}

void ExportLatentsForm::applyTo(bridge::ExportJob& job) const {
  job.seeds = seeds_->seedText();
  job.latentScale = latentScale_->value();
}

QString ExportLatentsForm::defaultName() const {
  return QStringLiteral("latents_seeds_%1.json").arg(seedsForFileName(seeds_->seedText()));
}

QString ExportLatentsForm::fileFilter() const { return tr("JSON (*.json)"); }

ExportModelForm::ExportModelForm(QWidget* parent) : ExportForm(Kind::PytorchGenerator, parent) {
  text_ = wrappedLabel();
  format_ = new QComboBox;
  format_->addItem(tr("PyTorch state dict (.pth)"), QStringLiteral("pth"));
  format_->addItem(tr("ONNX model (.onnx)"), QStringLiteral("onnx"));
  auto* form = new QFormLayout;
  form->addRow(tr("Format"), format_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(text_);
  connect(format_, &QComboBox::currentIndexChanged, this, [this] {
    setRunInfo(info_);
    Q_EMIT changed();
  });
  layout->addStretch();
  setRunInfo({});
}

QString ExportModelForm::defaultName() const {
  const qint64 it = info_.value("iteration").toLongLong();
  return QStringLiteral("generator_ema_%1.%2").arg(it > 0 ? it : 0).arg(suffix());
}

bool ExportModelForm::onnx() const { return format_->currentData().toString() == QLatin1String("onnx"); }
QString ExportModelForm::suffix() const { return format_->currentData().toString(); }

QString ExportModelForm::fileFilter() const {
  return onnx() ? tr("ONNX model (*.onnx)") : tr("PyTorch state dict (*.pth)");
}

void ExportModelForm::outputChosen(const QString& path) {
  const int i = format_->findData(QFileInfo(path).suffix().toLower());
  if (i >= 0 && i != format_->currentIndex()) {
    const QSignalBlocker block(format_);
    format_->setCurrentIndex(i);
    setRunInfo(info_);
  }
}

void ExportModelForm::setRunInfo(const QVariantMap& info) {
  ExportForm::setRunInfo(info);
  const qint64 it = info.value("iteration").toLongLong();
  if (onnx()) {
    text_->setText(tr("The EMA generator of the newest checkpoint%1 as an ONNX model (opset 13): input z (batch, nz), "
                      "output image (batch, 3, R, R) in [-1, 1]. BatchNorm uses the running statistics (eval mode), "
                      "spectral norm is folded into the weights and the noise injection stays random. "
                      "Runs in onnxruntime and other ONNX runtimes.")
                       .arg(it >= 0 ? tr(" (iteration %1)").arg(it) : QString()));
    return;
  }
  text_->setText(tr("The EMA generator of the newest checkpoint%1 as a plain PyTorch state dict with the key names "
                    "of the official FastGAN models.py, so that\n\n"
                    "    netG = Generator(ngf, nz, im_size)\n    netG.load_state_dict(torch.load(FILE))\n\n"
                    "works. im_size, ngf and nz are written beside it as FILE.json.")
                     .arg(it >= 0 ? tr(" (iteration %1)").arg(it) : QString()));
}

}  // namespace widgets
}  // namespace fewshot
