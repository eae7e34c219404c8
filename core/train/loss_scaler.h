// Dynamic loss scaling for fp16 training, as torch.cuda.amp.GradScaler does it: a loss is multiplied by
// the scale before backward, so that small gradients survive fp16; before an optimizer step the gradients
// are divided by it again, and a step whose gradients overflowed is skipped and the scale halved. After
// 2000 clean iterations the scale doubles. Disabled (fp32, bf16), it changes nothing and checks nothing.
#pragma once
#include <torch/torch.h>

namespace fewshot::train {

class LossScaler {
 public:
  explicit LossScaler(bool enabled = false) : enabled_(enabled) {}
  bool enabled() const { return enabled_; }

  torch::Tensor scale(const torch::Tensor& loss) const { return enabled_ ? loss * scale_ : loss; }
  // Divides the gradients of `optimizer`'s parameters by the scale; false when one of them is inf or NaN
  // (the caller then skips that optimizer's step). Always true when disabled.
  bool unscale(torch::optim::Optimizer& optimizer);
  // Once per iteration, after the optimizer steps: halves the scale after an overflow, doubles it after
  // 2000 iterations without one.
  void update();

  double value() const { return scale_; }
  // Checkpoints: the scale and the clean-iteration count (absent in runs without fp16).
  void save(torch::serialize::OutputArchive& archive) const;
  void load(torch::serialize::InputArchive& archive);

 private:
  bool enabled_;
  double scale_ = 65536.0;
  int64_t cleanIterations_ = 0;
  bool overflowed_ = false;
};

}  // namespace fewshot::train
