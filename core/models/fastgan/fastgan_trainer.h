// FastGAN training (spec §5-§7): one D step (random-margin hinge + reconstruction) and one G step
// per iteration on DiffAugment-ed images, Adam, EMA of the generator parameters.
#pragma once
#include <torch/torch.h>

#include <memory>

#include "core/models/common/adversarial_trainer.h"
#include "core/models/fastgan/fastgan_discriminator.h"
#include "core/models/fastgan/fastgan_generator.h"
#include "core/models/fastgan/reconstruction_loss.h"

namespace fewshot::fastgan {

class FastGanTrainer : public AdversarialTrainer {
 public:
  FastGanTrainer(const train::TrainingConfig& config, const data::DatasetPack& pack, const torch::Device& device);

  train::StepValues trainStep() override;
  // The resolved reconstruction loss ("effnet-calibrated", "effnet-lpips" or "pixel-l1").
  std::string reconstructionLossName() const { return reconstruction_->name(); }
  // Its per-tap calibration (effnet-calibrated), undefined otherwise.
  torch::Tensor reconstructionCalibration() const { return reconstruction_->calibration(); }
  double macsPerIteration() override;

  Generator& generator() { return generator_; }
  Generator& generatorEma() { return generatorEma_; }
  Discriminator& discriminator() { return discriminator_; }

 protected:
  void beginRendering(uint64_t noiseSeed) override;
  torch::Tensor renderBatch(const torch::Tensor& latents) override;
  void endRendering() override;
  void syncEmaBuffers() override;
  void saveExtra(torch::serialize::OutputArchive& archive) override;
  void loadExtraState(torch::serialize::InputArchive& archive) override;

 private:
  void updateEma();

  Generator generator_{nullptr}, generatorEma_{nullptr};
  Discriminator discriminator_{nullptr};
  std::unique_ptr<ReconstructionLoss> reconstruction_;
};

}  // namespace fewshot::fastgan
