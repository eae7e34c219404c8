#include "core/features/perceptual_distance.h"

namespace fewshot::features {

namespace {
torch::Tensor unitNormalize(const torch::Tensor& f) { return f / (f.pow(2).sum(1, true).sqrt() + 1e-10); }
}  // namespace

torch::Tensor PerceptualDistance::operator()(const torch::Tensor& a, const torch::Tensor& b) {
  const int64_t n = a.size(0);
  // One pass over both inputs: half the kernel launches, identical numerics.
  std::vector<torch::Tensor> taps = net_->forwardTaps(torch::cat({a, b}));
  torch::Tensor total = torch::zeros({n}, a.options());
  for (const torch::Tensor& tap : taps) {
    // In fp32 also under mixed precision: the distance is a loss (the features may be bf16/fp16).
    const torch::Tensor f = tap.scalar_type() == torch::kFloat32 ? tap : tap.to(torch::kFloat32);
    torch::Tensor fa = unitNormalize(f.slice(0, 0, n)), fb = unitNormalize(f.slice(0, n, 2 * n));
    total = total + (fa - fb).pow(2).sum(1).mean({1, 2});
  }
  return total;
}

}  // namespace fewshot::features
