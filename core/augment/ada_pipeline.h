// Adaptive discriminator augmentation (Karras et al. 2020): geometry -> colour -> filter -> noise
// -> cutout, every augmentation gated per image with probability (multiplier * p), parameters drawn
// per image. Differentiable with respect to the images, so G learns through augmented fakes.
#pragma once
#include <torch/torch.h>

#include "core/augment/ada_options.h"
#include "core/models/common/random_source.h"

namespace fewshot {

class AdaPipeline {
 public:
  explicit AdaPipeline(AdaAugmentOptions options) : options_(options) {}

  struct Draws {
    torch::Tensor geometry;  // (N,3,3) inverse transforms, or undefined when no geometry ran
    torch::Tensor color;     // (N,4,4), or undefined
  };
  // Exactly the input when p <= 0 (the official code would still resample; we skip the no-op).
  torch::Tensor apply(const torch::Tensor& images, double p, RandomSource& random, Draws* draws = nullptr) const;
  const AdaAugmentOptions& options() const { return options_; }

 private:
  AdaAugmentOptions options_;
};

}  // namespace fewshot
