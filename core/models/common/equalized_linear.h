// Equalized-learning-rate dense layer (spec §3.1): weight N(0, 1) scaled by gain / sqrt(in_features)
// at every forward pass; unscaled zero-initialised bias.
#pragma once
#include <torch/torch.h>

#include <cmath>

namespace fewshot {

struct EqualizedLinearOptions {
  EqualizedLinearOptions(int64_t in, int64_t out) : in_features_(in), out_features_(out) {}
  TORCH_ARG(int64_t, in_features);
  TORCH_ARG(int64_t, out_features);
  TORCH_ARG(double, gain) = std::sqrt(2.0);
  TORCH_ARG(bool, bias) = true;
};

class EqualizedLinearImpl : public torch::nn::Module {
 public:
  explicit EqualizedLinearImpl(const EqualizedLinearOptions& options);
  torch::Tensor forward(const torch::Tensor& x);
  double scale() const { return scale_; }

  EqualizedLinearOptions options;
  torch::Tensor weight, bias;

 private:
  double scale_;
};
TORCH_MODULE(EqualizedLinear);

}  // namespace fewshot
