#include "core/models/common/pixel_norm.h"

namespace fewshot {

torch::Tensor pixelNorm(const torch::Tensor& x, double eps) {
  return x * torch::rsqrt(x.pow(2).mean(1, /*keepdim=*/true) + eps);
}

}  // namespace fewshot
