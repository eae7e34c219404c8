// Where a training step's time goes besides the networks' compute, for `fewshot bench train` (issue 14):
// loading the batch (gather, flip, normalise; on a GPU from the pack kept there) and host synchronisation
// (reading the losses and ADA's sign sum back, which waits for the device). Profiling is off unless the
// bench turns it on, and then costs only the clock readings; a data phase also waits for the device
// before and after it, so that its time is its own and not that of work queued before it.
#pragma once
#include <torch/torch.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace fewshot::train {

enum class StepPhase { DataLoading, Synchronisation };

struct StepPhaseTimes {
  double dataLoadingSeconds = 0;
  double synchronisationSeconds = 0;
  int synchronisations = 0;  // host reads of device values
};

// The bench's switch (on the thread that steps the trainer); taking the times resets them.
void setStepProfiling(bool on);
StepPhaseTimes takeStepPhaseTimes();

// Adds the time of its scope to `phase` while profiling is on.
class StepPhaseTimer {
 public:
  StepPhaseTimer(StepPhase phase, const torch::Device& device);
  ~StepPhaseTimer();
  StepPhaseTimer(const StepPhaseTimer&) = delete;
  StepPhaseTimer& operator=(const StepPhaseTimer&) = delete;

 private:
  StepPhase phase_;
  torch::Device device_;
  bool active_;
  double begin_ = 0;
};

// The step's scalars read back in one host synchronisation (one copy of all of them instead of one read
// each), as doubles: the same values as item<double>() of each.
std::map<std::string, double> readScalars(const std::vector<std::pair<std::string, torch::Tensor>>& scalars);

}  // namespace fewshot::train
