#include "ui_gap_log.h"

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>

namespace fewshot {

UiGapLog::ThreadSample UiGapLog::sampleThread() {
  ThreadSample sample;
  timespec cpu{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
  sample.cpuMs = cpu.tv_sec * 1e3 + cpu.tv_nsec / 1e6;
#ifdef RUSAGE_THREAD
  rusage usage{};
  if (getrusage(RUSAGE_THREAD, &usage) == 0) {
    sample.involuntary = usage.ru_nivcsw;
    sample.voluntary = usage.ru_nvcsw;
  }
#endif
  return sample;
}

void UiGapLog::noteEvent(const char* name, double atMs) {
  lastEvent_ = name;
  lastEventMs_ = atMs;
}

void UiGapLog::tick(double atMs, bool record) {
  const ThreadSample now = sampleThread();
  if (record && lastTickMs_ >= 0 && atMs - lastTickMs_ > longerThanMs_)
    gaps_.push_back({atMs, atMs - lastTickMs_, now.cpuMs - lastSample_.cpuMs, now.involuntary - lastSample_.involuntary,
                     now.voluntary - lastSample_.voluntary, lastEvent_, atMs - lastEventMs_});
  lastTickMs_ = atMs;
  lastSample_ = now;
}

void UiGapLog::print(const char* what, int count) const {
  std::vector<Gap> longest = gaps_;
  std::sort(longest.begin(), longest.end(), [](const Gap& a, const Gap& b) { return a.lengthMs > b.lengthMs; });
  if (longest.size() > static_cast<size_t>(count)) longest.resize(count);
  std::printf("%s: %zu gaps over %.0f ms; the longest, with the UI thread's CPU time and context switches:\n", what,
              gaps_.size(), longerThanMs_);
  for (const Gap& gap : longest)
    std::printf(
        "  at %8.3f s: %6.1f ms gap, UI CPU %5.1f ms, switches %ld involuntary / %ld voluntary, "
        "last event %s %.1f ms before its end\n",
        gap.endMs / 1e3, gap.lengthMs, gap.uiCpuMs, gap.involuntarySwitches, gap.voluntarySwitches, gap.lastEvent,
        gap.sinceEventMs);
}

}  // namespace fewshot
