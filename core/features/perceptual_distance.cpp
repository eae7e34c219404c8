#include "core/features/perceptual_distance.h"

namespace fewshot::features {

namespace {
torch::Tensor unitNormalize(const torch::Tensor& f) { return f / (f.pow(2).sum(1, true).sqrt() + 1e-10); }
}  // namespace

std::vector<torch::Tensor> PerceptualDistance::normalizedTaps(const torch::Tensor& x) {
  std::vector<torch::Tensor> taps = net_->forwardTaps(x);
  // In fp32 also under mixed precision: the distance is a loss (the features may be bf16/fp16).
  for (torch::Tensor& tap : taps)
    tap = unitNormalize(tap.scalar_type() == torch::kFloat32 ? tap : tap.to(torch::kFloat32));
  return taps;
}

std::vector<torch::Tensor> PerceptualDistance::targetTaps(const torch::Tensor& b) {
  // Outside the graph: a target's activations would otherwise be kept for a backward pass that never
  // reaches it (the frozen network has no trainable parameters and the target is detached).
  torch::NoGradGuard noGrad;
  return normalizedTaps(b.detach());
}

std::vector<torch::Tensor> PerceptualDistance::tapDistances(const torch::Tensor& a,
                                                            const std::vector<torch::Tensor>& target) {
  return distancesBetweenTaps(normalizedTaps(a), target);
}

torch::Tensor PerceptualDistance::operator()(const torch::Tensor& a, const torch::Tensor& b) {
  std::vector<torch::Tensor> perTap = tapDistances(a, targetTaps(b));
  torch::Tensor total = torch::zeros({a.size(0)}, perTap.front().options());
  for (const torch::Tensor& d : perTap) total = total + d;
  return total;
}

std::vector<torch::Tensor> distancesBetweenTaps(const std::vector<torch::Tensor>& a,
                                                const std::vector<torch::Tensor>& b) {
  std::vector<torch::Tensor> out;
  out.reserve(a.size());
  for (size_t k = 0; k < a.size(); ++k) out.push_back((a[k] - b[k]).pow(2).sum(1).mean({1, 2}));
  return out;
}

}  // namespace fewshot::features
