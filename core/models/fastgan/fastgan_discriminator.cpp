#include "core/models/fastgan/fastgan_discriminator.h"

#include "core/models/common/minibatch_stddev.h"

namespace fewshot::fastgan {
namespace nn = torch::nn;
using torch::indexing::Slice;

torch::Tensor resizeNearest(const torch::Tensor& x, int64_t size) {
  if (x.size(2) == size && x.size(3) == size) return x;
  return torch::nn::functional::interpolate(
      x, torch::nn::functional::InterpolateFuncOptions().size(std::vector<int64_t>{size, size}).mode(torch::kNearest));
}

torch::Tensor cropQuarter(const torch::Tensor& x, int part) {
  const int64_t h = x.size(2) / 2, w = x.size(3) / 2;
  const auto rows = (part < 2) ? Slice(0, h) : Slice(h, torch::indexing::None);
  const auto cols = (part % 2 == 0) ? Slice(0, w) : Slice(w, torch::indexing::None);
  return x.index({Slice(), Slice(), rows, cols});
}

DiscriminatorImpl::DiscriminatorImpl(const FastGanConfig& config) : config_(config) {
  config.validate();
  auto ch = [&](int r) { return static_cast<int64_t>(config.discriminatorChannels(r)); };
  const int R = config.discriminatorInputSize();
  if (R == 1024) {
    down_from_big = nn::Sequential(snConv(3, ch(1024), 4, 2, 1), makeLeakyRelu(), snConv(ch(1024), ch(512), 4, 2, 1),
                                   makeBatchNorm(ch(512)), makeLeakyRelu());
  } else if (R == 512) {
    down_from_big = nn::Sequential(snConv(3, ch(512), 4, 2, 1), makeLeakyRelu());
  } else {
    down_from_big = nn::Sequential(snConv(3, ch(512), 3, 1, 1), makeLeakyRelu());
  }
  register_module("down_from_big", down_from_big);
  down_4 = register_module("down_4", DownBlockComp(ch(512), ch(256)));
  down_8 = register_module("down_8", DownBlockComp(ch(256), ch(128)));
  down_16 = register_module("down_16", DownBlockComp(ch(128), ch(64)));
  down_32 = register_module("down_32", DownBlockComp(ch(64), ch(32)));
  down_64 = register_module("down_64", DownBlockComp(ch(32), ch(16)));
  const int64_t mbstdChannels = config.minibatchStddev ? 1 : 0;
  rf_big = register_module("rf_big", nn::Sequential(snConv(ch(16) + mbstdChannels, ch(8), 1, 1, 0),
                                                    makeBatchNorm(ch(8)), makeLeakyRelu(), snConv(ch(8), 1, 4, 1, 0)));
  se_2_16 = register_module("se_2_16", SEBlock(ch(512), ch(64)));
  se_4_32 = register_module("se_4_32", SEBlock(ch(256), ch(32)));
  se_8_64 = register_module("se_8_64", SEBlock(ch(128), ch(16)));
  down_from_small = register_module(
      "down_from_small", nn::Sequential(snConv(3, ch(256), 4, 2, 1), makeLeakyRelu(), DownBlock(ch(256), ch(128)),
                                        DownBlock(ch(128), ch(64)), DownBlock(ch(64), ch(32))));
  rf_small = register_module("rf_small", snConv(ch(32), 1, 4, 1, 0));
  const int64_t decoderBase = 32 * config.ndf / 64;
  decoder_big = register_module("decoder_big", SimpleDecoder(ch(16), decoderBase));
  decoder_part = register_module("decoder_part", SimpleDecoder(ch(32), decoderBase));
  decoder_small = register_module("decoder_small", SimpleDecoder(ch(32), decoderBase));
  initializeFastGanWeights(*this);
}

DiscriminatorImpl::Trunk DiscriminatorImpl::trunk(const torch::Tensor& big, const torch::Tensor& small) {
  Trunk t;
  torch::Tensor feat2 = down_from_big->forward(big);
  torch::Tensor feat4 = down_4->forward(feat2);
  torch::Tensor feat8 = down_8->forward(feat4);
  torch::Tensor feat16 = se_2_16->forward(feat2, down_16->forward(feat8));
  t.feat32 = se_4_32->forward(feat4, down_32->forward(feat16));
  t.featLast = se_8_64->forward(feat8, down_64->forward(t.feat32));
  t.featSmall = down_from_small->forward(small);
  torch::Tensor head = config_.minibatchStddev ? minibatchStddev(t.featLast, 4) : t.featLast;
  t.logits = torch::cat({rf_big->forward(head).view(-1), rf_small->forward(t.featSmall).view(-1)});
  return t;
}

DiscriminatorOutput DiscriminatorImpl::forwardReal(const torch::Tensor& images, int part) {
  Trunk t = trunk(resizeNearest(images, config_.discriminatorInputSize()), resizeNearest(images, 128));
  DiscriminatorOutput out;
  out.logits = t.logits;
  out.recBig = decoder_big->forward(t.featLast);
  out.recSmall = decoder_small->forward(t.featSmall);
  out.recPart = decoder_part->forward(cropQuarter(t.feat32, part));
  return out;
}

torch::Tensor DiscriminatorImpl::forwardFake(const torch::Tensor& image, const torch::Tensor& aux) {
  return trunk(resizeNearest(image, config_.discriminatorInputSize()), resizeNearest(aux, 128)).logits;
}

}  // namespace fewshot::fastgan
