// The seed view of the latent explorer: a large image, the seed box with ◀ ▶ (and Left/Right keys),
// horizontal drags and Animate moving continuously between neighbouring seeds, the blend slider,
// lerp/slerp, the latent scale and the BN mode, with the render time and the achieved frame rate.
#pragma once
#include <QElapsedTimer>
#include <QImage>
#include <QVector>
#include <QWidget>

#include "bridge/explore_bridge.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QToolButton;

namespace fewshot {
namespace widgets {

class LatentImageView;
class SeedAnimator;

class SeedExplorerPanel : public QWidget {
  Q_OBJECT
 public:
  static constexpr double kMaxPosition = 2147483647.0;
  static constexpr double kDragPixelsPerSeed = 200.0;

  explicit SeedExplorerPanel(QWidget* parent = nullptr);

  bridge::SeedViewRequest request() const;
  double position() const { return position_; }
  void setPosition(double position);  // clamped to [0, kMaxPosition]; emits requestChanged
  void setSpherical(bool spherical);
  void setLatentScale(double scale);
  void setBatchStatistics(bool batch);
  void setAnimating(bool animating);
  bool isAnimating() const;
  void setAnimationSpeed(double seedsPerSecond);

  // A rendered frame for `position` (from the bridge) and its render time.
  void showRendered(const QImage& image, double milliseconds, double position);
  void showMessage(const QString& text);  // instead of the image (loading, errors)
  QImage currentImage() const;
  LatentImageView* view() const { return view_; }
  QString positionText() const;  // "seed 12.35"
  QString statsText() const;

 Q_SIGNALS:
  void requestChanged();

 protected:
  void hideEvent(QHideEvent* event) override;

 private:
  void step(int direction);
  void syncControls();
  void updateModeHelp();

  double position_ = 0;
  LatentImageView* view_ = nullptr;
  SeedAnimator* animator_ = nullptr;
  QLabel* positionLabel_ = nullptr;
  QSpinBox* seedBox_ = nullptr;
  QSlider* blendSlider_ = nullptr;
  QComboBox* interpolation_ = nullptr;
  QToolButton* playButton_ = nullptr;
  QDoubleSpinBox* speedBox_ = nullptr;
  QSlider* scaleSlider_ = nullptr;
  QLabel* scaleLabel_ = nullptr;
  QComboBox* normMode_ = nullptr;
  QLabel* modeHelp_ = nullptr;
  QLabel* stats_ = nullptr;
  QVector<qint64> frameTimes_;  // arrival times (ms) of recent frames, for the achieved FPS
  QElapsedTimer clock_;
};

}  // namespace widgets
}  // namespace fewshot
