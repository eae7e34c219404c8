// Adam that updates all parameters of a group with a few multi-tensor kernels instead of seven kernels per
// parameter: on a GPU the per-parameter launches of torch::optim::Adam cost more than the arithmetic
// (FastGAN's networks have a few hundred parameter tensors). Same state objects and keys as
// torch::optim::Adam, so checkpoints, loadAdamState and moveOptimizerState are unchanged.
//   Foreach: the _foreach_ ops, the same arithmetic as torch::optim::Adam::step in the same order (on the
//            CPU the results are bit-identical; tested).
//   Fused:   LibTorch 2.x's _fused_adam_ on CUDA (one kernel per group); other cases fall back to Foreach.
// AMSGrad and weight decay are not used by any family; a group with them takes torch::optim::Adam's step.
#pragma once
#include <torch/torch.h>

#include <memory>
#include <vector>

namespace fewshot {

class MultiTensorAdam : public torch::optim::Adam {
 public:
  enum class Kernel { Foreach, Fused };
  MultiTensorAdam(std::vector<torch::optim::OptimizerParamGroup> groups, torch::optim::AdamOptions defaults,
                  Kernel kernel = Kernel::Foreach);
  torch::Tensor step(LossClosure closure = nullptr) override;

 private:
  Kernel kernel_;
};

// The Adam for a training device: multi-tensor (fused where LibTorch has it) on CUDA, torch::optim::Adam on
// the CPU, where per-parameter kernels cost nothing extra and the reference results come from.
std::unique_ptr<torch::optim::Adam> makeAdam(std::vector<torch::optim::OptimizerParamGroup> groups,
                                             torch::optim::AdamOptions defaults, const torch::Device& device);

}  // namespace fewshot
