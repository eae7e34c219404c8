#include "core/models/pggan/pggan_resample.h"

namespace fewshot::pggan {

torch::Tensor upsample2(const torch::Tensor& x) {
  return torch::upsample_nearest2d(x, std::vector<int64_t>{x.size(2) * 2, x.size(3) * 2});
}

torch::Tensor downsample2(const torch::Tensor& x) { return torch::avg_pool2d(x, 2); }

torch::Tensor downsampleBy(const torch::Tensor& x, int64_t factor) {
  return factor == 1 ? x : torch::avg_pool2d(x, factor);
}

torch::Tensor fadeIn(const torch::Tensor& oldPath, const torch::Tensor& newPath, double alpha) {
  // torch::lerp is exact at both ends (it evaluates from the nearer endpoint).
  return torch::lerp(oldPath, newPath, alpha);
}

torch::Tensor fadeReals(const torch::Tensor& real, double alpha) {
  if (alpha >= 1.0) return real;
  return fadeIn(upsample2(downsample2(real)), real, alpha);
}

}  // namespace fewshot::pggan
