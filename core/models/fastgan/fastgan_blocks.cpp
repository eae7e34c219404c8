#include "core/models/fastgan/fastgan_blocks.h"

namespace fewshot::fastgan {
namespace nn = torch::nn;

namespace {

nn::Upsample makeNearestUpsample() {
  return nn::Upsample(nn::UpsampleOptions().scale_factor(std::vector<double>{2.0, 2.0}).mode(torch::kNearest));
}

nn::GLU makeGlu() { return nn::GLU(nn::GLUOptions(1)); }

}  // namespace

SNConv2d snConv(int64_t in, int64_t out, int64_t k, int64_t stride, int64_t padding) {
  return SNConv2d(SNConvOptions(in, out, k).stride(stride).padding(padding));
}

NoiseInjectionImpl::NoiseInjectionImpl() { weight = register_parameter("weight", torch::zeros({1})); }

torch::Tensor NoiseInjectionImpl::forward(const torch::Tensor& x) {
  const std::vector<int64_t> shape{x.size(0), 1, x.size(2), x.size(3)};
  torch::Tensor noise = random_ ? random_->randn(shape, x.device()) : torch::randn(shape, x.options());
  return x + weight * noise;
}

SEBlockImpl::SEBlockImpl(int64_t smallChannels, int64_t bigChannels) {
  main = register_module("main", nn::Sequential(nn::AdaptiveAvgPool2d(nn::AdaptiveAvgPool2dOptions(4)),
                                                 snConv(smallChannels, bigChannels, 4, 1, 0), Swish(),
                                                 snConv(bigChannels, bigChannels, 1, 1, 0), nn::Sigmoid()));
}

InitLayerImpl::InitLayerImpl(int64_t nz, int64_t channels) {
  init = register_module("init", nn::Sequential(SNConvTranspose2d(SNConvOptions(nz, channels * 2, 4)),
                                                makeBatchNorm(channels * 2), makeGlu()));
}

DownBlockImpl::DownBlockImpl(int64_t in, int64_t out) {
  main = register_module("main", nn::Sequential(snConv(in, out, 4, 2, 1), makeBatchNorm(out), makeLeakyRelu()));
}

DownBlockCompImpl::DownBlockCompImpl(int64_t in, int64_t out) {
  main = register_module("main", nn::Sequential(snConv(in, out, 4, 2, 1), makeBatchNorm(out), makeLeakyRelu(),
                                                 snConv(out, out, 3, 1, 1), makeBatchNorm(out), makeLeakyRelu()));
  direct = register_module("direct", nn::Sequential(nn::AvgPool2d(nn::AvgPool2dOptions(2).stride(2)),
                                                     snConv(in, out, 1, 1, 0), makeBatchNorm(out), makeLeakyRelu()));
}

SimpleDecoderImpl::SimpleDecoderImpl(int64_t inChannels, int64_t base) {
  // Official channel multipliers for the 16/32/64/128 steps: 4, 2, 2, 1 (times base 32).
  const int64_t c16 = 4 * base, c32 = 2 * base, c64 = 2 * base, c128 = base;
  main = register_module(
      "main", nn::Sequential(nn::AdaptiveAvgPool2d(nn::AdaptiveAvgPool2dOptions(8)), makeUpBlock(inChannels, c16),
                             makeUpBlock(c16, c32), makeUpBlock(c32, c64), makeUpBlock(c64, c128),
                             snConv(c128, 3, 3, 1, 1), nn::Tanh()));
}

Block makeUpBlock(int64_t in, int64_t out) {
  return Block(makeNearestUpsample(), snConv(in, out * 2, 3, 1, 1), makeBatchNorm(out * 2), makeGlu());
}

Block makeUpBlockComp(int64_t in, int64_t out) {
  return Block(makeNearestUpsample(), snConv(in, out * 2, 3, 1, 1), NoiseInjection(), makeBatchNorm(out * 2),
                        makeGlu(), snConv(out, out * 2, 3, 1, 1), NoiseInjection(), makeBatchNorm(out * 2), makeGlu());
}

nn::LeakyReLU makeLeakyRelu() { return nn::LeakyReLU(nn::LeakyReLUOptions().negative_slope(0.2)); }

nn::BatchNorm2d makeBatchNorm(int64_t channels) { return nn::BatchNorm2d(nn::BatchNorm2dOptions(channels)); }

void initializeFastGanWeights(nn::Module& module) {
  torch::NoGradGuard noGrad;
  for (auto& child : module.modules(/*include_self=*/false)) {
    if (auto* conv = child->as<SNConv2dImpl>()) {
      conv->weight_orig.normal_(0.0, 0.02);
    } else if (auto* convT = child->as<SNConvTranspose2dImpl>()) {
      convT->weight_orig.normal_(0.0, 0.02);
    } else if (auto* bn = child->as<nn::BatchNorm2dImpl>()) {
      bn->weight.normal_(1.0, 0.02);
      bn->bias.zero_();
    } else if (auto* noise = child->as<NoiseInjectionImpl>()) {
      noise->weight.zero_();
    }
  }
}

void setNoiseRandomSource(nn::Module& module, const RandomSourcePtr& random) {
  for (auto& child : module.modules(false))
    if (auto* noise = child->as<NoiseInjectionImpl>()) noise->setRandomSource(random);
}

}  // namespace fewshot::fastgan
