// PGGAN generator (spec §4): a 4x4 block from the pixel-normalised latent, then one block per
// doubling (nearest up, two 3x3 convs), each conv followed by LReLU(0.2) and pixel norm; a linear
// 1x1 toRGB per resolution. All blocks up to the final resolution exist from the start; forward runs
// only those up to the current one.
#pragma once
#include <torch/torch.h>

#include "core/models/common/equalized_conv2d.h"
#include "core/models/common/equalized_linear.h"
#include "core/models/pggan/pggan_config.h"

namespace fewshot::pggan {

class GeneratorBlockImpl : public torch::nn::Module {
 public:
  // level 2: the 4x4 block from the latent; level >= 3: the block producing 2^level px.
  GeneratorBlockImpl(const PgganConfig& config, int level);
  torch::Tensor forward(const torch::Tensor& x);

  EqualizedLinear dense{nullptr};
  torch::Tensor dense_bias;
  EqualizedConv2d conv0{nullptr}, conv1{nullptr};

 private:
  int level_;
};
TORCH_MODULE(GeneratorBlock);

class GeneratorImpl : public torch::nn::Module {
 public:
  explicit GeneratorImpl(const PgganConfig& config);

  // Image at 2^level px; alpha < 1 fades the newest block in over the upsampled previous output.
  torch::Tensor forward(const torch::Tensor& z, int level, double alpha = 1.0);
  // Features after the block of `level` (no toRGB).
  torch::Tensor features(const torch::Tensor& z, int level);
  torch::Tensor toRgb(const torch::Tensor& features, int level);

  const PgganConfig& config() const { return config_; }
  torch::nn::ModuleList blocks{nullptr}, to_rgb{nullptr};  // index level - 2

 private:
  PgganConfig config_;
};
TORCH_MODULE(Generator);

}  // namespace fewshot::pggan
