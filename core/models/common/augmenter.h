// The augmentation of D's inputs shared by the adversarial trainers: DiffAugment, or ADA's pipeline with
// its p controller (adaptive or fixed p), built from the run's config. The controller's state is part of
// checkpoints (section "ada").
#pragma once
#include <torch/torch.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/augment/ada_controller.h"
#include "core/augment/ada_pipeline.h"
#include "core/augment/diff_augment.h"
#include "core/config/training_config.h"
#include "core/models/common/random_source.h"

namespace fewshot {

class Augmenter {
 public:
  // `cutoutRatio` > 0 replaces DiffAugment's cutout size (Projected GAN's copy uses 0.2, FastGAN's 0.5).
  explicit Augmenter(const train::TrainingConfig& config, double cutoutRatio = 0);

  torch::Tensor apply(const torch::Tensor& images, RandomSource& random);
  // ADA draws fresh parameters for every D evaluation; DiffAugment-ed images may be reused.
  bool usesAda() const { return ada_ != nullptr; }
  // D's logits on augmented reals, for ADA's r_t (no-op without ADA).
  void accumulate(const torch::Tensor& realLogits);
  // After each iteration: adjusts p and reports ada_p / ada_rt and the leak warning (no-op without ADA).
  void report(int batchSize, int64_t iteration, std::map<std::string, double>& values,
              std::vector<std::string>& warnings);
  double p() const;  // 0 without ADA
  // Data-parallel runs: ADA's sign statistics summed over the ranks (see AdaController::setSignReducer).
  void setSignReducer(std::function<void(double& sum, double& count)> reducer);

  void save(torch::serialize::OutputArchive& archive) const;
  void load(torch::serialize::InputArchive& archive);

 private:
  DiffAugmentPolicy policy_;
  std::unique_ptr<AdaPipeline> ada_;
  std::unique_ptr<AdaController> controller_;
};

}  // namespace fewshot
