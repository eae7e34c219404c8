// DiffAugment (Zhao et al. 2020) as used by FastGAN's diffaug.py: differentiable colour,
// translation and cutout, parameters drawn independently per image.
#pragma once
#include <torch/torch.h>

#include <string>

#include "core/augment/diff_augment_policy.h"
#include "core/models/common/random_source.h"

namespace fewshot {

// Applies the policy in the official order: brightness, saturation, contrast, translation, cutout.
torch::Tensor diffAugment(const torch::Tensor& x, const DiffAugmentPolicy& policy, RandomSource& random);

torch::Tensor randBrightness(const torch::Tensor& x, RandomSource& random);
torch::Tensor randSaturation(const torch::Tensor& x, RandomSource& random);
torch::Tensor randContrast(const torch::Tensor& x, RandomSource& random);
torch::Tensor randTranslation(const torch::Tensor& x, double ratio, RandomSource& random);
torch::Tensor randCutout(const torch::Tensor& x, double ratio, RandomSource& random);
// Integer shift with zero fill: out(i, j) = in(i + ty, j + tx) inside the image, 0 outside.
torch::Tensor translateImages(const torch::Tensor& x, const torch::Tensor& shiftRows, const torch::Tensor& shiftCols);

}  // namespace fewshot
