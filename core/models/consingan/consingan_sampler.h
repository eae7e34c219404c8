// ConSinGAN's RunSampler: seeds and generation at any size through explore::ConSinGanModel (which also
// does harmonization and editing). Sample i of seed s is the same whatever the count; there is no
// latent vector, so latents, interpolation and style mixing are refused with the family's reason.
#pragma once
#include <memory>

#include "core/explore/run_sampler.h"

namespace fewshot::consingan {

std::unique_ptr<explore::RunSampler> openSampler(const explore::SamplerCheckpoint& checkpoint,
                                                 const torch::Device& device);

}  // namespace fewshot::consingan
