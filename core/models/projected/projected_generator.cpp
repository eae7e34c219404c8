#include "core/models/projected/projected_generator.h"

namespace fewshot::projected {

ProjectedGeneratorImpl::ProjectedGeneratorImpl(const ProjectedConfig& config, int imageSize) : imageSize_(imageSize) {
  config.validate(imageSize);
  const int R = imageSize;
  auto ch = [&](int r) { return config.generatorChannels(r); };
  auto up = [&](int r) {
    return config.lite ? fastgan::makeUpBlock(ch(r / 2), ch(r)) : fastgan::makeUpBlockComp(ch(r / 2), ch(r));
  };
  init = register_module("init", fastgan::InitLayer(config.nz, ch(4)));
  feat_8 = register_module("feat_8", up(8));
  feat_16 = register_module("feat_16", up(16));
  feat_32 = register_module("feat_32", up(32));
  feat_64 = register_module("feat_64", up(64));
  se_64 = register_module("se_64", fastgan::SEBlock(ch(4), ch(64)));
  if (R >= 128) {
    feat_128 = register_module("feat_128", up(128));
    se_128 = register_module("se_128", fastgan::SEBlock(ch(8), ch(128)));
  }
  if (R >= 256) {
    feat_256 = register_module("feat_256", up(256));
    se_256 = register_module("se_256", fastgan::SEBlock(ch(16), ch(256)));
  }
  if (R >= 512) {
    feat_512 = register_module("feat_512", up(512));
    se_512 = register_module("se_512", fastgan::SEBlock(ch(32), ch(512)));
  }
  if (R >= 1024) feat_1024 = register_module("feat_1024", up(1024));
  to_big = register_module("to_big", SNConv2d(SNConvOptions(ch(R), 3, 3).padding(1).bias(true)));
  // PyTorch default initialisation everywhere (unlike FastGAN's N(0, 0.02)); noise weights start at 0.
}

torch::Tensor ProjectedGeneratorImpl::forward(const torch::Tensor& zIn) {
  const int R = imageSize_;
  torch::Tensor z = zIn * torch::rsqrt(zIn.square().mean(1, true) + 1e-8);
  torch::Tensor f4 = init->forward(z);
  torch::Tensor f8 = feat_8->forward(f4);
  torch::Tensor f16 = feat_16->forward(f8);
  torch::Tensor f32 = feat_32->forward(f16);
  torch::Tensor last = se_64->forward(f4, feat_64->forward(f32));
  if (R >= 128) last = se_128->forward(f8, feat_128->forward(last));
  if (R >= 256) last = se_256->forward(f16, feat_256->forward(last));
  if (R >= 512) last = se_512->forward(f32, feat_512->forward(last));
  if (R >= 1024) last = feat_1024->forward(last);
  return to_big->forward(last);
}

}  // namespace fewshot::projected
