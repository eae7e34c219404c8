#include "core/io/image_grid.h"

#include <stdexcept>

namespace fewshot::io {

data::ImageU8 tensorToImage(const torch::Tensor& chw) {
  torch::Tensor hwc = ((chw.detach().to(torch::kCPU, torch::kFloat32).clamp(-1, 1) + 1) * 127.5)
                          .round()
                          .to(torch::kUInt8)
                          .permute({1, 2, 0})
                          .contiguous();
  data::ImageU8 image;
  image.height = static_cast<int>(hwc.size(0));
  image.width = static_cast<int>(hwc.size(1));
  image.channels = static_cast<int>(hwc.size(2));
  image.pixels.assign(hwc.data_ptr<uint8_t>(), hwc.data_ptr<uint8_t>() + hwc.numel());
  return image;
}

data::ImageU8 makeImageGrid(const torch::Tensor& batch, int columns, int padding) {
  if (batch.dim() != 4 || batch.size(1) != 3) throw std::invalid_argument("makeImageGrid expects (B,3,H,W)");
  const int count = static_cast<int>(batch.size(0));
  const int cols = std::max(1, std::min(columns, count));
  const int rows = (count + cols - 1) / cols;
  const int h = static_cast<int>(batch.size(2)), w = static_cast<int>(batch.size(3));
  data::ImageU8 grid;
  grid.width = cols * (w + padding) + padding;
  grid.height = rows * (h + padding) + padding;
  grid.channels = 3;
  grid.pixels.assign(static_cast<size_t>(grid.width) * grid.height * 3, 0);
  for (int i = 0; i < count; ++i) {
    const data::ImageU8 tile = tensorToImage(batch[i]);
    const int x0 = padding + (i % cols) * (w + padding), y0 = padding + (i / cols) * (h + padding);
    for (int y = 0; y < h; ++y)
      std::copy(tile.row(y), tile.row(y) + static_cast<size_t>(w) * 3, grid.row(y0 + y) + static_cast<size_t>(x0) * 3);
  }
  return grid;
}

torch::Tensor imageToTensor(const data::ImageU8& image) {
  if (image.channels != 3) throw std::invalid_argument("imageToTensor expects an RGB image");
  torch::Tensor t =
      torch::from_blob(const_cast<uint8_t*>(image.pixels.data()), {image.height, image.width, 3}, torch::kUInt8);
  return t.permute({2, 0, 1}).to(torch::kFloat32).div(127.5).sub(1.0);
}

}  // namespace fewshot::io
