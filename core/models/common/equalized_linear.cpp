#include "core/models/common/equalized_linear.h"

#include "core/models/common/spectral_norm.h"

namespace fewshot {

EqualizedLinearImpl::EqualizedLinearImpl(const EqualizedLinearOptions& opts) : options(opts) {
  scale_ = opts.gain() / std::sqrt(static_cast<double>(opts.in_features()));
  weight = register_parameter("weight", torch::randn({opts.out_features(), opts.in_features()}));
  if (opts.bias()) bias = register_parameter("bias", torch::zeros({opts.out_features()}));
}

torch::Tensor EqualizedLinearImpl::forward(const torch::Tensor& x) {
  torch::Tensor y = torch::linear(x, weight * scale_, bias);
  FlopCounter::add(static_cast<double>(y.numel()) * options.in_features());
  return y;
}

}  // namespace fewshot
