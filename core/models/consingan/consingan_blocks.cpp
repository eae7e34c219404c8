#include "core/models/consingan/consingan_blocks.h"

namespace fewshot::consingan {

ConvBlockImpl::ConvBlockImpl(int inChannels, int outChannels, double leakySlope, bool batchNorm) : slope(leakySlope) {
  conv = register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(inChannels, outChannels, 3).bias(true)));
  if (batchNorm) norm = register_module("norm", torch::nn::BatchNorm2d(outChannels));
}

torch::Tensor ConvBlockImpl::forward(const torch::Tensor& x) {
  torch::Tensor h = conv->forward(x);
  if (norm) h = norm->forward(h);
  return torch::leaky_relu(h, slope);
}

void initConSinGanWeights(torch::nn::Module& module) {
  torch::NoGradGuard noGrad;
  for (auto& m : module.modules(/*include_self=*/true)) {
    if (auto* conv = m->as<torch::nn::Conv2d>()) conv->weight.normal_(0.0, 0.02);
    else if (auto* bn = m->as<torch::nn::BatchNorm2d>()) {
      bn->weight.normal_(1.0, 0.02);
      bn->bias.zero_();
    }
  }
}

}  // namespace fewshot::consingan
