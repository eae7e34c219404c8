// A decoded 8-bit image in memory: row-major, interleaved channels (RGB or RGBA).
#pragma once
#include <cstdint>
#include <vector>

namespace fewshot::data {

struct ImageU8 {
  int width = 0;
  int height = 0;
  int channels = 3;
  std::vector<uint8_t> pixels;  // height * width * channels

  bool empty() const { return pixels.empty(); }
  uint8_t* row(int y) { return pixels.data() + static_cast<size_t>(y) * width * channels; }
  const uint8_t* row(int y) const { return pixels.data() + static_cast<size_t>(y) * width * channels; }
};

}  // namespace fewshot::data
