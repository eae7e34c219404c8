// Small structured datasets generated in memory: coloured discs on gradient backgrounds.
#pragma once
#include <cmath>
#include <random>
#include <string>

#include "core/data/dataset_pack.h"

namespace fewshot::testing {

inline data::DatasetPack discDataset(int size, int count, uint32_t seed = 1) {
  data::DatasetPack pack;
  pack.width = pack.height = size;
  pack.pixels.resize(pack.imageBytes() * count);
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> u(0.f, 1.f);
  for (int i = 0; i < count; ++i) {
    const float cx = size * (0.3f + 0.4f * u(rng)), cy = size * (0.3f + 0.4f * u(rng)),
                r = size * (0.15f + 0.1f * u(rng));
    const float color[3] = {u(rng), u(rng), u(rng)};
    uint8_t* img = pack.pixels.data() + pack.imageBytes() * i;
    for (int y = 0; y < size; ++y)
      for (int x = 0; x < size; ++x) {
        const bool inside = std::hypot(x - cx, y - cy) < r;
        for (int c = 0; c < 3; ++c) {
          const float background = 0.2f + 0.6f * static_cast<float>(y) / size;
          img[(y * size + x) * 3 + c] = static_cast<uint8_t>(255.f * (inside ? color[c] : background));
        }
      }
    pack.sources.push_back("disc_" + std::to_string(i) + ".png");
  }
  pack.contentHash = "discs-" + std::to_string(size) + "-" + std::to_string(count) + "-" + std::to_string(seed);
  return pack;
}

}  // namespace fewshot::testing
