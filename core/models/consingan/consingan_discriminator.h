// ConSinGAN's patch discriminator (spec §4): head 3->nfc, numLayer blocks nfc->nfc, tail conv nfc->1,
// all valid 3x3 convs, no normalisation; the score map is (H-10)x(W-10) for numLayer = 3.
#pragma once
#include <torch/torch.h>

#include "core/models/consingan/consingan_blocks.h"
#include "core/models/consingan/consingan_config.h"

namespace fewshot::consingan {

struct DiscriminatorImpl : torch::nn::Module {
  explicit DiscriminatorImpl(const ConSinGanConfig& config);
  torch::Tensor forward(const torch::Tensor& x);

  ConvBlock head{nullptr};
  torch::nn::Sequential body{nullptr};
  torch::nn::Conv2d tail{nullptr};
};
TORCH_MODULE(Discriminator);

}  // namespace fewshot::consingan
