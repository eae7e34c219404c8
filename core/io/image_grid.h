// Conversions between image tensors in [-1, 1] and 8-bit images, and grid tiling.
#pragma once
#include <torch/torch.h>

#include "core/data/image_u8.h"

namespace fewshot::io {

// (3,H,W) float in [-1,1] -> RGB image; values are clamped (FastGAN outputs may exceed +-1).
data::ImageU8 tensorToImage(const torch::Tensor& chw);
// (B,3,H,W) -> one image with `columns` per row and `padding` black pixels between tiles.
data::ImageU8 makeImageGrid(const torch::Tensor& batch, int columns, int padding = 2);
// RGB image -> (3,H,W) float in [-1, 1].
torch::Tensor imageToTensor(const data::ImageU8& image);

}  // namespace fewshot::io
