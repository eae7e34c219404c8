// Corruptions of the coarsest real image that harmonization and editing training feed to stage 0
// (spec §8.2), so G learns "corrupted coarse image + feature noise -> real image". All draws come
// from the run's RandomSource, so checkpoints resume them exactly.
#pragma once
#include <torch/torch.h>

#include "core/models/common/random_source.h"

namespace fewshot::consingan {

// Harmonization: with p = 0.25 one photometric corruption (noise / invert-sepia / channel / HSV), then
// with p = 0.9 one or two cutout holes of one size and one random colour (official sizes, see cutout()).
// (1,3,H,W) in [-1,1] -> same.
// `albumentationsCutout` false: the centred holes of runs written before the official cutout.
torch::Tensor harmonizationAugment(const torch::Tensor& coarsest, RandomSource& random, bool albumentationsCutout);
// One cutout hole as albumentations' Cutout places it (the official harmonization augmentation): centre
// (cy, cx) drawn in 0..height / 0..width inclusive, top-left corner at centre - size / 2 clipped to the
// image, then the full size from that corner, clipped again. Rows y0..y1-1, columns x0..x1-1.
struct CutoutBox {
  int64_t y0 = 0, y1 = 0, x0 = 0, x1 = 0;
};
CutoutBox cutoutBox(int64_t height, int64_t width, int64_t cy, int64_t cx, int64_t sizeH, int64_t sizeW);
// Editing: 1-5 tiles copied from the original to shifted positions, then + 0.1·N(0,1).
torch::Tensor editingAugment(const torch::Tensor& coarsest, RandomSource& random);

}  // namespace fewshot::consingan
