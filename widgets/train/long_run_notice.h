// A notice in the Train tab when a run that just started will take very long: after a measured warm-up
// (the session's smoothed seconds per iteration over its first iterations), not from a preset's promise.
// It says how long the rest takes at that speed and offers to stop (the run stays resumable) or go on.
// Shown at most once per start; the limit is the setting "train/longRunHours" (default 12, 0 = never).
#pragma once
#include <QFrame>

class QLabel;

namespace fewshot {
namespace widgets {

class LongRunNotice : public QFrame {
  Q_OBJECT
 public:
  // Iterations of this start that are measured before the remaining time is judged.
  static constexpr int kWarmupIterations = 20;

  explicit LongRunNotice(QWidget* parent = nullptr);

  static double limitHours();
  QLabel* text() const { return text_; }

  void reset();  // a new start or resume: measure again
  // One iteration of the running session, with the session's own speed and remaining-time estimate.
  void observe(qint64 iteration, qint64 total, double secondsPerIteration, double etaSeconds);

 Q_SIGNALS:
  void stopRequested();

 private:
  QLabel* text_ = nullptr;
  int measured_ = 0;
  bool judged_ = false;
};

}  // namespace widgets
}  // namespace fewshot
