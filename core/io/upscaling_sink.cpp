#include "core/io/upscaling_sink.h"

#include <algorithm>
#include <stdexcept>

namespace fewshot::io {

data::ImageU8 upscaleNearest(const data::ImageU8& image, int factor) {
  if (factor < 1) throw std::invalid_argument("upscaling factor " + std::to_string(factor) + " is below 1");
  if (factor == 1) return image;
  data::ImageU8 out;
  out.width = image.width * factor;
  out.height = image.height * factor;
  out.channels = image.channels;
  const size_t c = static_cast<size_t>(image.channels);
  out.pixels.resize(static_cast<size_t>(out.width) * out.height * c);
  for (int y = 0; y < image.height; ++y) {
    const uint8_t* src = image.pixels.data() + static_cast<size_t>(y) * image.width * c;
    uint8_t* row = out.pixels.data() + static_cast<size_t>(y) * factor * out.width * c;
    for (int x = 0; x < image.width; ++x)
      for (int k = 0; k < factor; ++k) std::copy(src + x * c, src + x * c + c, row + (x * factor + k) * c);
    const size_t rowBytes = static_cast<size_t>(out.width) * c;
    for (int k = 1; k < factor; ++k) std::copy(row, row + rowBytes, row + k * rowBytes);
  }
  return out;
}

namespace {

class UpscalingSink : public FrameSink {
 public:
  UpscalingSink(std::unique_ptr<FrameSink> inner, int factor) : inner_(std::move(inner)), factor_(factor) {}
  void addFrame(const data::ImageU8& frame) override { inner_->addFrame(upscaleNearest(frame, factor_)); }
  void finish() override { inner_->finish(); }
  std::string encoding() const override { return inner_->encoding(); }
  int outputWidth() const override { return inner_->outputWidth(); }
  int outputHeight() const override { return inner_->outputHeight(); }

 private:
  std::unique_ptr<FrameSink> inner_;
  int factor_;
};

}  // namespace

std::unique_ptr<FrameSink> upscalingSink(std::unique_ptr<FrameSink> inner, int factor) {
  if (factor == 1) return inner;
  return std::make_unique<UpscalingSink>(std::move(inner), factor);
}

}  // namespace fewshot::io
