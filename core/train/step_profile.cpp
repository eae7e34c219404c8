#include "core/train/step_profile.h"

#include <chrono>

#include "core/train/step_values.h"

namespace fewshot::train {

namespace {

thread_local bool profiling = false;
thread_local StepPhaseTimes times;

double now() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

void waitForDevice(const torch::Device& device) {
  if (device.is_cuda()) torch::cuda::synchronize(device.index() < 0 ? -1 : device.index());
}

}  // namespace

void setStepProfiling(bool on) {
  profiling = on;
  times = {};
}

StepPhaseTimes takeStepPhaseTimes() { return std::exchange(times, {}); }

StepPhaseTimer::StepPhaseTimer(StepPhase phase, const torch::Device& device)
    : phase_(phase), device_(device), active_(profiling) {
  if (!active_) return;
  if (phase_ == StepPhase::DataLoading) waitForDevice(device_);
  begin_ = now();
}

StepPhaseTimer::~StepPhaseTimer() {
  if (!active_) return;
  if (phase_ == StepPhase::DataLoading) {
    waitForDevice(device_);
    times.dataLoadingSeconds += now() - begin_;
  } else {
    times.synchronisationSeconds += now() - begin_;
    ++times.synchronisations;
  }
}

std::map<std::string, double> readScalars(const std::vector<std::pair<std::string, torch::Tensor>>& scalars) {
  return StepValues(scalars).read();
}

}  // namespace fewshot::train
