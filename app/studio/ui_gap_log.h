// The long gaps of the UI event loop, each with what the UI thread did meanwhile: its own CPU time (work
// on the UI thread), its context switches (involuntary: another thread had the core; voluntary: it waited,
// on the X server or a lock), and the training event that came last before the gap. It tells a stall the
// UI causes from one the scheduler causes.
#pragma once
#include <vector>

namespace fewshot {

class UiGapLog {
 public:
  // A gap is logged from this length on (ms).
  explicit UiGapLog(double longerThanMs) : longerThanMs_(longerThanMs) {}

  // A training event ("iteration", "samples", "metrics", "checkpoint") handled at `atMs`.
  void noteEvent(const char* name, double atMs);
  // One tick of the UI timer at wall time `atMs` (ms on the benchmark's clock); the gap it ends is
  // logged when `record`.
  void tick(double atMs, bool record);
  // The `count` longest gaps, longest first, on standard output, headed by `what`.
  void print(const char* what, int count) const;

 private:
  struct Gap {
    double endMs, lengthMs, uiCpuMs;
    long involuntarySwitches, voluntarySwitches;
    const char* lastEvent;
    double sinceEventMs;
  };
  struct ThreadSample {
    double cpuMs = 0;
    long involuntary = 0, voluntary = 0;
  };
  static ThreadSample sampleThread();

  double longerThanMs_;
  double lastTickMs_ = -1;
  ThreadSample lastSample_;
  const char* lastEvent_ = "none";
  double lastEventMs_ = 0;
  std::vector<Gap> gaps_;
};

}  // namespace fewshot
