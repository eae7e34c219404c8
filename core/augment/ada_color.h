// Colour and corruption stages of the ADA pipeline (spec §5-§7).
#pragma once
#include <torch/torch.h>

#include "core/augment/ada_options.h"
#include "core/models/common/random_source.h"

namespace fewshot::ada {

// Per-image homogeneous colour matrices (N,4,4) on the CPU: brightness, contrast, luma flip, hue,
// saturation, left-multiplied in that order. `channels` 1 skips hue and saturation.
torch::Tensor sampleColor(const AdaAugmentOptions& o, double p, int64_t n, int64_t channels, RandomSource& random);
torch::Tensor applyColor(const torch::Tensor& images, const torch::Tensor& colorMatrix);

// The 4-band filter bank (4, 43) whose bands sum to a unit impulse.
torch::Tensor imageFilterBank();
torch::Tensor applyImageFilter(const torch::Tensor& images, const AdaAugmentOptions& o, double p, RandomSource& random);
torch::Tensor applyNoise(const torch::Tensor& images, const AdaAugmentOptions& o, double p, RandomSource& random);
torch::Tensor applyCutout(const torch::Tensor& images, const AdaAugmentOptions& o, double p, RandomSource& random);

}  // namespace fewshot::ada
