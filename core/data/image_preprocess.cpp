// Bringing decoded images to the training resolution: the resize policies and their option strings.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>

#include "core/data/dataset_import.h"
#include "core/data/image_decoder.h"

namespace fewshot::data {
namespace {

ImageU8 cropImage(const ImageU8& image, int x0, int y0, int width, int height) {
  ImageU8 out;
  out.width = width;
  out.height = height;
  out.channels = image.channels;
  out.pixels.resize(static_cast<size_t>(width) * height * image.channels);
  for (int y = 0; y < height; ++y)
    std::memcpy(out.row(y), image.row(y0 + y) + static_cast<size_t>(x0) * image.channels,
                static_cast<size_t>(width) * image.channels);
  return out;
}

// The largest centred region with the target's aspect ratio, resampled to the target.
ImageU8 centerCrop(const ImageU8& image, int W, int H, Resampling resampling) {
  int w = image.width, h = image.height;
  if (static_cast<int64_t>(w) * H > static_cast<int64_t>(h) * W)
    w = std::clamp(static_cast<int>(std::lround(static_cast<double>(h) * W / H)), 1, image.width);
  else
    h = std::clamp(static_cast<int>(std::lround(static_cast<double>(w) * H / W)), 1, image.height);
  return resizeImage(cropImage(image, (image.width - w) / 2, (image.height - h) / 2, w, h), W, H, resampling);
}

// The whole image scaled to fit, centred on a canvas of the background colour.
ImageU8 pad(const ImageU8& image, int W, int H, Resampling resampling, const std::array<uint8_t, 3>& background) {
  const double scale = std::min(static_cast<double>(W) / image.width, static_cast<double>(H) / image.height);
  const int w = std::clamp(static_cast<int>(std::lround(image.width * scale)), 1, W);
  const int h = std::clamp(static_cast<int>(std::lround(image.height * scale)), 1, H);
  const ImageU8 fitted = resizeImage(image, w, h, resampling);
  ImageU8 out;
  out.width = W;
  out.height = H;
  out.channels = image.channels;
  out.pixels.resize(static_cast<size_t>(W) * H * image.channels);
  for (size_t i = 0; i < out.pixels.size(); ++i) {
    const size_t k = i % image.channels;
    out.pixels[i] = k < 3 ? background[k] : 255;
  }
  const int x0 = (W - w) / 2, y0 = (H - h) / 2;
  for (int y = 0; y < h; ++y)
    std::memcpy(out.row(y0 + y) + static_cast<size_t>(x0) * image.channels, fitted.row(y),
                static_cast<size_t>(w) * image.channels);
  return out;
}

}  // namespace

ResizePolicy resizePolicyFromString(const std::string& s) {
  if (s == "crop") return ResizePolicy::CenterCrop;
  if (s == "pad") return ResizePolicy::Pad;
  if (s == "stretch") return ResizePolicy::Stretch;
  throw std::invalid_argument("resize policy must be crop, pad or stretch, not '" + s + "'");
}

Resampling resamplingFromString(const std::string& s) {
  if (s == "area") return Resampling::Area;
  if (s == "bilinear") return Resampling::Bilinear;
  throw std::invalid_argument("resampling must be area or bilinear, not '" + s + "'");
}

std::string toString(ResizePolicy p) {
  switch (p) {
    case ResizePolicy::CenterCrop: return "crop";
    case ResizePolicy::Pad: return "pad";
    case ResizePolicy::Stretch: return "stretch";
  }
  return "crop";
}

std::string toString(Resampling r) { return r == Resampling::Area ? "area" : "bilinear"; }

std::array<uint8_t, 3> parseBackgroundColour(const std::string& text) {
  const std::string hex = !text.empty() && text[0] == '#' ? text.substr(1) : text;
  if (hex.size() != 6 || hex.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos)
    throw std::invalid_argument("background colour must be RRGGBB (hex), not '" + text + "'");
  std::array<uint8_t, 3> rgb{};
  for (int i = 0; i < 3; ++i) rgb[i] = static_cast<uint8_t>(std::stoi(hex.substr(2 * i, 2), nullptr, 16));
  return rgb;
}

ImageU8 preprocessImage(const ImageU8& image, const ImportOptions& options) {
  const int W = options.width, H = options.height;
  if (W <= 0 || H <= 0) throw std::invalid_argument("preprocessImage: the target size must be positive");
  if (image.empty() || image.width <= 0 || image.height <= 0)
    throw std::invalid_argument("preprocessImage: empty image");
  switch (options.resize) {
    case ResizePolicy::Stretch: return resizeImage(image, W, H, options.resampling);
    case ResizePolicy::Pad: return pad(image, W, H, options.resampling, options.background);
    case ResizePolicy::CenterCrop: break;
  }
  return centerCrop(image, W, H, options.resampling);
}

}  // namespace fewshot::data
