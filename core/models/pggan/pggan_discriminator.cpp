#include "core/models/pggan/pggan_discriminator.h"

#include "core/models/common/minibatch_stddev.h"
#include "core/models/pggan/pggan_resample.h"

namespace fewshot::pggan {
namespace {

torch::Tensor lrelu(const torch::Tensor& x) { return torch::leaky_relu(x, 0.2); }

}  // namespace

DiscriminatorBlockImpl::DiscriminatorBlockImpl(const PgganConfig& config, int level)
    : level_(level), mbstdGroupSize_(config.mbstdGroupSize), fusedScale_(config.fusedScale) {
  if (level == 2) {
    const int64_t c = config.nf(1);
    conv0 = register_module("conv0", EqualizedConv2d(EqualizedConv2dOptions(c + 1, c, 3)));
    dense0 = register_module("dense0", EqualizedLinear(EqualizedLinearOptions(c * 16, config.nf(0))));
    dense1 = register_module("dense1", EqualizedLinear(EqualizedLinearOptions(config.nf(0), 1).gain(1.0)));
  } else {
    const int64_t c = config.nf(level - 1);
    conv0 = register_module("conv0", EqualizedConv2d(EqualizedConv2dOptions(c, c, 3)));
    conv1 = register_module("conv1", EqualizedConv2d(EqualizedConv2dOptions(c, config.nf(level - 2), 3)));
  }
}

torch::Tensor DiscriminatorBlockImpl::forward(const torch::Tensor& x) {
  if (level_ == 2) {
    torch::Tensor h = lrelu(conv0->forward(minibatchStddev(x, mbstdGroupSize_)));
    h = lrelu(dense0->forward(h.flatten(1)));
    return dense1->forward(h).view({-1});
  }
  torch::Tensor h = lrelu(conv0->forward(x));
  // Official fused_scale: one stride-2 4x4 conv whose kernel averages four shifts of the 3x3 one, then bias,
  // then LReLU. That conv equals the 3x3 conv followed by the 2x2 pool, and the bias commutes with the
  // pool, so pooling conv1's biased output before the activation is the same function.
  if (fusedScale_) return lrelu(downsample2(conv1->forward(h)));
  return downsample2(lrelu(conv1->forward(h)));
}

DiscriminatorImpl::DiscriminatorImpl(const PgganConfig& config) {
  blocks = register_module("blocks", torch::nn::ModuleList());
  from_rgb = register_module("from_rgb", torch::nn::ModuleList());
  for (int level = 2; level <= config.finalLog2(); ++level) {
    blocks->push_back(DiscriminatorBlock(config, level));
    from_rgb->push_back(EqualizedConv2d(EqualizedConv2dOptions(3, config.nf(level - 1), 1)));
  }
}

torch::Tensor DiscriminatorImpl::fromRgb(const torch::Tensor& images, int level) {
  return lrelu(from_rgb[level - 2]->as<EqualizedConv2d>()->forward(images));
}

torch::Tensor DiscriminatorImpl::block(const torch::Tensor& x, int level) {
  return blocks[level - 2]->as<DiscriminatorBlock>()->forward(x);
}

torch::Tensor DiscriminatorImpl::forward(const torch::Tensor& images, int level, double alpha) {
  torch::Tensor h = fromRgb(images, level);
  if (level > 2) {
    h = block(h, level);
    if (alpha < 1.0) h = fadeIn(fromRgb(downsample2(images), level - 1), h, alpha);
  }
  for (int l = level > 2 ? level - 1 : 2; l >= 2; --l) h = block(h, l);
  return h;
}

}  // namespace fewshot::pggan
