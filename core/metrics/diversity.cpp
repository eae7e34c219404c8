#include "core/metrics/diversity.h"

#include <cstdio>
#include <stdexcept>

namespace fewshot::metrics {

double meanPairwiseDistance(const torch::Tensor& features) {
  if (features.dim() != 2 || features.size(0) < 2) throw std::invalid_argument("diversity needs at least 2 samples");
  torch::Tensor f = features.to(torch::kCPU, torch::kFloat64);
  const int64_t n = f.size(0);
  torch::Tensor distances = torch::cdist(f, f);
  return distances.sum().item<double>() / static_cast<double>(n * (n - 1));  // the diagonal is 0
}

std::optional<std::string> CollapseAlarm::update(double diversity, int64_t iteration) {
  if (diversity > runningMax_) runningMax_ = diversity;
  const double threshold = dropRatio_ * runningMax_;
  if (diversity >= threshold) {
    firing_ = false;
    return std::nullopt;
  }
  if (firing_) return std::nullopt;
  firing_ = true;
  char text[256];
  std::snprintf(text, sizeof text,
                "possible mode collapse at iteration %lld: sample diversity %.4g fell below %.0f%% of its best (%.4g)",
                static_cast<long long>(iteration), diversity, dropRatio_ * 100.0, runningMax_);
  return std::string(text);
}

}  // namespace fewshot::metrics
