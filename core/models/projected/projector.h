// The frozen part of Projected GAN's discriminator (spec §1-§3): EfficientNet-Lite0's four taps, then
// fixed random cross-channel (CCM, 1x1) and cross-scale (CSM: add, x2 bilinear upsample, 1x1) mixing.
// Nothing here is ever trained; gradients pass through to the images (and so to G).
#pragma once
#include <torch/torch.h>

#include <vector>

#include "core/features/efficientnet_lite0.h"

namespace fewshot::projected {

class ProjectorImpl : public torch::nn::Module {
 public:
  // `datasetSize` < 224 makes every input bilinearly resized to 224 first (official behaviour).
  ProjectorImpl(features::EfficientNetLite0 backbone, int cout, int datasetSize);

  // (B,3,H,W) in [-1, 1] (fed directly, no ImageNet normalisation: spec §2) -> projected features
  // '0'..'3': cout@2H/4, cout@2H/8, 2cout@2H/16, 4cout@2H/32 (H = 224 when resized).
  std::vector<torch::Tensor> forward(const torch::Tensor& x);
  // The backbone's raw taps for the same input handling (tests, inspection).
  std::vector<torch::Tensor> taps(const torch::Tensor& x);
  // Channels of projected feature i.
  int featureChannels(int i) const;
  int inputSize() const { return datasetSize_ < 224 ? 224 : datasetSize_; }

  features::EfficientNetLite0 backbone{nullptr};
  torch::nn::Conv2d layer0_ccm{nullptr}, layer1_ccm{nullptr}, layer2_ccm{nullptr}, layer3_ccm{nullptr};
  torch::nn::Conv2d layer0_csm{nullptr}, layer1_csm{nullptr}, layer2_csm{nullptr}, layer3_csm{nullptr};

 private:
  torch::Tensor prepare(const torch::Tensor& x) const;
  int cout_, datasetSize_;
};
TORCH_MODULE(Projector);

}  // namespace fewshot::projected
