// Walks along the seed line at a steady speed (seeds per second) in real time, whatever the render
// speed: each tick reports how far to move, and the coalescing renderer shows what it can keep up with.
#pragma once
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace fewshot {
namespace widgets {

class SeedAnimator : public QObject {
  Q_OBJECT
 public:
  explicit SeedAnimator(QObject* parent = nullptr);

  void setSpeed(double seedsPerSecond) { speed_ = seedsPerSecond; }
  double speed() const { return speed_; }
  void setPlaying(bool playing);
  bool isPlaying() const { return timer_.isActive(); }

 Q_SIGNALS:
  void advanced(double seeds);
  void playingChanged(bool playing);

 private:
  QTimer timer_;
  QElapsedTimer clock_;
  double speed_ = 1.0;
};

}  // namespace widgets
}  // namespace fewshot
