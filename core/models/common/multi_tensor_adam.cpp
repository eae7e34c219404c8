#include "core/models/common/multi_tensor_adam.h"

#include <torch/version.h>

#include <cmath>
#include <map>

#include "core/models/common/optimizer_state_key.h"

namespace fewshot {
namespace {

// Parameters of one group that share a step count (a parameter without gradients at some iterations,
// such as a PGGAN block not yet in use, has fewer steps than the others).
struct Bucket {
  std::vector<torch::Tensor> params, grads, expAvgs, expAvgSqs;
};

void foreachUpdate(Bucket& b, const torch::optim::AdamOptions& o, int64_t step) {
  const double beta1 = std::get<0>(o.betas()), beta2 = std::get<1>(o.betas());
  const double biasCorrection1 = 1 - std::pow(beta1, step);
  const double biasCorrection2 = 1 - std::pow(beta2, step);
  at::_foreach_mul_(b.expAvgs, beta1);
  at::_foreach_add_(b.expAvgs, b.grads, 1 - beta1);
  at::_foreach_mul_(b.expAvgSqs, beta2);
  at::_foreach_addcmul_(b.expAvgSqs, b.grads, b.grads, 1 - beta2);
  std::vector<torch::Tensor> denom = at::_foreach_sqrt(b.expAvgSqs);
  at::_foreach_div_(denom, std::sqrt(biasCorrection2));
  at::_foreach_add_(denom, o.eps());
  at::_foreach_addcdiv_(b.params, b.expAvgs, denom, -o.lr() / biasCorrection1);
}

#if TORCH_VERSION_MAJOR >= 2
void fusedUpdate(Bucket& b, const torch::optim::AdamOptions& o, int64_t step) {
  // The kernel reads each parameter's step count from a tensor on the device; one serves the bucket.
  const torch::Tensor steps = torch::full({}, static_cast<double>(step), b.params[0].options());
  const std::vector<torch::Tensor> stepList(b.params.size(), steps);
  at::_fused_adam_(b.params, b.grads, b.expAvgs, b.expAvgSqs, {}, stepList, o.lr(), std::get<0>(o.betas()),
                   std::get<1>(o.betas()), /*weight_decay=*/0.0, o.eps(), /*amsgrad=*/false, /*maximize=*/false);
}
#endif

}  // namespace

MultiTensorAdam::MultiTensorAdam(std::vector<torch::optim::OptimizerParamGroup> groups,
                                 torch::optim::AdamOptions defaults, Kernel kernel)
    : torch::optim::Adam(std::move(groups), std::move(defaults)), kernel_(kernel) {}

torch::Tensor MultiTensorAdam::step(LossClosure closure) {
  for (auto& group : param_groups())
    if (static_cast<torch::optim::AdamOptions&>(group.options()).amsgrad() ||
        static_cast<torch::optim::AdamOptions&>(group.options()).weight_decay() != 0)
      return torch::optim::Adam::step(std::move(closure));
  torch::NoGradGuard noGrad;
  torch::Tensor loss;
  if (closure) {
    at::AutoGradMode enableGrad(true);
    loss = closure();
  }
  auto& states = state();
  using StateMap = std::remove_reference_t<decltype(states)>;
  for (auto& group : param_groups()) {
    const auto& options = static_cast<const torch::optim::AdamOptions&>(group.options());
    std::map<int64_t, Bucket> buckets;
    for (auto& p : group.params()) {
      if (!p.grad().defined()) continue;
      TORCH_CHECK(!p.grad().is_sparse(), "Adam does not support sparse gradients");
      auto key = optimizerStateKey<StateMap>(p);
      auto found = states.find(key);
      if (found == states.end()) {
        auto fresh = std::make_unique<torch::optim::AdamParamState>();
        fresh->step(0);
        fresh->exp_avg(torch::zeros_like(p, torch::MemoryFormat::Preserve));
        fresh->exp_avg_sq(torch::zeros_like(p, torch::MemoryFormat::Preserve));
        found = states.emplace(key, std::move(fresh)).first;
      }
      auto& s = static_cast<torch::optim::AdamParamState&>(*found->second);
      s.step(s.step() + 1);
      Bucket& b = buckets[s.step()];
      b.params.push_back(p);
      b.grads.push_back(p.grad());
      b.expAvgs.push_back(s.exp_avg());
      b.expAvgSqs.push_back(s.exp_avg_sq());
    }
    for (auto& [step, bucket] : buckets) {
#if TORCH_VERSION_MAJOR >= 2
      if (kernel_ == Kernel::Fused && bucket.params[0].is_cuda()) {
        fusedUpdate(bucket, options, step);
        continue;
      }
#endif
      foreachUpdate(bucket, options, step);
    }
  }
  return loss;
}

std::unique_ptr<torch::optim::Adam> makeAdam(std::vector<torch::optim::OptimizerParamGroup> groups,
                                             torch::optim::AdamOptions defaults, const torch::Device& device) {
  if (!device.is_cuda()) return std::make_unique<torch::optim::Adam>(std::move(groups), std::move(defaults));
  return std::make_unique<MultiTensorAdam>(std::move(groups), std::move(defaults), MultiTensorAdam::Kernel::Fused);
}

}  // namespace fewshot
