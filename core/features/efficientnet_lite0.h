// EfficientNet-Lite0 (the TF-ported ImageNet network; spec projected-gan.md §2 and its appendix):
// ReLU6, no squeeze-excitation, BatchNorm eps 1e-3, bias-free convs, TensorFlow "SAME" padding.
// Module names follow the checkpoint's (lukemelas) layout so weights load by name.
//
// Input: RGB (B,3,H,W) in about [-1, 1]. The checkpoint was trained on (x·255 − 127)/128 of [0,1]
// images; feeding [-1, 1] directly is within 0.4 % of that (what Projected GAN does).
// The network is frozen and always in eval mode; gradients still flow to the input.
#pragma once
#include <torch/torch.h>

#include <string>
#include <vector>

namespace fewshot::features {

// One MBConv block: [1x1 expand -> BN -> ReLU6] -> depthwise kxk (SAME) -> BN -> ReLU6 -> 1x1 project -> BN,
// plus the input when stride is 1 and the widths match.
class MbConvBlockImpl : public torch::nn::Module {
 public:
  MbConvBlockImpl(int64_t in, int64_t out, int64_t kernel, int64_t stride, int64_t expandRatio);
  torch::Tensor forward(torch::Tensor x);

 private:
  int64_t kernel_, stride_;
  bool residual_;
  torch::nn::Conv2d expandConv_{nullptr}, depthwiseConv_{nullptr}, projectConv_{nullptr};
  torch::nn::BatchNorm2d bn0_{nullptr}, bn1_{nullptr}, bn2_{nullptr};
};
TORCH_MODULE(MbConvBlock);

class EfficientNetLite0Impl : public torch::nn::Module {
 public:
  EfficientNetLite0Impl();

  // Projected GAN's four taps (outputs of blocks 2, 4, 10, 15): 24@H/4, 40@H/8, 112@H/16, 320@H/32.
  std::vector<torch::Tensor> forwardTaps(const torch::Tensor& x);
  // Global-average-pooled head features (B,1280): conv_head -> BN -> ReLU6 -> mean over H,W.
  torch::Tensor forwardPooled(const torch::Tensor& x);
  // ImageNet logits (B,1000).
  torch::Tensor forwardLogits(const torch::Tensor& x);

  // Loads a converted archive (packaging/fetch-weights.sh); every parameter and BN statistic must be
  // present with its shape, and nothing extra. Throws naming the file and the first mismatch.
  void loadWeights(const std::string& path);
  bool pretrained() const { return pretrained_; }

  // (B,3,H,W) RGB in [0,1] -> the checkpoint's own input normalisation (x·255 − 127)/128.
  static torch::Tensor normalizeUnitRange(const torch::Tensor& x01);

 private:
  torch::Tensor stem(const torch::Tensor& x);
  torch::Tensor head(const torch::Tensor& blocksOut);

  torch::nn::Conv2d convStem_{nullptr}, convHead_{nullptr};
  torch::nn::BatchNorm2d bn0_{nullptr}, bn1_{nullptr};
  torch::nn::ModuleList blocks_;
  torch::nn::Linear fc_{nullptr};
  bool pretrained_ = false;
};
TORCH_MODULE(EfficientNetLite0);

// Loads the pretrained network from the per-user weights folder (see weights_location.h); throws
// std::runtime_error "weights missing: ... run packaging/fetch-weights.sh" when absent.
EfficientNetLite0 loadPretrainedEfficientNetLite0(const std::string& weightsDirOverride = {},
                                                  const torch::Device& device = torch::kCPU);

// TensorFlow "SAME" zero padding for a kxk convolution with this stride (asymmetric for stride 2).
torch::Tensor padSame(const torch::Tensor& x, int64_t kernel, int64_t stride);

}  // namespace fewshot::features
