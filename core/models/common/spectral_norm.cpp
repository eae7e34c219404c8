#include "core/models/common/spectral_norm.h"

#include "core/train/mixed_precision.h"

namespace fewshot {
namespace {

constexpr double kEps = 1e-12;

torch::Tensor normalize(const torch::Tensor& t) { return t / t.norm().clamp_min(kEps); }

thread_local FlopCounter* activeCounter = nullptr;

}  // namespace

FlopCounter::FlopCounter() : previous_(activeCounter) { activeCounter = this; }
FlopCounter::~FlopCounter() { activeCounter = previous_; }
void FlopCounter::add(double macs) {
  if (activeCounter) activeCounter->macs_ += macs;
}

torch::Tensor SpectralNormState::normalizedWeight(const torch::Tensor& weightOrig, torch::Tensor& u, torch::Tensor& v,
                                                  int64_t rowsDim, bool training) const {
  train::Fp32Scope fp32;  // the power iteration and sigma in full precision under autocast
  torch::Tensor matrix = rowsDim == 0 ? weightOrig : weightOrig.transpose(0, rowsDim);
  matrix = matrix.reshape({matrix.size(0), -1});
  if (training) {
    torch::NoGradGuard noGrad;
    // Same order as torch.nn.utils.spectral_norm: v first, then u; both stored in place.
    v.copy_(normalize(torch::mv(matrix.t(), u)));
    u.copy_(normalize(torch::mv(matrix, v)));
  }
  torch::Tensor sigma = torch::dot(u, torch::mv(matrix, v));
  return weightOrig / sigma;
}

SNConv2dImpl::SNConv2dImpl(const SNConvOptions& opts) : options(opts) {
  weight_orig = register_parameter(
      "weight_orig", torch::empty({opts.out_channels(), opts.in_channels(), opts.kernel_size(), opts.kernel_size()}));
  torch::nn::init::kaiming_uniform_(weight_orig, std::sqrt(5.0));
  const int64_t rows = opts.out_channels();
  const int64_t cols = opts.in_channels() * opts.kernel_size() * opts.kernel_size();
  if (opts.bias()) {
    // nn.Conv2d's default bias, U(-1/sqrt(fan_in), 1/sqrt(fan_in)), drawn right after the weight as
    // reset_parameters() does (the official Projected GAN keeps it; zeros were our deviation).
    const double bound = 1.0 / std::sqrt(static_cast<double>(cols));
    bias = register_parameter("bias", torch::empty({rows}).uniform_(-bound, bound));
  }
  weight_u = register_buffer("weight_u", normalize(torch::randn({rows})));
  weight_v = register_buffer("weight_v", normalize(torch::randn({cols})));
}

torch::Tensor SNConv2dImpl::forward(const torch::Tensor& x) {
  torch::Tensor w = sn_.normalizedWeight(weight_orig, weight_u, weight_v, 0, is_training());
  torch::Tensor y = torch::conv2d(x, w, bias, options.stride(), options.padding());
  FlopCounter::add(static_cast<double>(y.numel()) * options.in_channels() * options.kernel_size() *
                   options.kernel_size());
  return y;
}

SNConvTranspose2dImpl::SNConvTranspose2dImpl(const SNConvOptions& opts) : options(opts) {
  // ConvTranspose2d weights are (in, out, k, k); spectral norm takes rows from dim 1.
  weight_orig = register_parameter(
      "weight_orig", torch::empty({opts.in_channels(), opts.out_channels(), opts.kernel_size(), opts.kernel_size()}));
  torch::nn::init::kaiming_uniform_(weight_orig, std::sqrt(5.0));
  const int64_t rows = opts.out_channels();
  const int64_t cols = opts.in_channels() * opts.kernel_size() * opts.kernel_size();
  weight_u = register_buffer("weight_u", normalize(torch::randn({rows})));
  weight_v = register_buffer("weight_v", normalize(torch::randn({cols})));
}

torch::Tensor SNConvTranspose2dImpl::forward(const torch::Tensor& x) {
  torch::Tensor w = sn_.normalizedWeight(weight_orig, weight_u, weight_v, 1, is_training());
  torch::Tensor y = torch::conv_transpose2d(x, w, {}, options.stride(), options.padding());
  FlopCounter::add(static_cast<double>(x.numel()) * options.out_channels() * options.kernel_size() *
                   options.kernel_size());
  return y;
}

}  // namespace fewshot
