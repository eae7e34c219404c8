#include "core/models/common/optimizer_device.h"

#include <stdexcept>

namespace fewshot {

namespace {

torch::Tensor moved(const torch::Tensor& t, const torch::Device& device) {
  return t.defined() ? t.to(device) : t;
}

template <typename AdamState>
bool moveAdamState(torch::optim::OptimizerParamState& state, const torch::Device& device) {
  auto* adam = dynamic_cast<AdamState*>(&state);
  if (!adam) return false;
  adam->exp_avg(moved(adam->exp_avg(), device));
  adam->exp_avg_sq(moved(adam->exp_avg_sq(), device));
  adam->max_exp_avg_sq(moved(adam->max_exp_avg_sq(), device));
  return true;
}

}  // namespace

void moveOptimizerState(torch::optim::Optimizer& optimizer, const torch::Device& device) {
  // The state map's key type differs between LibTorch 1.13 (string) and 2.x (pointer); only values are used.
  for (auto& entry : optimizer.state()) {
    torch::optim::OptimizerParamState& state = *entry.second;
    if (moveAdamState<torch::optim::AdamParamState>(state, device)) continue;
    if (moveAdamState<torch::optim::AdamWParamState>(state, device)) continue;
    if (auto* sgd = dynamic_cast<torch::optim::SGDParamState*>(&state)) {
      sgd->momentum_buffer(moved(sgd->momentum_buffer(), device));
      continue;
    }
    throw std::logic_error("moveOptimizerState: this optimizer's state type is not supported");
  }
}

}  // namespace fewshot
