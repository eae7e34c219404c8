#include "widgets/explore/seed_explorer_panel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QShortcut>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

#include "widgets/explore/latent_image_view.h"
#include "widgets/explore/seed_animator.h"

namespace fewshot {
namespace widgets {

namespace {
constexpr int kBlendSteps = 1000;
constexpr int kScaleSteps = 100;  // the scale slider counts hundredths

QLabel* caption(const QString& text) {
  auto* label = new QLabel(text);
  label->setWordWrap(true);
  QFont font = label->font();
  font.setPointSizeF(font.pointSizeF() * 0.9);
  label->setFont(font);
  label->setForegroundRole(QPalette::PlaceholderText);
  return label;
}
}  // namespace

SeedExplorerPanel::SeedExplorerPanel(QWidget* parent) : QWidget(parent) {
  clock_.start();
  view_ = new LatentImageView;
  view_->setDraggable(true);
  view_->setToolTip(tr("Drag sideways to move between seeds; Left/Right step one seed."));
  animator_ = new SeedAnimator(this);

  positionLabel_ = new QLabel;
  QFont big = positionLabel_->font();
  big.setPointSizeF(big.pointSizeF() * 1.6);
  big.setBold(true);
  positionLabel_->setFont(big);

  auto* previous = new QToolButton;
  previous->setText(QStringLiteral("◀"));
  previous->setToolTip(tr("Previous seed (Left)"));
  auto* next = new QToolButton;
  next->setText(QStringLiteral("▶"));
  next->setToolTip(tr("Next seed (Right)"));
  seedBox_ = new QSpinBox;
  seedBox_->setRange(0, 2147483647);
  seedBox_->setAccelerated(true);
  auto* seedRow = new QHBoxLayout;
  seedRow->addWidget(previous);
  seedRow->addWidget(seedBox_, 1);
  seedRow->addWidget(next);

  blendSlider_ = new QSlider(Qt::Horizontal);
  blendSlider_->setRange(0, kBlendSteps - 1);
  blendSlider_->setToolTip(tr("Blend from this seed toward the next one"));
  interpolation_ = new QComboBox;
  interpolation_->addItem(tr("Linear (lerp)"));
  interpolation_->addItem(tr("Spherical (slerp)"));
  interpolation_->setToolTip(tr("How the latent moves between neighbouring seeds. Slerp keeps the latent's "
                                "length, lerp shortens it halfway between seeds."));

  playButton_ = new QToolButton;
  playButton_->setCheckable(true);
  playButton_->setText(tr("▶ Animate"));
  playButton_->setToolButtonStyle(Qt::ToolButtonTextOnly);
  speedBox_ = new QDoubleSpinBox;
  speedBox_->setRange(0.05, 20.0);
  speedBox_->setSingleStep(0.25);
  speedBox_->setValue(1.0);
  speedBox_->setSuffix(tr(" seeds/s"));
  auto* animateRow = new QHBoxLayout;
  animateRow->addWidget(playButton_);
  animateRow->addWidget(speedBox_, 1);

  scaleSlider_ = new QSlider(Qt::Horizontal);
  scaleSlider_->setRange(0, 150);
  scaleSlider_->setValue(kScaleSteps);
  scaleLabel_ = new QLabel;

  normMode_ = new QComboBox;
  normMode_->addItem(tr("Batch statistics (as the official samples)"));
  normMode_->addItem(tr("Running statistics (eval)"));
  modeHelp_ = caption(QString());
  stats_ = new QLabel(tr("Not rendered yet"));

  auto* controls = new QVBoxLayout;
  controls->addWidget(positionLabel_);
  controls->addLayout(seedRow);
  auto* form = new QFormLayout;
  form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  form->addRow(tr("Blend"), blendSlider_);
  form->addRow(tr("Interpolation"), interpolation_);
  form->addRow(tr("Animate"), animateRow);
  controls->addLayout(form);
  controls->addWidget(caption(tr("Drag the image sideways to move smoothly between neighbouring seeds.")));
  controls->addSpacing(8);
  controls->addWidget(scaleLabel_);
  controls->addWidget(scaleSlider_);
  controls->addWidget(caption(tr("Latent scale: shrinks z toward 0. FastGAN has no mapping network, so this is "
                                 "not StyleGAN truncation; below 1 images get more typical and less varied.")));
  controls->addSpacing(8);
  controls->addWidget(new QLabel(tr("Batch norm")));
  controls->addWidget(normMode_);
  controls->addWidget(modeHelp_);
  controls->addSpacing(8);
  controls->addWidget(stats_);
  controls->addStretch(1);
  auto* side = new QWidget;
  side->setLayout(controls);
  side->setFixedWidth(330);

  auto* layout = new QHBoxLayout(this);
  layout->addWidget(view_, 1);
  layout->addWidget(side);

  connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
  connect(next, &QToolButton::clicked, this, [this] { step(1); });
  for (auto key : {Qt::Key_Left, Qt::Key_Right}) {
    auto* shortcut = new QShortcut(QKeySequence(key), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this, key] { step(key == Qt::Key_Left ? -1 : 1); });
  }
  connect(view_, &LatentImageView::stepRequested, this, &SeedExplorerPanel::step);
  connect(view_, &LatentImageView::dragged, this,
          [this](double dx) { setPosition(position_ + dx / kDragPixelsPerSeed); });
  connect(seedBox_, &QSpinBox::valueChanged, this, [this](int seed) { setPosition(seed); });
  connect(blendSlider_, &QSlider::valueChanged, this,
          [this](int v) { setPosition(std::floor(position_) + static_cast<double>(v) / kBlendSteps); });
  connect(interpolation_, &QComboBox::currentIndexChanged, this, &SeedExplorerPanel::requestChanged);
  connect(scaleSlider_, &QSlider::valueChanged, this, [this] {
    syncControls();
    Q_EMIT requestChanged();
  });
  connect(normMode_, &QComboBox::currentIndexChanged, this, [this] {
    updateModeHelp();
    Q_EMIT requestChanged();
  });
  connect(playButton_, &QToolButton::toggled, animator_, &SeedAnimator::setPlaying);
  connect(animator_, &SeedAnimator::playingChanged, this, [this](bool playing) {
    playButton_->setChecked(playing);
    playButton_->setText(playing ? tr("❚❚ Pause") : tr("▶ Animate"));
  });
  connect(speedBox_, &QDoubleSpinBox::valueChanged, animator_, &SeedAnimator::setSpeed);
  connect(animator_, &SeedAnimator::advanced, this, [this](double seeds) { setPosition(position_ + seeds); });
  syncControls();
  updateModeHelp();
}

bridge::SeedViewRequest SeedExplorerPanel::request() const {
  bridge::SeedViewRequest r;
  r.position = position_;
  r.spherical = interpolation_->currentIndex() == 1;
  r.latentScale = static_cast<double>(scaleSlider_->value()) / kScaleSteps;
  r.batchStatistics = normMode_->currentIndex() == 0;
  return r;
}

void SeedExplorerPanel::setPosition(double position) {
  position = std::min(std::max(position, 0.0), kMaxPosition);
  if (position == position_ && seedBox_->value() == static_cast<int>(std::floor(position))) return;
  position_ = position;
  syncControls();
  Q_EMIT requestChanged();
}

void SeedExplorerPanel::setSpherical(bool spherical) { interpolation_->setCurrentIndex(spherical ? 1 : 0); }
void SeedExplorerPanel::setLatentScale(double scale) {
  scaleSlider_->setValue(static_cast<int>(std::lround(scale * kScaleSteps)));
}
void SeedExplorerPanel::setBatchStatistics(bool batch) { normMode_->setCurrentIndex(batch ? 0 : 1); }
void SeedExplorerPanel::setAnimating(bool animating) { animator_->setPlaying(animating); }
bool SeedExplorerPanel::isAnimating() const { return animator_->isPlaying(); }
void SeedExplorerPanel::setAnimationSpeed(double seedsPerSecond) { speedBox_->setValue(seedsPerSecond); }

void SeedExplorerPanel::step(int direction) {
  const double base = direction > 0 ? std::floor(position_) : std::ceil(position_);
  setPosition(base + direction);
}

QString SeedExplorerPanel::positionText() const { return tr("seed %1").arg(position_, 0, 'f', 2); }

void SeedExplorerPanel::syncControls() {
  const QSignalBlocker blockSeed(seedBox_), blockBlend(blendSlider_);
  const double seed = std::floor(position_);
  seedBox_->setValue(static_cast<int>(seed));
  blendSlider_->setValue(std::min(kBlendSteps - 1, static_cast<int>(std::lround((position_ - seed) * kBlendSteps))));
  positionLabel_->setText(positionText());
  scaleLabel_->setText(tr("Latent scale: %1").arg(static_cast<double>(scaleSlider_->value()) / kScaleSteps, 0, 'f', 2));
}

void SeedExplorerPanel::updateModeHelp() {
  modeHelp_->setText(normMode_->currentIndex() == 0
                         ? tr("Batch norm uses the statistics of a batch of %1: this image and the next %2 "
                              "positions on the seed line, like the official samples (which always render "
                              "batches). The image depends on its batch; a batch of one would be degenerate.")
                               .arg(bridge::ExploreBridge::kBatchViewSize)
                               .arg(bridge::ExploreBridge::kBatchViewSize - 1)
                         : tr("Each image is rendered alone with the running statistics saved by training "
                              "(eval mode): a seed always gives the same image."));
}

void SeedExplorerPanel::showRendered(const QImage& image, double milliseconds, double position) {
  view_->setImage(image);
  const qint64 now = clock_.elapsed();
  frameTimes_.push_back(now);
  while (!frameTimes_.isEmpty() && now - frameTimes_.front() > 5000) frameTimes_.pop_front();
  const qint64 span = frameTimes_.back() - frameTimes_.front();
  const QString fps = frameTimes_.size() >= 2 && span > 0
                          ? tr("%1 FPS").arg((frameTimes_.size() - 1) * 1000.0 / span, 0, 'f', 1)
                          : tr("– FPS");
  stats_->setText(tr("Render %1 ms (%2 px) · %3\nshowing seed %4")
                      .arg(milliseconds, 0, 'f', 0)
                      .arg(image.width())
                      .arg(fps)
                      .arg(position, 0, 'f', 2));
}

void SeedExplorerPanel::showMessage(const QString& text) { view_->setPlaceholder(text); }
QImage SeedExplorerPanel::currentImage() const { return view_->image(); }
QString SeedExplorerPanel::statsText() const { return stats_->text(); }

void SeedExplorerPanel::hideEvent(QHideEvent* event) {
  animator_->setPlaying(false);  // nothing renders for a page nobody sees
  QWidget::hideEvent(event);
}

}  // namespace widgets
}  // namespace fewshot
