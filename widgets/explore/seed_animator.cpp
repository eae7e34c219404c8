#include "widgets/explore/seed_animator.h"

namespace fewshot {
namespace widgets {

SeedAnimator::SeedAnimator(QObject* parent) : QObject(parent) {
  timer_.setInterval(33);  // ~30 requests per second; the renderer drops what it cannot keep up with
  connect(&timer_, &QTimer::timeout, this, [this] {
    const double seconds = clock_.restart() / 1000.0;
    Q_EMIT advanced(speed_ * seconds);
  });
}

void SeedAnimator::setPlaying(bool playing) {
  if (playing == isPlaying()) return;
  if (playing) {
    clock_.start();
    timer_.start();
  } else {
    timer_.stop();
  }
  Q_EMIT playingChanged(playing);
}

}  // namespace widgets
}  // namespace fewshot
