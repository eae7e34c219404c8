// Animated GIF writer with no image library: per-frame median-cut palette (256 colours, local
// colour table), nearest-colour mapping and GIF's variable-width LZW.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/data/image_u8.h"
#include "core/io/frame_sink.h"

namespace fewshot::io {

// Up to 256 colours chosen by median cut over the frame's pixels (RGB triples).
std::vector<std::array<uint8_t, 3>> medianCutPalette(const data::ImageU8& frame, int colours = 256);
// GIF LZW of `indices` (colour indices < 2^minCodeSize) as sub-blocks, without the leading code size byte.
std::string gifLzwEncode(const std::vector<uint8_t>& indices, int minCodeSize);

class GifWriter : public FrameSink {
 public:
  GifWriter(std::string path, const AnimationOptions& options);
  void addFrame(const data::ImageU8& frame) override;
  void finish() override;
  int frameCount() const { return frames_; }
  std::string encoding() const override { return "GIF"; }
  int outputWidth() const override { return options_.width; }
  int outputHeight() const override { return options_.height; }

 private:
  std::string path_;
  AnimationOptions options_;
  std::string bytes_;
  int frames_ = 0;
  int delayCentiseconds_ = 4;
  int delayErrorAccumulator_ = 0;  // keeps the average frame rate exact despite 1/100 s units
};

}  // namespace fewshot::io
