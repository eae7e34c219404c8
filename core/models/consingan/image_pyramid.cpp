#include "core/models/consingan/image_pyramid.h"

#include <algorithm>
#include <cmath>

#include "core/data/bicubic_resize.h"

namespace fewshot::consingan {
namespace {

torch::Tensor f64ToBatch(const data::ImageF64& image) {
  // 0..255 doubles -> [-1, 1] floats, clamped as the reference's norm().
  torch::Tensor t = torch::from_blob(const_cast<double*>(image.pixels.data()),
                                     {image.height, image.width, image.channels}, torch::kFloat64)
                        .clone();
  t = (t / 255.0 * 2.0 - 1.0).clamp(-1.0, 1.0);
  return t.permute({2, 0, 1}).unsqueeze(0).to(torch::kFloat32).contiguous();
}

}  // namespace

double pyramidScaleFactor(int finestHeight, int finestWidth, int trainStages, int minSize) {
  const int N = trainStages - 1;
  return std::pow(static_cast<double>(minSize) / std::min(finestHeight, finestWidth), 1.0 / N);
}

std::vector<double> pyramidScales(int finestHeight, int finestWidth, int trainStages, int minSize, bool oldRescaling) {
  const int N = trainStages - 1;
  const double r = pyramidScaleFactor(finestHeight, finestWidth, trainStages, minSize);
  std::vector<double> scales;
  for (int i = 0; i < N; ++i) {
    if (oldRescaling) scales.push_back(std::pow(r, N - i));
    else scales.push_back(std::pow(r, ((N - 1) / std::log(N)) * std::log(N - i) + 1));
  }
  scales.push_back(1.0);
  return scales;
}

std::vector<StageShape> pyramidShapes(int finestHeight, int finestWidth, int trainStages, int minSize,
                                      bool oldRescaling) {
  std::vector<StageShape> shapes;
  for (double s : pyramidScales(finestHeight, finestWidth, trainStages, minSize, oldRescaling))
    shapes.push_back(
        {static_cast<int64_t>(std::ceil(finestHeight * s)), static_cast<int64_t>(std::ceil(finestWidth * s))});
  shapes.back() = {finestHeight, finestWidth};
  return shapes;
}

std::vector<torch::Tensor> buildPyramid(const data::ImageU8& finest, int trainStages, int minSize, bool oldRescaling) {
  const data::ImageF64 source = data::ImageF64::fromU8(finest);
  const std::vector<double> scales = pyramidScales(finest.height, finest.width, trainStages, minSize, oldRescaling);
  const std::vector<StageShape> shapes = pyramidShapes(finest.height, finest.width, trainStages, minSize, oldRescaling);
  std::vector<torch::Tensor> levels;
  for (size_t i = 0; i + 1 < shapes.size(); ++i)
    levels.push_back(f64ToBatch(data::resizeBicubic(source, static_cast<int>(shapes[i].height),
                                                    static_cast<int>(shapes[i].width), scales[i], scales[i])));
  levels.push_back(f64ToBatch(source));
  return levels;
}

torch::Tensor imageToBatch(const data::ImageU8& image) { return f64ToBatch(data::ImageF64::fromU8(image)); }

data::ImageU8 batchToImageTruncated(const torch::Tensor& batch) {
  torch::Tensor t = ((batch.detach().to(torch::kCPU, torch::kFloat32)[0].clamp(-1, 1) + 1) / 2 * 255)
                        .floor()
                        .to(torch::kUInt8)
                        .permute({1, 2, 0})
                        .contiguous();
  data::ImageU8 image;
  image.height = static_cast<int>(t.size(0));
  image.width = static_cast<int>(t.size(1));
  image.channels = static_cast<int>(t.size(2));
  image.pixels.assign(t.data_ptr<uint8_t>(), t.data_ptr<uint8_t>() + t.numel());
  return image;
}

torch::Tensor resizeToShape(const data::ImageU8& image, StageShape shape) {
  if (image.height == shape.height && image.width == shape.width) return imageToBatch(image);
  return f64ToBatch(data::resizeBicubicTo(data::ImageF64::fromU8(image), static_cast<int>(shape.height),
                                          static_cast<int>(shape.width)));
}

}  // namespace fewshot::consingan
