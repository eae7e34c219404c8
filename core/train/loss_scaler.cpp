#include "core/train/loss_scaler.h"

#include "core/train/step_profile.h"

namespace fewshot::train {
namespace {
constexpr int64_t kGrowthInterval = 2000;
}

bool LossScaler::unscale(torch::optim::Optimizer& optimizer) {
  if (!enabled_) return true;
  torch::NoGradGuard noGrad;
  torch::Tensor bad;
  for (auto& group : optimizer.param_groups())
    for (auto& p : group.params()) {
      if (!p.grad().defined()) continue;
      torch::Tensor g = p.mutable_grad();
      g.mul_(1.0 / scale_);
      torch::Tensor nonFinite = g.isfinite().logical_not().any();
      bad = bad.defined() ? bad.logical_or(nonFinite) : nonFinite;
    }
  bool finite = true;
  if (bad.defined()) {
    StepPhaseTimer timer(StepPhase::Synchronisation, bad.device());
    finite = !bad.item<bool>();  // the one host synchronisation fp16 needs
  }
  if (!finite) overflowed_ = true;
  return finite;
}

void LossScaler::update() {
  if (!enabled_) return;
  if (overflowed_) {
    scale_ = std::max(1.0, scale_ * 0.5);
    cleanIterations_ = 0;
  } else if (++cleanIterations_ >= kGrowthInterval) {
    scale_ *= 2.0;
    cleanIterations_ = 0;
  }
  overflowed_ = false;
}

void LossScaler::save(torch::serialize::OutputArchive& archive) const {
  if (!enabled_) return;
  archive.write("loss_scale", c10::IValue(scale_));
  archive.write("loss_scale_clean_iterations", c10::IValue(cleanIterations_));
}

void LossScaler::load(torch::serialize::InputArchive& archive) {
  if (!enabled_) return;
  c10::IValue value;
  if (archive.try_read("loss_scale", value)) scale_ = value.toDouble();
  if (archive.try_read("loss_scale_clean_iterations", value)) cleanIterations_ = value.toInt();
}

}  // namespace fewshot::train
