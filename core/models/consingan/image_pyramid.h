// ConSinGAN's image pyramid (spec §2): per-stage scales computed in double precision with the code's
// formula order (float arithmetic makes ceil jump), each level resized directly from the finest image
// with the MATLAB-style bicubic resampler.
#pragma once
#include <torch/torch.h>

#include <vector>

#include "core/data/image_u8.h"

namespace fewshot::consingan {

struct StageShape {
  int64_t height = 0;
  int64_t width = 0;
  bool operator==(const StageShape& o) const { return height == o.height && width == o.width; }
};

// r = (minSize / min(h, w))^(1/N), N = trainStages - 1.
double pyramidScaleFactor(int finestHeight, int finestWidth, int trainStages, int minSize);
// Scales of stages 0..N (the last is 1). Old (SinGAN) rescaling: r^(N-i); new: r^(((N-1)/ln N)·ln(N-i)+1).
std::vector<double> pyramidScales(int finestHeight, int finestWidth, int trainStages, int minSize, bool oldRescaling);
// ceil(size · s_i) per axis, coarse to fine.
std::vector<StageShape> pyramidShapes(int finestHeight, int finestWidth, int trainStages, int minSize,
                                      bool oldRescaling);

// (1,3,H,W) float tensors in [-1, 1], coarse to fine; the finest is `finest` itself.
std::vector<torch::Tensor> buildPyramid(const data::ImageU8& finest, int trainStages, int minSize, bool oldRescaling);

// uint8 RGB image -> (1,3,H,W) float in [-1, 1].
torch::Tensor imageToBatch(const data::ImageU8& image);
// (1,3,H,W) in [-1,1] -> uint8 (truncating, as the reference's conversion before imresize).
data::ImageU8 batchToImageTruncated(const torch::Tensor& batch);
// MATLAB-style bicubic resize of an image to a shape, returned as (1,3,H,W) in [-1, 1].
torch::Tensor resizeToShape(const data::ImageU8& image, StageShape shape);

}  // namespace fewshot::consingan
