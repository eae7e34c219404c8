// PGGAN's RunSampler: the EMA generator of a checkpoint at the growth phase the checkpoint reached
// (resolution and fade-in alpha from the images shown), upscaled with nearest to the final size while
// it is still growing, as the training sample grids show it.
#pragma once
#include <memory>

#include "core/explore/run_sampler.h"

namespace fewshot::pggan {

std::unique_ptr<explore::RunSampler> openSampler(const explore::SamplerCheckpoint& checkpoint,
                                                 const torch::Device& device);

}  // namespace fewshot::pggan
