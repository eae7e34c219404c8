#include "core/models/consingan/consingan_discriminator.h"

namespace fewshot::consingan {

DiscriminatorImpl::DiscriminatorImpl(const ConSinGanConfig& config) {
  // D never uses batch normalisation (spec §4).
  head = register_module("head", ConvBlock(3, config.nfc, config.leakySlope, false));
  body = register_module("body", torch::nn::Sequential());
  for (int i = 0; i < config.numLayer; ++i)
    body->push_back(ConvBlock(config.nfc, config.nfc, config.leakySlope, false));
  tail = register_module("tail", torch::nn::Conv2d(torch::nn::Conv2dOptions(config.nfc, 1, 3)));
}

torch::Tensor DiscriminatorImpl::forward(const torch::Tensor& x) {
  return tail->forward(body->forward(head->forward(x)));
}

}  // namespace fewshot::consingan
