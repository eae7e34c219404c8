#include "core/models/common/equalized_conv2d.h"

#include "core/models/common/spectral_norm.h"

namespace fewshot {

EqualizedConv2dImpl::EqualizedConv2dImpl(const EqualizedConv2dOptions& opts) : options(opts) {
  const int64_t fanIn = opts.in_channels() * opts.kernel_size() * opts.kernel_size();
  scale_ = opts.gain() / std::sqrt(static_cast<double>(fanIn));
  weight = register_parameter(
      "weight", torch::randn({opts.out_channels(), opts.in_channels(), opts.kernel_size(), opts.kernel_size()}));
  if (opts.bias()) bias = register_parameter("bias", torch::zeros({opts.out_channels()}));
}

torch::Tensor EqualizedConv2dImpl::forward(const torch::Tensor& x) {
  torch::Tensor y = torch::conv2d(x, weight * scale_, bias, 1, options.padding());
  FlopCounter::add(static_cast<double>(y.numel()) * options.in_channels() * options.kernel_size() *
                   options.kernel_size());
  return y;
}

}  // namespace fewshot
