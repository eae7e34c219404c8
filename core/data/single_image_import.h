// Import of ONE training image that keeps its aspect ratio (single-image models such as ConSinGAN):
// the image is scaled by s = min(maxSide / max(H, W), 1) (never enlarged), each side becoming
// ceil(side * s) as in the ConSinGAN code, with the MATLAB-style bicubic resampler.
#pragma once
#include <cstddef>
#include <array>
#include <cstdint>
#include <string>

#include "core/data/dataset_pack.h"
#include "core/data/image_u8.h"

namespace fewshot::data {

struct SingleImageSize {
  int height = 0;
  int width = 0;
  double scale = 1;  // applied to the original
};
SingleImageSize fitMaxSide(int height, int width, int maxSide);

// Scales an in-memory image as above.
ImageU8 scaleToMaxSide(const ImageU8& image, int maxSide);

// Decodes `path` (a single image file, not a folder) and returns a one-image pack at the scaled size.
// Throws DatasetError naming the file when it is missing, a folder or undecodable.
DatasetPack importSingleImage(const std::string& path, int maxSide, const std::array<uint8_t, 3>& background);

}  // namespace fewshot::data
