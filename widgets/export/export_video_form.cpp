#include "widgets/export/export_video_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include "widgets/export/export_seed_field.h"

namespace fewshot {
namespace widgets {

ExportVideoForm::ExportVideoForm(QWidget* parent) : ExportForm(Kind::InterpolationVideo, parent) {
  auto* form = new QFormLayout;
  seeds_ = new ExportSeedField(QStringLiteral("0,1,2,3"), false);
  seeds_->setToolTip(tr("Key seeds, at least two: the video moves from each to the next."));
  form->addRow(tr("Key seeds:"), seeds_);
  frameMode_ = new QComboBox;
  frameMode_->setObjectName(QStringLiteral("frameMode"));
  frameMode_->addItem(tr("per segment"));
  frameMode_->addItem(tr("in total"));
  frames_ = new QSpinBox;
  frames_->setObjectName(QStringLiteral("frames"));
  frames_->setRange(1, 100000);
  frames_->setValue(24);
  auto* framesRow = new QWidget;
  auto* framesLayout = new QHBoxLayout(framesRow);
  framesLayout->setContentsMargins(0, 0, 0, 0);
  framesLayout->addWidget(frames_);
  framesLayout->addWidget(frameMode_);
  framesLayout->addStretch();
  form->addRow(tr("Frames:"), framesRow);
  fps_ = new QDoubleSpinBox;
  fps_->setObjectName(QStringLiteral("fps"));
  fps_->setRange(1, 240);
  fps_->setDecimals(1);
  fps_->setValue(24);
  form->addRow(tr("Frames per second:"), fps_);
  interpolation_ = new QComboBox;
  interpolation_->setObjectName(QStringLiteral("interpolation"));
  interpolation_->addItem(tr("Linear (lerp)"));
  interpolation_->addItem(tr("Spherical (slerp)"));
  form->addRow(tr("Interpolation:"), interpolation_);
  loop_ = new QCheckBox(tr("Back to the first seed (seamless loop)"));
  loop_->setObjectName(QStringLiteral("loop"));
  form->addRow(QString(), loop_);
  latentScale_ = new QDoubleSpinBox;
  latentScale_->setObjectName(QStringLiteral("latentScale"));
  latentScale_->setRange(0, 2);
  latentScale_->setSingleStep(0.05);
  latentScale_->setValue(1.0);
  latentScale_->setToolTip(
      tr("z is multiplied by this factor (not StyleGAN truncation: FastGAN has no mapping network)."));
  form->addRow(tr("Latent scale:"), latentScale_);
  bnMode_ = new QComboBox;
  bnMode_->setObjectName(QStringLiteral("bnMode"));
  bnMode_->addItem(tr("Running statistics (eval)"));
  bnMode_->addItem(tr("Batch statistics"));
  bnMode_->setToolTip(tr("Each frame is rendered alone; batch statistics of one frame make the video flicker."));
  form->addRow(tr("BatchNorm:"), bnMode_);
  format_ = createAnimationFormatCombo();
  form->addRow(tr("Format:"), format_);
  upscale_ = createUpscaleCombo();
  form->addRow(tr("Output size:"), upscale_);
  summary_ = new QLabel;
  summary_->setObjectName(QStringLiteral("summary"));
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(summary_);
  auto* note = new QLabel(tr("Every frame uses the same noise, so only the latent moves."));
  note->setWordWrap(true);
  layout->addWidget(note);
  layout->addStretch();

  auto changed = [this] {
    updateSummary();
    Q_EMIT ExportForm::changed();
  };
  connect(seeds_, &ExportSeedField::changed, this, changed);
  connect(frames_, &QSpinBox::valueChanged, this, changed);
  connect(frameMode_, &QComboBox::currentIndexChanged, this, changed);
  connect(fps_, &QDoubleSpinBox::valueChanged, this, changed);
  connect(loop_, &QCheckBox::toggled, this, changed);
  connect(format_, &QComboBox::currentIndexChanged, this, changed);
  connect(upscale_, &QComboBox::currentIndexChanged, this, changed);
  updateSummary();
}

void ExportVideoForm::setRunInfo(const QVariantMap& info) {
  ExportForm::setRunInfo(info);
  const int size = info.value(QStringLiteral("imageSize")).toInt();
  labelUpscaleCombo(upscale_, size > 0 ? QSize(size, size) : QSize());
}

void ExportVideoForm::applyTo(bridge::ExportJob& job) const {
  job.seeds = seeds_->seedText();
  const bool total = frameMode_->currentIndex() == 1;
  job.totalFrames = total ? frames_->value() : 0;
  job.framesPerSegment = total ? 24 : frames_->value();
  job.fps = fps_->value();
  job.slerp = interpolation_->currentIndex() == 1;
  job.loop = loop_->isChecked();
  job.latentScale = latentScale_->value();
  job.batchStatistics = bnMode_->currentIndex() == 1;
  job.scale = upscale_->currentData().toInt();
}

QString ExportVideoForm::defaultName() const {
  return QStringLiteral("%1_seeds_%2%3%4.%5")
      .arg(loop_->isChecked() ? QStringLiteral("loop") : QStringLiteral("interp"), seedsForFileName(seeds_->seedText()),
           iterationForFileName(info_), upscaleForFileName(upscale_->currentData().toInt()), suffix());
}

QString ExportVideoForm::suffix() const { return format_->currentData().toString(); }

QString ExportVideoForm::fileFilter() const {
  return suffix() == QLatin1String("gif") ? tr("Animated GIF (*.gif)") : tr("MP4 video (*.mp4)");
}

void ExportVideoForm::outputChosen(const QString& path) {
  if (selectFormatForPath(format_, path)) updateSummary();
}

void ExportVideoForm::updateSummary() {
  const int keys = seeds_->count();
  if (keys < 2) {
    summary_->setText(tr("Give at least two key seeds."));
    return;
  }
  bridge::ExportJob job;
  applyTo(job);
  const int frames = bridge::ExportBridge::videoFrameCount(job, keys);
  summary_->setText(tr("%1 frames, %2 s").arg(frames).arg(frames / fps_->value(), 0, 'f', 1));
}

}  // namespace widgets
}  // namespace fewshot
