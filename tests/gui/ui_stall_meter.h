// Measuring UI responsiveness in GUI tests: run the real event loop, and a 1 ms ticker whose gaps are the
// UI thread's stalls.
#pragma once
#include <QElapsedTimer>
#include <QEventLoop>
#include <QString>
#include <QTimer>
#include <QVector>

#include <algorithm>
#include <ctime>
#include <sys/resource.h>
#include <functional>

namespace fewshot {
namespace testing {

// Runs the event loop (QTest::qWait would sleep 10 ms between event batches, hiding 1 ms ticks) until
// `done` or the timeout.
inline bool spinUntil(const std::function<bool()>& done, int timeoutMs) {
  QEventLoop loop;
  QTimer poll;
  poll.setInterval(5);
  QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
    if (done()) loop.quit();
  });
  QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
  poll.start();
  loop.exec();
  return done();
}

// Involuntary context switches of the calling thread: the OS preempted it for another runnable thread.
inline long threadPreemptions() {
  rusage usage{};
  getrusage(RUSAGE_THREAD, &usage);
  return usage.ru_nivcsw;
}

inline qint64 threadCpuNs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<qint64>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// A 1 ms timer on the UI thread: the longest gap between its ticks is the longest UI stall. On a shared,
// overloaded machine a gap also includes time the OS gave other processes, so the UI thread's own CPU
// time between ticks is recorded too: that part is the studio's doing.
class StallMeter {
 public:
  StallMeter() {
    timer_.setInterval(1);
    timer_.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer_, &QTimer::timeout, [this] {
      const qint64 now = clock_.nsecsElapsed(), cpu = threadCpuNs();
      const long preemptions = threadPreemptions();
      if (gaps_.isEmpty() || now - last_ > worstGap_) {
        worstGap_ = now - last_;
        worstGapCpu_ = cpu - lastCpu_;
        worstGapPreemptions_ = preemptions - lastPreemptions_;
      }
      lastPreemptions_ = preemptions;
      gaps_.push_back(now - last_);
      cpuWorst_ = std::max(cpuWorst_, cpu - lastCpu_);
      last_ = now;
      lastCpu_ = cpu;
    });
    clock_.start();
    lastCpu_ = threadCpuNs();
    lastPreemptions_ = threadPreemptions();
    timer_.start();
  }
  void stop() { timer_.stop(); }
  QString summary() {
    std::sort(gaps_.begin(), gaps_.end());
    auto at = [&](double q) {
      return gaps_.isEmpty() ? 0.0 : gaps_[std::min<qsizetype>(gaps_.size() - 1, gaps_.size() * q)] / 1e6;
    };
    return QString("ticks=%1 longest_stall_ms=%2 (ui_cpu_ms=%3, preempted %4 times) p99_gap_ms=%5 median_gap_ms=%6 "
                   "longest_ui_cpu_between_ticks_ms=%7")
        .arg(gaps_.size())
        .arg(at(1.0), 0, 'f', 2)
        .arg(worstGapCpu_ / 1e6, 0, 'f', 2)
        .arg(worstGapPreemptions_)
        .arg(at(0.99), 0, 'f', 2)
        .arg(at(0.5), 0, 'f', 2)
        .arg(cpuWorst_ / 1e6, 0, 'f', 2);
  }

 private:
  QTimer timer_;
  QElapsedTimer clock_;
  qint64 last_ = 0, lastCpu_ = 0, cpuWorst_ = 0, worstGap_ = 0, worstGapCpu_ = 0;
  long lastPreemptions_ = 0, worstGapPreemptions_ = 0;
  QVector<qint64> gaps_;
};

}  // namespace testing
}  // namespace fewshot
