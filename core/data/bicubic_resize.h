// MATLAB-imresize-compatible bicubic resampling in double precision (cubic kernel a = -0.5, width 4,
// antialiased when shrinking, mirrored borders, separable). ConSinGAN builds its image pyramid and
// resizes naive images and masks with it (spec §2.5); LibTorch's bicubic is a different kernel.
#pragma once
#include <cstddef>
#include <vector>

#include "core/data/image_u8.h"

namespace fewshot::data {

struct ImageF64 {
  int width = 0;
  int height = 0;
  int channels = 3;
  std::vector<double> pixels;  // height * width * channels, interleaved

  static ImageF64 fromU8(const ImageU8& image);
  // Rounds to the nearest integer and clamps to 0..255.
  ImageU8 toU8() const;
};

// Resizes to outHeight x outWidth with the given per-axis scale factors, as MATLAB/SinGAN do when a
// scale factor is given: the kernel follows `scale`, the output size is the caller's (ceil(in*scale)).
ImageF64 resizeBicubic(const ImageF64& image, int outHeight, int outWidth, double scaleH, double scaleW);
// Resizes to a target shape; the per-axis scale is out/in.
ImageF64 resizeBicubicTo(const ImageF64& image, int outHeight, int outWidth);

}  // namespace fewshot::data
