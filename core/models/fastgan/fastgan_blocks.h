// FastGAN building blocks (spec §1). Sub-module names and Sequential indices follow the official
// models.py so that state-dict keys match its checkpoints (e.g. `feat_8.1.weight_orig`).
#pragma once
#include <torch/torch.h>

#include "core/models/common/random_source.h"
#include "core/models/common/spectral_norm.h"

namespace fewshot::fastgan {

// A Sequential with a concrete forward, so that blocks can nest inside other Sequentials.
class BlockImpl : public torch::nn::SequentialImpl {
 public:
  using torch::nn::SequentialImpl::SequentialImpl;
  torch::Tensor forward(const torch::Tensor& x) { return torch::nn::SequentialImpl::forward(x); }
};
TORCH_MODULE(Block);

// Adds w * n with n ~ N(0,1) of shape (B,1,H,W), one fresh draw per forward.
class NoiseInjectionImpl : public torch::nn::Module {
 public:
  NoiseInjectionImpl();
  torch::Tensor forward(const torch::Tensor& x);
  void setRandomSource(RandomSourcePtr random) { random_ = std::move(random); }
  torch::Tensor weight;

 private:
  RandomSourcePtr random_;
};
TORCH_MODULE(NoiseInjection);

class SwishImpl : public torch::nn::Module {
 public:
  torch::Tensor forward(const torch::Tensor& x) { return x * torch::sigmoid(x); }
};
TORCH_MODULE(Swish);

// Skip-layer excitation: a per-channel gate computed from a low-resolution map scales a
// high-resolution one. The official code uses Swish here although the paper says LeakyReLU.
class SEBlockImpl : public torch::nn::Module {
 public:
  SEBlockImpl(int64_t smallChannels, int64_t bigChannels);
  torch::Tensor forward(const torch::Tensor& small, const torch::Tensor& big) { return big * main->forward(small); }
  torch::nn::Sequential main;
};
TORCH_MODULE(SEBlock);

// z (B,nz,1,1) -> 4x4 map. Official name: init.init.{0,1,2}.
class InitLayerImpl : public torch::nn::Module {
 public:
  InitLayerImpl(int64_t nz, int64_t channels);
  torch::Tensor forward(const torch::Tensor& z) { return init->forward(z.view({z.size(0), -1, 1, 1})); }
  torch::nn::Sequential init;
};
TORCH_MODULE(InitLayer);

class DownBlockImpl : public torch::nn::Module {
 public:
  DownBlockImpl(int64_t in, int64_t out);
  torch::Tensor forward(const torch::Tensor& x) { return main->forward(x); }
  torch::nn::Sequential main;
};
TORCH_MODULE(DownBlock);

class DownBlockCompImpl : public torch::nn::Module {
 public:
  DownBlockCompImpl(int64_t in, int64_t out);
  torch::Tensor forward(const torch::Tensor& x) { return (main->forward(x) + direct->forward(x)) / 2; }
  torch::nn::Sequential main, direct;
};
TORCH_MODULE(DownBlockComp);

// Self-supervised decoder of the discriminator: 8x8 features -> 3x(8*16)^2 image, tanh.
class SimpleDecoderImpl : public torch::nn::Module {
 public:
  // `base` is 32 in the official code; narrower configurations scale it with ndf.
  SimpleDecoderImpl(int64_t inChannels, int64_t base);
  torch::Tensor forward(const torch::Tensor& x) { return main->forward(x); }
  torch::nn::Sequential main;
};
TORCH_MODULE(SimpleDecoder);

Block makeUpBlock(int64_t in, int64_t out);      // nearest x2, conv, BN, GLU
Block makeUpBlockComp(int64_t in, int64_t out);  // two convs with noise injection
torch::nn::LeakyReLU makeLeakyRelu();
torch::nn::BatchNorm2d makeBatchNorm(int64_t channels);
SNConv2d snConv(int64_t in, int64_t out, int64_t k, int64_t stride, int64_t padding);

// Official weights_init: conv weights N(0, 0.02); BN weight N(1, 0.02), bias 0; noise weights 0.
void initializeFastGanWeights(torch::nn::Module& module);
// Hands the run's random source to every NoiseInjection below `module`.
void setNoiseRandomSource(torch::nn::Module& module, const RandomSourcePtr& random);

}  // namespace fewshot::fastgan
