// PNG encoding with no image library: the CLI must write sample grids on machines whose build has
// no OpenCV. Uses zlib when the build found it, stored (uncompressed) deflate blocks otherwise.
#pragma once
#include <string>

#include "core/data/image_u8.h"

namespace fewshot::io {

std::string encodePng(const data::ImageU8& image);  // 3 (RGB) or 4 (RGBA) channels
// Atomic write; throws std::runtime_error naming the path.
void writePng(const data::ImageU8& image, const std::string& path);

}  // namespace fewshot::io
