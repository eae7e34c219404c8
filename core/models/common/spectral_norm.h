// Spectrally normalised convolutions, PyTorch style (torch.nn.utils.spectral_norm): a trainable
// `weight_orig`, power-iteration buffers `weight_u` / `weight_v`, one power iteration per
// training-mode forward. LibTorch has no C++ helper for this, and the parameter names must match
// the official checkpoints, so it is written out here.
#pragma once
#include <torch/torch.h>

namespace fewshot {

struct SNConvOptions {
  SNConvOptions(int64_t in, int64_t out, int64_t kernel) : in_channels_(in), out_channels_(out), kernel_size_(kernel) {}
  TORCH_ARG(int64_t, in_channels);
  TORCH_ARG(int64_t, out_channels);
  TORCH_ARG(int64_t, kernel_size);
  TORCH_ARG(int64_t, stride) = 1;
  TORCH_ARG(int64_t, padding) = 0;
  TORCH_ARG(bool, bias) = false;
};

// Shared machinery: weight matrix view, power iteration and sigma.
class SpectralNormState {
 public:
  // `rowsDim` is the weight dimension that forms the matrix rows (0 for conv, 1 for transposed conv).
  torch::Tensor normalizedWeight(const torch::Tensor& weightOrig, torch::Tensor& u, torch::Tensor& v,
                                 int64_t rowsDim, bool training) const;
};

class SNConv2dImpl : public torch::nn::Module {
 public:
  explicit SNConv2dImpl(const SNConvOptions& options);
  torch::Tensor forward(const torch::Tensor& x);
  torch::Tensor weight() { return sn_.normalizedWeight(weight_orig, weight_u, weight_v, 0, false); }

  SNConvOptions options;
  torch::Tensor weight_orig, weight_u, weight_v, bias;

 private:
  SpectralNormState sn_;
};
TORCH_MODULE(SNConv2d);

class SNConvTranspose2dImpl : public torch::nn::Module {
 public:
  explicit SNConvTranspose2dImpl(const SNConvOptions& options);
  torch::Tensor forward(const torch::Tensor& x);

  SNConvOptions options;
  torch::Tensor weight_orig, weight_u, weight_v;

 private:
  SpectralNormState sn_;
};
TORCH_MODULE(SNConvTranspose2d);

// Multiply-accumulate counter for `fewshot bench`: while a FlopCounter is alive on a thread,
// every spectral-norm convolution on that thread adds its MACs.
class FlopCounter {
 public:
  FlopCounter();
  ~FlopCounter();
  double macs() const { return macs_; }
  static void add(double macs);

 private:
  double macs_ = 0;
  FlopCounter* previous_;
};

}  // namespace fewshot
