#include "core/models/common/ema.h"

namespace fewshot {

void updateEmaParameters(torch::nn::Module& ema, torch::nn::Module& source, double decay) {
  torch::NoGradGuard noGrad;
  auto src = source.parameters();
  auto dst = ema.parameters();
  for (size_t i = 0; i < src.size(); ++i) dst[i].mul_(decay).add_(src[i], 1.0 - decay);
}

void copyBuffers(torch::nn::Module& from, torch::nn::Module& to) {
  torch::NoGradGuard noGrad;
  auto src = from.named_buffers();
  for (auto& dst : to.named_buffers()) dst.value().copy_(src[dst.key()]);
}

}  // namespace fewshot
