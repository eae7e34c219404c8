#include "core/metrics/feature_statistics.h"

#include <stdexcept>

namespace fewshot::metrics {

FeatureStatistics computeStatistics(const torch::Tensor& features) {
  if (features.dim() != 2 || features.size(0) < 1)
    throw std::invalid_argument("feature statistics need an (N,d) matrix with N >= 1");
  torch::Tensor f = features.to(torch::kCPU, torch::kFloat64);
  FeatureStatistics s;
  s.count = f.size(0);
  s.mean = f.mean(0);
  // Centered before the product: S2/N - mu mu^T cancels badly even in float64 for large means.
  torch::Tensor centered = f - s.mean;
  s.covariance = centered.t().matmul(centered) / static_cast<double>(s.count);
  return s;
}

}  // namespace fewshot::metrics
