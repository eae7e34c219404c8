#include "core/data/single_image_import.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "core/data/bicubic_resize.h"
#include "core/data/dataset_import.h"
#include "core/util/atomic_file.h"
#include "core/util/sha256.h"

namespace fewshot::data {

SingleImageSize fitMaxSide(int height, int width, int maxSide) {
  SingleImageSize s;
  s.scale = std::min(static_cast<double>(maxSide) / std::max(height, width), 1.0);
  s.height = static_cast<int>(std::ceil(height * s.scale));
  s.width = static_cast<int>(std::ceil(width * s.scale));
  return s;
}

ImageU8 scaleToMaxSide(const ImageU8& image, int maxSide) {
  const SingleImageSize s = fitMaxSide(image.height, image.width, maxSide);
  if (s.scale >= 1) return image;
  return resizeBicubic(ImageF64::fromU8(image), s.height, s.width, s.scale, s.scale).toU8();
}

DatasetPack importSingleImage(const std::string& path, int maxSide, const std::array<uint8_t, 3>& background) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(path, ec)) throw DatasetError(path + ": no such file (ConSinGAN trains on one image file)");
  if (fs::is_directory(path, ec))
    throw DatasetError(path + " is a folder; ConSinGAN trains on a single image: pass the image file itself");
  if (maxSide < 16)
    throw DatasetError("the maximum image side must be at least 16 pixels, got " + std::to_string(maxSide));
  const ImageU8 decoded = decodeImageFile(path, background);
  const ImageU8 scaled = scaleToMaxSide(decoded, maxSide);

  DatasetPack pack;
  pack.width = scaled.width;
  pack.height = scaled.height;
  pack.pixels = scaled.pixels;
  pack.sources = {fs::path(path).filename().string()};
  util::Sha256 hash;
  hash.update(util::readFileBytes(path));
  hash.update("single-image max-side " + std::to_string(maxSide) + " bg " + std::to_string(background[0]) + "," +
              std::to_string(background[1]) + "," + std::to_string(background[2]));
  pack.contentHash = hash.hexDigest();
  return pack;
}

}  // namespace fewshot::data
