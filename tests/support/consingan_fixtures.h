// A small structured photo stand-in and tiny ConSinGAN configurations for the ConSinGAN tests.
#pragma once
#include <cmath>
#include <string>

#include "core/data/dataset_pack.h"
#include "core/data/image_u8.h"
#include "core/config/training_config.h"

namespace fewshot::testing {

// Sky gradient, a dark "hill" and a red disc: enough structure for reconstruction to learn.
inline data::ImageU8 landscapeImage(int width, int height) {
  data::ImageU8 img;
  img.width = width;
  img.height = height;
  img.pixels.resize(static_cast<size_t>(width) * height * 3);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      const double fy = static_cast<double>(y) / height, fx = static_cast<double>(x) / width;
      double r = 90 + 120 * fy, g = 140 + 80 * fy, b = 230 - 60 * fy;
      if (fy > 0.6 + 0.15 * std::sin(fx * 6.28)) r = 40 + 30 * fx, g = 110 + 40 * fy, b = 50;
      if (std::hypot(fx - 0.7, fy - 0.3) < 0.12) r = 220, g = 60, b = 40;
      uint8_t* p = &img.pixels[(static_cast<size_t>(y) * width + x) * 3];
      p[0] = static_cast<uint8_t>(r), p[1] = static_cast<uint8_t>(g), p[2] = static_cast<uint8_t>(b);
    }
  return img;
}

inline data::DatasetPack singleImagePack(const data::ImageU8& image) {
  data::DatasetPack pack;
  pack.width = image.width;
  pack.height = image.height;
  pack.pixels = image.pixels;
  pack.sources = {"landscape.png"};
  pack.contentHash = "landscape-" + std::to_string(image.width) + "x" + std::to_string(image.height);
  return pack;
}

inline train::TrainingConfig tinyConSinGanConfig(int stages, int itersPerStage,
                                                 const std::string& mode = "generation") {
  train::TrainingConfig c;
  c.model = "consingan";
  c.consingan.mode = mode;
  c.consingan.nfc = 8;
  c.consingan.trainStages = stages;
  c.consingan.minSize = 14;
  c.consingan.maxSize = 250;
  c.consingan.itersPerStage = itersPerStage;
  c.lrG = c.lrD = 5e-4;
  c.iterations = c.consingan.totalIterations();
  c.sampleCount = 3;
  c.threads = 1;  // OpenMP spin-waits badly on a shared, busy 2-core machine
  c.seed = 7;
  return c;
}

}  // namespace fewshot::testing
