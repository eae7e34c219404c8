// The ADA p controller (spec §9): r_t = mean sign of D's logits on augmented reals since the last
// adjustment; every `interval` minibatches p += sign(r_t - target) * batch * interval / (kimg * 1000),
// kept in [0, 1). A fixed-p mode never adjusts. State is saved in checkpoints so resume keeps p.
#pragma once
#include <torch/torch.h>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace fewshot {

struct AdaControllerOptions {
  double target = 0.6;
  int interval = 4;      // minibatches between adjustments
  double adaKimg = 500;  // thousands of real images for p to move by 1
  bool adaptive = true;  // false: fixed p
  double initialP = 0.0;
};

class AdaController {
 public:
  explicit AdaController(AdaControllerOptions options);

  // Call once per D step with the logits D gave the augmented reals.
  void accumulate(const torch::Tensor& realLogits);
  // Call after each minibatch; adjusts p every `interval` calls. Returns true when it adjusted.
  bool step(int batchSize);
  // step() for a trainer: reports `ada_p` (and `ada_rt` when p was adjusted) into `values`, and a
  // warning when p first passes 0.8 (augmentations may then leak into the generated images).
  void stepAndReport(int batchSize, int64_t iteration, std::map<std::string, double>& values,
                     std::vector<std::string>& warnings);

  // Data-parallel runs: sums the sign statistics over the ranks before each adjustment, so that every rank
  // moves p alike (and by the global batch, which the caller then passes to step()).
  void setSignReducer(std::function<void(double& sum, double& count)> reducer) { reduceSigns_ = std::move(reducer); }

  double p() const { return p_; }
  double lastRt() const { return lastRt_; }  // r_t of the last adjustment
  double pendingRt() const;                  // r_t of the signs accumulated so far
  const AdaControllerOptions& options() const { return options_; }

  void save(torch::serialize::OutputArchive& archive) const;
  void load(torch::serialize::InputArchive& archive);

 private:
  AdaControllerOptions options_;
  // Moves the signs summed on the device into signSum_ (one host read).
  void foldPendingSigns() const;

  double p_;
  mutable double signSum_ = 0;
  double signCount_ = 0;
  mutable torch::Tensor pendingSigns_;  // float64 on the logits' device; undefined when nothing is pending
  double lastRt_ = 0;
  int64_t minibatches_ = 0;
  std::function<void(double&, double&)> reduceSigns_;
};

}  // namespace fewshot
