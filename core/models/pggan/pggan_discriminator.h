// PGGAN discriminator (spec §5): fromRGB (1x1 conv + LReLU) at the current resolution, one block per
// halving (3x3 conv + LReLU, then 3x3 conv, 2x2 average pool, bias, LReLU as the official fused_scale
// default; PgganConfig::fusedScale false pools after the LReLU, as older runs did), and the 4x4 block:
// minibatch stddev, 3x3 conv, dense, dense to a linear score. Equalized LR everywhere, no normalisation.
#pragma once
#include <torch/torch.h>

#include "core/models/common/equalized_conv2d.h"
#include "core/models/common/equalized_linear.h"
#include "core/models/pggan/pggan_config.h"

namespace fewshot::pggan {

class DiscriminatorBlockImpl : public torch::nn::Module {
 public:
  // level >= 3: 2^level px in, 2^(level-1) px out; level 2: the final 4x4 block, scores out.
  DiscriminatorBlockImpl(const PgganConfig& config, int level);
  torch::Tensor forward(const torch::Tensor& x);

  EqualizedConv2d conv0{nullptr}, conv1{nullptr};
  EqualizedLinear dense0{nullptr}, dense1{nullptr};

 private:
  int level_;
  int mbstdGroupSize_;
  bool fusedScale_;
};
TORCH_MODULE(DiscriminatorBlock);

class DiscriminatorImpl : public torch::nn::Module {
 public:
  explicit DiscriminatorImpl(const PgganConfig& config);

  // Scores (N) of images at 2^level px; alpha < 1 fades the newest block in over fromRGB of the
  // box-downsampled images.
  torch::Tensor forward(const torch::Tensor& images, int level, double alpha = 1.0);

  torch::nn::ModuleList blocks{nullptr}, from_rgb{nullptr};  // index level - 2

 private:
  torch::Tensor fromRgb(const torch::Tensor& images, int level);
  torch::Tensor block(const torch::Tensor& x, int level);
};
TORCH_MODULE(Discriminator);

}  // namespace fewshot::pggan
