#include "core/models/projected/projected_discriminator.h"

#include "core/models/fastgan/fastgan_blocks.h"

namespace fewshot::projected {
namespace nn = torch::nn;

namespace {

fastgan::Block downBlock(int64_t in, int64_t out) {
  return fastgan::Block(SNConv2d(SNConvOptions(in, out, 4).stride(2).padding(1).bias(true)),
                        nn::BatchNorm2d(nn::BatchNorm2dOptions(out)),
                        nn::LeakyReLU(nn::LeakyReLUOptions().negative_slope(0.2)));
}

}  // namespace

MiniDiscriminatorImpl::MiniDiscriminatorImpl(int64_t inChannels, int startSize, const ProjectedConfig& config) {
  main = register_module("main", nn::Sequential());
  int64_t in = inChannels;
  int64_t out = in;
  for (int s = startSize; s > 8; s /= 2) {
    out = config.discriminatorChannels(s / 2);
    main->push_back(downBlock(in, out));
    in = out;
  }
  main->push_back(SNConv2d(SNConvOptions(in, 1, 4)));  // valid, no bias
}

ProjectedDiscriminatorImpl::ProjectedDiscriminatorImpl(const std::vector<int>& channels,
                                                       const ProjectedConfig& config) {
  static const int kStartSizes[4] = {128, 64, 32, 16};
  mini_discs = register_module("mini_discs", nn::ModuleList());
  for (int i = 0; i < 4; ++i) mini_discs->push_back(MiniDiscriminator(channels.at(i), kStartSizes[i], config));
}

torch::Tensor ProjectedDiscriminatorImpl::forward(const std::vector<torch::Tensor>& features) {
  std::vector<torch::Tensor> logits;
  for (size_t i = 0; i < mini_discs->size(); ++i) {
    torch::Tensor map = mini_discs[i]->as<MiniDiscriminator>()->forward(features.at(i));
    logits.push_back(map.reshape({map.size(0), -1}));
  }
  return torch::cat(logits, 1);
}

}  // namespace fewshot::projected
