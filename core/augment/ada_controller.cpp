#include "core/augment/ada_controller.h"

#include "core/train/step_profile.h"

#include <algorithm>
#include <cmath>

namespace fewshot {

namespace {
// Largest double below 1: the issue asks for p in [0, 1).
const double kMaxP = std::nextafter(1.0, 0.0);
}  // namespace

AdaController::AdaController(AdaControllerOptions options) : options_(options), p_(options.initialP) {}

void AdaController::accumulate(const torch::Tensor& realLogits) {
  torch::Tensor logits = realLogits.detach();
  // Summed where the logits are; read (a host synchronisation on a GPU) only when p is adjusted or saved.
  const torch::Tensor signs = torch::sign(logits).sum().to(torch::kFloat64);
  pendingSigns_ = pendingSigns_.defined() ? pendingSigns_ + signs : signs;
  signCount_ += static_cast<double>(logits.numel());
}

void AdaController::foldPendingSigns() const {
  if (!pendingSigns_.defined()) return;
  train::StepPhaseTimer timer(train::StepPhase::Synchronisation, pendingSigns_.device());
  signSum_ += pendingSigns_.item<double>();
  pendingSigns_ = torch::Tensor();
}

double AdaController::pendingRt() const {
  foldPendingSigns();
  return signCount_ > 0 ? signSum_ / signCount_ : 0.0;
}

bool AdaController::step(int batchSize) {
  ++minibatches_;
  if (!options_.adaptive || minibatches_ % options_.interval != 0) return false;
  foldPendingSigns();
  if (reduceSigns_) reduceSigns_(signSum_, signCount_);  // on every rank at the same minibatch
  if (signCount_ == 0) return false;
  lastRt_ = pendingRt();
  const double error = lastRt_ - options_.target;
  const double sign = error > 0 ? 1.0 : (error < 0 ? -1.0 : 0.0);
  p_ += sign * batchSize * options_.interval / (options_.adaKimg * 1000.0);
  p_ = std::clamp(p_, 0.0, kMaxP);
  signSum_ = signCount_ = 0;
  return true;
}

void AdaController::stepAndReport(int batchSize, int64_t iteration, std::map<std::string, double>& values,
                                  std::vector<std::string>& warnings) {
  const double before = p_;
  if (step(batchSize)) values["ada_rt"] = lastRt_;
  values["ada_p"] = p_;
  if (before < 0.8 && p_ >= 0.8)
    warnings.push_back("ADA p passed 0.8 at iteration " + std::to_string(iteration) +
                       ": augmentations may start to leak into generated images");
}

void AdaController::save(torch::serialize::OutputArchive& archive) const {
  foldPendingSigns();
  archive.write("ada_p", c10::IValue(p_));
  archive.write("ada_sign_sum", c10::IValue(signSum_));
  archive.write("ada_sign_count", c10::IValue(signCount_));
  archive.write("ada_last_rt", c10::IValue(lastRt_));
  archive.write("ada_minibatches", c10::IValue(minibatches_));
}

void AdaController::load(torch::serialize::InputArchive& archive) {
  c10::IValue v;
  archive.read("ada_p", v);
  p_ = v.toDouble();
  archive.read("ada_sign_sum", v);
  signSum_ = v.toDouble();
  pendingSigns_ = torch::Tensor();
  archive.read("ada_sign_count", v);
  signCount_ = v.toDouble();
  archive.read("ada_last_rt", v);
  lastRt_ = v.toDouble();
  archive.read("ada_minibatches", v);
  minibatches_ = v.toInt();
}

}  // namespace fewshot
