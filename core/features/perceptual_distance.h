// LPIPS-style perceptual distance on EfficientNet-Lite0 features: for each of the four taps, unit-normalise
// along channels (f / (||f||_2 + 1e-10)), squared difference, sum over channels, spatial mean; layers summed
// with uniform weights (LPIPS' learned "lin" weights exist only for VGG/AlexNet/Squeeze, so the
// uncalibrated LPIPS variant's uniform weights are the honest choice here). One value per sample.
#pragma once
#include <torch/torch.h>

#include "core/features/efficientnet_lite0.h"

namespace fewshot::features {

class PerceptualDistance {
 public:
  explicit PerceptualDistance(EfficientNetLite0 net) : net_(std::move(net)) {}
  // a, b: (B,3,H,W) in [-1,1]; gradients flow into both (the trainer detaches its target). Returns (B).
  torch::Tensor operator()(const torch::Tensor& a, const torch::Tensor& b);
  EfficientNetLite0& network() { return net_; }

 private:
  EfficientNetLite0 net_;
};

}  // namespace fewshot::features
