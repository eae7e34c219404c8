// Mean and covariance of a feature set, in float64 (metrics spec §3). We use the biased 1/N
// covariance of StyleGAN2-ADA; pytorch-fid's 1/(N-1) differs by N/(N-1).
#pragma once
#include <torch/torch.h>

namespace fewshot::metrics {

struct FeatureStatistics {
  torch::Tensor mean;        // (d) float64
  torch::Tensor covariance;  // (d,d) float64
  int64_t count = 0;
};

// features: (N,d), any floating type; N >= 1.
FeatureStatistics computeStatistics(const torch::Tensor& features);

}  // namespace fewshot::metrics
