#include "core/data/bicubic_resize.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace fewshot::data {
namespace {

double cubic(double x) {  // Keys kernel with a = -0.5, as MATLAB
  const double ax = std::abs(x), ax2 = ax * ax, ax3 = ax2 * ax;
  if (ax <= 1) return 1.5 * ax3 - 2.5 * ax2 + 1;
  if (ax <= 2) return -0.5 * ax3 + 2.5 * ax2 - 4 * ax + 2;
  return 0;
}

// Dense (out x in) weight matrix of one axis; rows sum to 1.
std::vector<double> axisWeights(int in, int out, double scale) {
  const bool antialias = scale < 1;
  const double kernelWidth = antialias ? 4.0 / scale : 4.0;
  const int taps = static_cast<int>(std::ceil(kernelWidth)) + 2;
  std::vector<double> w(static_cast<size_t>(out) * in, 0.0);
  std::vector<double> tap(taps);
  for (int i = 0; i < out; ++i) {
    const double u = (i + 1) / scale + 0.5 * (1 - 1 / scale);  // 1-based input coordinate
    const double left = std::floor(u - kernelWidth / 2);
    double sum = 0;
    for (int p = 0; p < taps; ++p) {
      const double d = u - (left + p);
      tap[p] = antialias ? scale * cubic(scale * d) : cubic(d);
      sum += tap[p];
    }
    for (int p = 0; p < taps; ++p) {
      if (tap[p] == 0) continue;
      // Mirror the 0-based index into [0, in): ... 1 0 | 0 1 ... in-1 | in-1 in-2 ...
      const long period = 2L * in;
      long idx = static_cast<long>(left) + p - 1;
      idx = ((idx % period) + period) % period;
      if (idx >= in) idx = period - 1 - idx;
      w[static_cast<size_t>(i) * in + idx] += tap[p] / sum;
    }
  }
  return w;
}

}  // namespace

ImageF64 ImageF64::fromU8(const ImageU8& image) {
  ImageF64 f;
  f.width = image.width;
  f.height = image.height;
  f.channels = image.channels;
  f.pixels.assign(image.pixels.begin(), image.pixels.end());
  return f;
}

ImageU8 ImageF64::toU8() const {
  ImageU8 u;
  u.width = width;
  u.height = height;
  u.channels = channels;
  u.pixels.resize(pixels.size());
  for (size_t i = 0; i < pixels.size(); ++i)
    u.pixels[i] = static_cast<uint8_t>(std::clamp(std::round(pixels[i]), 0.0, 255.0));
  return u;
}

ImageF64 resizeBicubic(const ImageF64& image, int outHeight, int outWidth, double scaleH, double scaleW) {
  if (image.width < 1 || image.height < 1 || outHeight < 1 || outWidth < 1 || scaleH <= 0 || scaleW <= 0)
    throw std::invalid_argument("resizeBicubic: cannot resize " + std::to_string(image.width) + "x" +
                                std::to_string(image.height) + " to " + std::to_string(outWidth) + "x" +
                                std::to_string(outHeight));
  const int C = image.channels, H = image.height, W = image.width;
  const std::vector<double> wh = axisWeights(H, outHeight, scaleH);
  const std::vector<double> ww = axisWeights(W, outWidth, scaleW);
  // Without intermediate rounding the two passes commute; width first, then height.
  std::vector<double> tmp(static_cast<size_t>(H) * outWidth * C, 0.0);
  for (int y = 0; y < H; ++y)
    for (int x = 0; x < outWidth; ++x)
      for (int sx = 0; sx < W; ++sx) {
        const double k = ww[static_cast<size_t>(x) * W + sx];
        if (k == 0) continue;
        const double* src = &image.pixels[(static_cast<size_t>(y) * W + sx) * C];
        double* dst = &tmp[(static_cast<size_t>(y) * outWidth + x) * C];
        for (int c = 0; c < C; ++c) dst[c] += k * src[c];
      }
  ImageF64 out;
  out.width = outWidth;
  out.height = outHeight;
  out.channels = C;
  out.pixels.assign(static_cast<size_t>(outHeight) * outWidth * C, 0.0);
  for (int y = 0; y < outHeight; ++y)
    for (int sy = 0; sy < H; ++sy) {
      const double k = wh[static_cast<size_t>(y) * H + sy];
      if (k == 0) continue;
      const double* src = &tmp[static_cast<size_t>(sy) * outWidth * C];
      double* dst = &out.pixels[static_cast<size_t>(y) * outWidth * C];
      for (int i = 0; i < outWidth * C; ++i) dst[i] += k * src[i];
    }
  return out;
}

ImageF64 resizeBicubicTo(const ImageF64& image, int outHeight, int outWidth) {
  return resizeBicubic(image, outHeight, outWidth, static_cast<double>(outHeight) / image.height,
                       static_cast<double>(outWidth) / image.width);
}

}  // namespace fewshot::data
