#include "core/models/common/ema.h"

namespace fewshot {

void updateEmaParameters(torch::nn::Module& ema, torch::nn::Module& source, double decay) {
  torch::NoGradGuard noGrad;
  const std::vector<torch::Tensor> src = source.parameters();
  std::vector<torch::Tensor> dst = ema.parameters();
  // Multi-tensor kernels on a GPU (a few launches instead of two per parameter); on the CPU the same
  // per-tensor arithmetic as before, so runs stay bit-exact.
  at::_foreach_mul_(dst, decay);
  at::_foreach_add_(dst, src, 1.0 - decay);
}

void copyBuffers(torch::nn::Module& from, torch::nn::Module& to) {
  torch::NoGradGuard noGrad;
  auto src = from.named_buffers();
  for (auto& dst : to.named_buffers()) dst.value().copy_(src[dst.key()]);
}

}  // namespace fewshot
