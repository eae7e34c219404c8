// Kernel Inception Distance (metrics spec §6): unbiased MMD^2 with the cubic polynomial kernel
// k(x,y) = (x.y/d + 1)^3, averaged over random subsets of m = min(Nr, Ng, maxSubsetSize) drawn without
// replacement. Mean and standard deviation across subsets. Called "KID" only with Inception features.
#pragma once
#include <torch/torch.h>

#include <cstdint>

namespace fewshot::metrics {

struct KernelDistance {
  double mean = 0;
  double std = 0;  // across subsets (0 for a single subset)
  int64_t subsets = 0;
  int64_t subsetSize = 0;
};

// real, generated: (N,d). Needs at least 2 samples in each. Deterministic for a given seed.
KernelDistance kernelDistance(const torch::Tensor& real, const torch::Tensor& generated, int64_t subsets = 100,
                              int64_t maxSubsetSize = 1000, uint64_t seed = 0);

}  // namespace fewshot::metrics
