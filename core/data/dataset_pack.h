// The preprocessed training set: every image decoded once, at the training resolution, as uint8 RGB.
// Packs are cached on disk so a restart does not decode again, and they are the way to carry a dataset
// to a machine whose build has no image decoder (FEWSHOT_WITH_OPENCV off).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace fewshot::data {

struct DatasetPack {
  int width = 0;
  int height = 0;
  std::vector<uint8_t> pixels;       // count * height * width * 3, RGB, row-major
  std::vector<std::string> sources;  // one entry per image: path relative to the imported root
  std::string contentHash;           // hex digest of the files' bytes and the preprocessing options

  int count() const { return static_cast<int>(sources.size()); }
  size_t imageBytes() const { return static_cast<size_t>(width) * height * 3; }
  const uint8_t* image(int i) const { return pixels.data() + imageBytes() * i; }
};

// Writes atomically (temporary file, fsync, rename). Throws std::runtime_error naming the path.
void saveDatasetPack(const DatasetPack& pack, const std::string& path);
// Throws std::runtime_error naming the path and the problem (missing, truncated, wrong magic/version).
DatasetPack loadDatasetPack(const std::string& path);

}  // namespace fewshot::data
