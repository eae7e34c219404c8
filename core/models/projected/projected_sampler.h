// Projected GAN's RunSampler: the EMA generator of a checkpoint (FastGAN-lite or the full FastGAN
// generator), with either BN mode and a fixed noise stream; outputs clamped to [-1, 1] as in training.
// The frozen feature network and the discriminators are not loaded.
#pragma once
#include <memory>

#include "core/explore/run_sampler.h"

namespace fewshot::projected {

std::unique_ptr<explore::RunSampler> openSampler(const explore::SamplerCheckpoint& checkpoint,
                                                 const torch::Device& device);

}  // namespace fewshot::projected
