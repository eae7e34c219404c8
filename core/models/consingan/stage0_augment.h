// Corruptions of the coarsest real image that harmonization and editing training feed to stage 0
// (spec §8.2), so G learns "corrupted coarse image + feature noise -> real image". All draws come
// from the run's RandomSource, so checkpoints resume them exactly.
#pragma once
#include <torch/torch.h>

#include "core/models/common/random_source.h"

namespace fewshot::consingan {

// Harmonization: with p = 0.25 one photometric corruption (noise / invert-sepia / channel / HSV), then
// with p = 0.9 one or two cutout holes of one random colour. (1,3,H,W) in [-1,1] -> same.
torch::Tensor harmonizationAugment(const torch::Tensor& coarsest, RandomSource& random);
// Editing: 1-5 tiles copied from the original to shifted positions, then + 0.1·N(0,1).
torch::Tensor editingAugment(const torch::Tensor& coarsest, RandomSource& random);

}  // namespace fewshot::consingan
