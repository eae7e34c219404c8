// Rendered images against the core's tensors, for the explorer tests.
#pragma once
#include <QImage>

#include <torch/torch.h>

#include <algorithm>
#include <cstdlib>

#include "core/io/image_grid.h"

namespace fewshot::testing {

// A CHW tensor in [-1, 1] as the RGB image the studio would show.
inline QImage toImage(const torch::Tensor& chw) {
  const auto u8 = fewshot::io::tensorToImage(chw);
  return QImage(u8.pixels.data(), u8.width, u8.height, u8.width * 3, QImage::Format_RGB888).copy();
}

// Largest per-channel difference between two images of the same size (-1 when sizes differ).
inline int maxDiff(const QImage& a, const QImage& b) {
  if (a.size() != b.size()) return -1;
  const QImage x = a.convertToFormat(QImage::Format_RGB888), y = b.convertToFormat(QImage::Format_RGB888);
  int worst = 0;
  for (int r = 0; r < x.height(); ++r)
    for (int i = 0; i < x.width() * 3; ++i)
      worst = std::max(worst, std::abs(x.constScanLine(r)[i] - y.constScanLine(r)[i]));
  return worst;
}

}  // namespace fewshot::testing
