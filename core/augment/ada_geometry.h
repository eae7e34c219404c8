// Geometric stage of the ADA pipeline (spec §4): per-image 3x3 inverse transforms composed from the
// enabled augmentations, then one resampling with reflect padding (single grid_sample), or the
// official 2x supersampled resampling with the sym6 wavelet.
#pragma once
#include <torch/torch.h>

#include "core/augment/ada_options.h"
#include "core/models/common/random_source.h"

namespace fewshot::ada {

// Batched homogeneous 2-D matrices, (N,3,3) float32, from per-image parameters of shape (N).
torch::Tensor translate2d(const torch::Tensor& tx, const torch::Tensor& ty);
torch::Tensor scale2d(const torch::Tensor& sx, const torch::Tensor& sy);
torch::Tensor rotate2d(const torch::Tensor& theta);

// Draws the per-image inverse transform (output pixel -> input pixel, centred pixel coordinates).
// Identity for images whose gates stayed closed. Returned on the CPU.
torch::Tensor sampleGeometry(const AdaAugmentOptions& o, double p, int64_t n, int64_t width, int64_t height,
                             RandomSource& random);

// Warps `images` with per-image inverse transforms.
torch::Tensor applyGeometry(const torch::Tensor& images, const torch::Tensor& gInv, bool supersampled);

// The sym6 filter, normalised to sum 1 (12 taps).
torch::Tensor sym6Filter();
// upfirdn helpers on (N,C,H,W) with a separable 1-D filter.
torch::Tensor upsample2x(const torch::Tensor& x, const torch::Tensor& filter, int64_t pad0, int64_t pad1);
torch::Tensor downsample2x(const torch::Tensor& x, const torch::Tensor& filter, int64_t pad0, int64_t pad1);

}  // namespace fewshot::ada
