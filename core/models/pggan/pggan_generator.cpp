#include "core/models/pggan/pggan_generator.h"

#include <cmath>

#include "core/models/common/pixel_norm.h"
#include "core/models/pggan/pggan_resample.h"

namespace fewshot::pggan {
namespace {

torch::Tensor activate(const torch::Tensor& x) { return pixelNorm(torch::leaky_relu(x, 0.2)); }

}  // namespace

GeneratorBlockImpl::GeneratorBlockImpl(const PgganConfig& config, int level) : level_(level) {
  const int64_t c = config.nf(level - 1);
  if (level == 2) {
    // Spec §3.1 exception: the first dense uses gain sqrt(2)/4; its bias is per channel, after the reshape.
    dense = register_module("dense", EqualizedLinear(EqualizedLinearOptions(config.latentSize(), 16 * c)
                                                         .gain(std::sqrt(2.0) / 4)
                                                         .bias(false)));
    dense_bias = register_parameter("dense_bias", torch::zeros({c}));
    conv0 = register_module("conv0", EqualizedConv2d(EqualizedConv2dOptions(c, c, 3)));
  } else {
    conv0 = register_module("conv0", EqualizedConv2d(EqualizedConv2dOptions(config.nf(level - 2), c, 3)));
    conv1 = register_module("conv1", EqualizedConv2d(EqualizedConv2dOptions(c, c, 3)));
  }
}

torch::Tensor GeneratorBlockImpl::forward(const torch::Tensor& x) {
  if (level_ == 2) {
    const int64_t c = dense_bias.size(0);
    torch::Tensor h = dense->forward(pixelNorm(x)).view({x.size(0), c, 4, 4}) + dense_bias.view({1, c, 1, 1});
    return activate(conv0->forward(activate(h)));
  }
  return activate(conv1->forward(activate(conv0->forward(upsample2(x)))));
}

GeneratorImpl::GeneratorImpl(const PgganConfig& config) : config_(config) {
  blocks = register_module("blocks", torch::nn::ModuleList());
  to_rgb = register_module("to_rgb", torch::nn::ModuleList());
  for (int level = 2; level <= config.finalLog2(); ++level) {
    blocks->push_back(GeneratorBlock(config, level));
    to_rgb->push_back(EqualizedConv2d(EqualizedConv2dOptions(config.nf(level - 1), 3, 1).gain(1.0)));
  }
}

torch::Tensor GeneratorImpl::features(const torch::Tensor& z, int level) {
  torch::Tensor x = z;
  for (int l = 2; l <= level; ++l) x = blocks[l - 2]->as<GeneratorBlock>()->forward(x);
  return x;
}

torch::Tensor GeneratorImpl::toRgb(const torch::Tensor& features, int level) {
  return to_rgb[level - 2]->as<EqualizedConv2d>()->forward(features);
}

torch::Tensor GeneratorImpl::forward(const torch::Tensor& z, int level, double alpha) {
  if (alpha >= 1.0 || level == 2) return toRgb(features(z, level), level);
  torch::Tensor x = features(z, level - 1);
  torch::Tensor y = blocks[level - 2]->as<GeneratorBlock>()->forward(x);
  return fadeIn(upsample2(toRgb(x, level - 1)), toRgb(y, level), alpha);
}

}  // namespace fewshot::pggan
