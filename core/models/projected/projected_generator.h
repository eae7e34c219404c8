// The FastGAN generator as Projected GAN builds it (networks_fastgan.py, spec §6): z normalised to unit
// second moment, one up-block type at every resolution (small for fastgan_lite, noise-injected big
// blocks otherwise), SLE 4->64, 8->128, 16->256, 32->512, a single to_big head with bias and no tanh.
// [EXT] 64 px: stops after feat_64 (the reference crashes there).
#pragma once
#include <torch/torch.h>

#include "core/models/fastgan/fastgan_blocks.h"
#include "core/models/projected/projected_config.h"

namespace fewshot::projected {

class ProjectedGeneratorImpl : public torch::nn::Module {
 public:
  ProjectedGeneratorImpl(const ProjectedConfig& config, int imageSize);
  // (B, nz) -> (B,3,R,R), unbounded (clamp when converting to pixels).
  torch::Tensor forward(const torch::Tensor& z);

  fastgan::InitLayer init{nullptr};
  fastgan::Block feat_8{nullptr}, feat_16{nullptr}, feat_32{nullptr}, feat_64{nullptr}, feat_128{nullptr},
      feat_256{nullptr}, feat_512{nullptr}, feat_1024{nullptr};
  fastgan::SEBlock se_64{nullptr}, se_128{nullptr}, se_256{nullptr}, se_512{nullptr};
  SNConv2d to_big{nullptr};

 private:
  int imageSize_;
};
TORCH_MODULE(ProjectedGenerator);

}  // namespace fewshot::projected
