// LPIPS-style perceptual distance on EfficientNet-Lite0 features: for each of the four taps, unit-normalise
// along channels (f / (||f||_2 + 1e-10)), squared difference, sum over channels, spatial mean; layers summed
// with uniform weights (LPIPS' learned "lin" weights exist only for VGG/AlexNet/Squeeze, so the
// uncalibrated LPIPS variant's uniform weights are the honest choice here). One value per sample.
#pragma once
#include <torch/torch.h>

#include <vector>

#include "core/features/efficientnet_lite0.h"

namespace fewshot::features {

class PerceptualDistance {
 public:
  explicit PerceptualDistance(EfficientNetLite0 net) : net_(std::move(net)) {}
  // (B,3,H,W) in [-1,1] -> the four unit-normalised taps in fp32, computed without autograd: the side of a
  // distance that is a fixed target.
  std::vector<torch::Tensor> targetTaps(const torch::Tensor& b);
  // One (B) distance per tap between `a` (gradients flow into it) and taps from targetTaps().
  std::vector<torch::Tensor> tapDistances(const torch::Tensor& a, const std::vector<torch::Tensor>& target);
  // a, b: (B,3,H,W) in [-1,1]; gradients flow into `a` only, b is a target. Returns (B): the sum over taps.
  torch::Tensor operator()(const torch::Tensor& a, const torch::Tensor& b);
  EfficientNetLite0& network() { return net_; }

 private:
  std::vector<torch::Tensor> normalizedTaps(const torch::Tensor& x);

  EfficientNetLite0 net_;
};

// The per-tap distances of b's taps against a's, both already normalised (targetTaps). (B) per tap.
std::vector<torch::Tensor> distancesBetweenTaps(const std::vector<torch::Tensor>& a,
                                                const std::vector<torch::Tensor>& b);

}  // namespace fewshot::features
