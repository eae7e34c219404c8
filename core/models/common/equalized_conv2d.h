// Equalized-learning-rate convolution (PGGAN "wscale", spec §3.1): the weight is stored N(0, 1) and
// multiplied by the He constant gain / sqrt(k*k*C_in) at every forward pass, so Adam, which
// normalises updates per parameter, moves every layer at the same effective speed. The bias is
// zero-initialised and not scaled.
#pragma once
#include <torch/torch.h>

#include <cmath>

namespace fewshot {

struct EqualizedConv2dOptions {
  EqualizedConv2dOptions(int64_t in, int64_t out, int64_t kernel)
      : in_channels_(in), out_channels_(out), kernel_size_(kernel), padding_(kernel / 2) {}
  TORCH_ARG(int64_t, in_channels);
  TORCH_ARG(int64_t, out_channels);
  TORCH_ARG(int64_t, kernel_size);
  TORCH_ARG(int64_t, padding);
  TORCH_ARG(double, gain) = std::sqrt(2.0);
  TORCH_ARG(bool, bias) = true;
};

class EqualizedConv2dImpl : public torch::nn::Module {
 public:
  explicit EqualizedConv2dImpl(const EqualizedConv2dOptions& options);
  torch::Tensor forward(const torch::Tensor& x);
  // The runtime multiplier gain / sqrt(fan_in).
  double scale() const { return scale_; }

  EqualizedConv2dOptions options;
  torch::Tensor weight, bias;

 private:
  double scale_;
};
TORCH_MODULE(EqualizedConv2d);

}  // namespace fewshot
