// Projected GAN's trainable part of D (spec §4): one mini-discriminator per projected feature scale,
// DownBlocks (SN conv 4x4 s2 with bias, BN, LeakyReLU 0.2) down to nominal 8x8, then an SN 4x4 valid
// conv to one logit map. Depth follows the nominal 256 px layout whatever the real input size.
#pragma once
#include <torch/torch.h>

#include <vector>

#include "core/models/common/spectral_norm.h"
#include "core/models/projected/projected_config.h"

namespace fewshot::projected {

class MiniDiscriminatorImpl : public torch::nn::Module {
 public:
  // `startSize`: nominal resolution of the input features (128, 64, 32 or 16).
  MiniDiscriminatorImpl(int64_t inChannels, int startSize, const ProjectedConfig& config);
  torch::Tensor forward(const torch::Tensor& x) { return main->forward(x); }
  torch::nn::Sequential main;
};
TORCH_MODULE(MiniDiscriminator);

class ProjectedDiscriminatorImpl : public torch::nn::Module {
 public:
  // `channels`: the projector's four feature widths.
  ProjectedDiscriminatorImpl(const std::vector<int>& channels, const ProjectedConfig& config);
  // Four feature maps -> (B, N) logits, each disc's map flattened per sample and concatenated.
  torch::Tensor forward(const std::vector<torch::Tensor>& features);
  torch::nn::ModuleList mini_discs;
};
TORCH_MODULE(ProjectedDiscriminator);

}  // namespace fewshot::projected
