// PGGAN training (spec §6-§7): WGAN-GP + drift, one D and one G step per iteration, progressive
// growing from 4 px driven by the number of real images shown, fades in G, D and the reals, Adam
// reset at every lod boundary, EMA generator, optional per-resolution minibatch sizes and learning-rate
// multipliers (the official schedule's dicts). The reals are mirrored (the batch sampler's x-flip, as the
// official mirror_augment); DiffAugment / ADA, when chosen, are applied to D's inputs as in FastGAN.
#pragma once
#include <torch/torch.h>

#include "core/models/common/adversarial_trainer.h"
#include "core/models/pggan/pggan_discriminator.h"
#include "core/models/pggan/pggan_generator.h"
#include "core/models/pggan/pggan_schedule.h"

namespace fewshot::pggan {

class PgganTrainer : public AdversarialTrainer {
 public:
  PgganTrainer(const train::TrainingConfig& config, const data::DatasetPack& pack, const torch::Device& device);

  train::StepValues trainStep() override;
  double macsPerIteration() override;
  // Also checks that every resolution's minibatch can be shared by the ranks, before training starts.
  void joinDataParallel(std::shared_ptr<distributed::DataParallel> group) override;

  // The phase the next step will train in.
  PhaseState phase() const;
  // The minibatch of the current resolution (the one the next step takes; they differ only at a switch).
  int batchImages() const override { return batchAt(phase()); }
  int64_t imagesShown() const { return imagesShown_; }

  Generator& generator() { return generator_; }
  Generator& generatorEma() { return generatorEma_; }
  Discriminator& discriminator() { return discriminator_; }

 protected:
  // G_ema at the current resolution and alpha, nearest-upscaled to the final size.
  torch::Tensor renderBatch(const torch::Tensor& latents) override;
  void saveExtra(torch::serialize::OutputArchive& archive) override;
  void loadExtraState(torch::serialize::InputArchive& archive) override;

 private:
  void updateEma();
  // The minibatch of the phase: the per-resolution size of the config, else the run's batch.
  int batchAt(const PhaseState& s) const;
  torch::Tensor realsAt(const PhaseState& s);

  Generator generator_{nullptr}, generatorEma_{nullptr};
  Discriminator discriminator_{nullptr};
  int64_t imagesShown_ = 0;
  int optimizerLodFloor_ = -1, optimizerLodCeil_ = -1;  // the lod span Adam's state belongs to
};

}  // namespace fewshot::pggan
