#include "core/metrics/nearest_neighbors.h"

#include <stdexcept>

#include "core/io/image_grid.h"

namespace fewshot::metrics {

NearestNeighbors nearestNeighbors(const torch::Tensor& generatedFeatures, const torch::Tensor& realFeatures) {
  if (generatedFeatures.dim() != 2 || realFeatures.dim() != 2 || realFeatures.size(0) < 1 ||
      generatedFeatures.size(1) != realFeatures.size(1))
    throw std::invalid_argument("nearest neighbours need (N,d) feature matrices of the same d");
  torch::Tensor d = torch::cdist(generatedFeatures.to(torch::kCPU, torch::kFloat64),
                                 realFeatures.to(torch::kCPU, torch::kFloat64));
  auto [values, indices] = d.min(1);
  return {indices, values};
}

data::ImageU8 nearestNeighborSheet(const torch::Tensor& samples, const torch::Tensor& reals, const NearestNeighbors& nn,
                                   int maxRows) {
  const int64_t rows = std::min<int64_t>(samples.size(0), maxRows);
  std::vector<torch::Tensor> pairs;
  for (int64_t i = 0; i < rows; ++i) {
    pairs.push_back(samples[i].to(torch::kCPU, torch::kFloat32));
    const int64_t j = nn.indices[i].item<int64_t>();
    torch::Tensor real = reals[j].to(torch::kCPU, torch::kFloat32);
    if (real.sizes() != pairs.back().sizes())
      real = torch::nn::functional::interpolate(
                 real.unsqueeze(0), torch::nn::functional::InterpolateFuncOptions()
                                        .size(std::vector<int64_t>{samples.size(2), samples.size(3)})
                                        .mode(torch::kBilinear)
                                        .align_corners(false))[0];
    pairs.push_back(real);
  }
  return io::makeImageGrid(torch::stack(pairs), 2);
}

}  // namespace fewshot::metrics
