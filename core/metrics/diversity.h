// Diversity of generated samples: the mean pairwise Euclidean distance between their features
// (fixed-seed samples, so the value is comparable across iterations), and an alarm that fires when it
// drops sharply below its running maximum, the signature of mode collapse.
#pragma once
#include <torch/torch.h>

#include <optional>
#include <string>

namespace fewshot::metrics {

// features: (N,d), N >= 2. Mean over the N(N-1)/2 distinct pairs.
double meanPairwiseDistance(const torch::Tensor& features);

class CollapseAlarm {
 public:
  // Fires when diversity < dropRatio * running max, once per episode (re-arms above the threshold).
  explicit CollapseAlarm(double dropRatio = 0.5) : dropRatio_(dropRatio) {}
  // Feeds one measurement; returns the warning text when the alarm fires.
  std::optional<std::string> update(double diversity, int64_t iteration);
  double runningMax() const { return runningMax_; }

 private:
  double dropRatio_;
  double runningMax_ = 0;
  bool firing_ = false;
};

}  // namespace fewshot::metrics
