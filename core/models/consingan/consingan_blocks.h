// The building block of ConSinGAN's G and D: 3x3 valid conv (bias) -> optional BatchNorm -> LeakyReLU.
#pragma once
#include <torch/torch.h>

namespace fewshot::consingan {

struct ConvBlockImpl : torch::nn::Module {
  ConvBlockImpl(int inChannels, int outChannels, double leakySlope, bool batchNorm);
  torch::Tensor forward(const torch::Tensor& x);

  torch::nn::Conv2d conv{nullptr};
  torch::nn::BatchNorm2d norm{nullptr};
  double slope;
};
TORCH_MODULE(ConvBlock);

// Spec §4: conv weights ~ N(0, 0.02), conv biases keep the framework default, BN weight ~ N(1, 0.02), bias 0.
void initConSinGanWeights(torch::nn::Module& module);

}  // namespace fewshot::consingan
