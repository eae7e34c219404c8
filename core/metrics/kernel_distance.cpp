#include "core/metrics/kernel_distance.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>
#include <stdexcept>

namespace fewshot::metrics {

namespace {

torch::Tensor kernel(const torch::Tensor& a, const torch::Tensor& b, double d) {
  return (a.matmul(b.t()) / d + 1.0).pow(3);
}

}  // namespace

KernelDistance kernelDistance(const torch::Tensor& real, const torch::Tensor& generated, int64_t subsets,
                              int64_t maxSubsetSize, uint64_t seed) {
  if (real.dim() != 2 || generated.dim() != 2 || real.size(1) != generated.size(1))
    throw std::invalid_argument("KID needs two (N,d) feature matrices of the same d");
  const int64_t m = std::min({real.size(0), generated.size(0), maxSubsetSize});
  if (m < 2) throw std::invalid_argument("KID needs at least 2 samples in each set");
  if (subsets < 1) throw std::invalid_argument("KID needs at least one subset");
  torch::Tensor r = real.to(torch::kCPU, torch::kFloat64), g = generated.to(torch::kCPU, torch::kFloat64);
  const double d = static_cast<double>(r.size(1));
  at::Generator gen = at::detail::createCPUGenerator(seed);
  std::vector<double> values;
  values.reserve(subsets);
  for (int64_t s = 0; s < subsets; ++s) {
    torch::Tensor x = g.index_select(0, torch::randperm(g.size(0), gen, torch::kLong).slice(0, 0, m));
    torch::Tensor y = r.index_select(0, torch::randperm(r.size(0), gen, torch::kLong).slice(0, 0, m));
    torch::Tensor kxx = kernel(x, x, d), kyy = kernel(y, y, d), kxy = kernel(x, y, d);
    const double offDiagonal = (kxx.sum() - kxx.trace() + kyy.sum() - kyy.trace()).item<double>();
    const double mmd =
        offDiagonal / static_cast<double>(m * (m - 1)) - 2.0 * kxy.sum().item<double>() / static_cast<double>(m * m);
    values.push_back(mmd);
  }
  KernelDistance result;
  result.subsets = subsets;
  result.subsetSize = m;
  for (double v : values) result.mean += v;
  result.mean /= static_cast<double>(values.size());
  if (values.size() > 1) {
    double var = 0;
    for (double v : values) var += (v - result.mean) * (v - result.mean);
    result.std = std::sqrt(var / static_cast<double>(values.size() - 1));
  }
  return result;
}

}  // namespace fewshot::metrics
