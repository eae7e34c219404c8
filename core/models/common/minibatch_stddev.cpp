#include "core/models/common/minibatch_stddev.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace fewshot {

torch::Tensor minibatchStddev(const torch::Tensor& x, int64_t groupSize) {
  const int64_t n = x.size(0), c = x.size(1), h = x.size(2), w = x.size(3);
  const int64_t g = std::min(groupSize, n);
  if (g < 1 || n % g != 0)
    throw std::invalid_argument("minibatch stddev: batch " + std::to_string(n) +
                                " is not divisible by the group size " + std::to_string(g));
  const int64_t m = n / g;
  // [G, M, ...]: row-major reshape puts sample n at (n / M, n % M), so group m = n mod M.
  torch::Tensor y = x.to(torch::kFloat32).reshape({g, m, c, h, w});
  y = y - y.mean(0, /*keepdim=*/true);
  y = torch::sqrt(y.pow(2).mean(0) + 1e-8);  // [M, C, H, W]
  torch::Tensor s = y.mean({1, 2, 3});        // [M]
  torch::Tensor feature = s.repeat({g}).view({n, 1, 1, 1}).expand({n, 1, h, w}).to(x.dtype());
  return torch::cat({x, feature}, 1);
}

}  // namespace fewshot
