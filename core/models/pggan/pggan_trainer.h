// PGGAN training (spec §6-§7): WGAN-GP + drift, one D and one G step per iteration, progressive
// growing from 4 px driven by the number of real images shown, fades in G, D and the reals, Adam
// reset at every lod boundary, EMA generator. DiffAugment / ADA are applied to D's inputs exactly
// as in FastGAN (after the fade).
#pragma once
#include <torch/torch.h>

#include <memory>

#include "core/augment/ada_controller.h"
#include "core/augment/ada_pipeline.h"
#include "core/augment/diff_augment.h"
#include "core/models/pggan/pggan_discriminator.h"
#include "core/models/pggan/pggan_generator.h"
#include "core/models/pggan/pggan_schedule.h"
#include "core/train/batch_sampler.h"
#include "core/train/trainer.h"

namespace fewshot::pggan {

class PgganTrainer : public train::Trainer {
 public:
  PgganTrainer(const train::TrainingConfig& config, const data::DatasetPack& pack, const torch::Device& device);

  std::map<std::string, double> step() override;
  int64_t iteration() const override { return iteration_; }
  // EMA generator at the current resolution and alpha, nearest-upscaled to the final size.
  torch::Tensor sampleImages() override;
  torch::Tensor generateImages(int64_t count, uint64_t seed) override;
  double macsPerIteration() override;
  void save(torch::serialize::OutputArchive& archive) override;
  void load(torch::serialize::InputArchive& archive) override;
  std::vector<std::string> takeWarnings() override;

  // The phase the next step will train in.
  PhaseState phase() const;
  int64_t imagesShown() const { return imagesShown_; }

  Generator& generator() { return generator_; }
  Generator& generatorEma() { return generatorEma_; }
  Discriminator& discriminator() { return discriminator_; }

 private:
  void resetOptimizers();
  void updateEma();
  torch::Tensor augment(const torch::Tensor& x);
  torch::Tensor realsAt(const PhaseState& s);

  train::TrainingConfig config_;
  torch::Device device_;
  RandomSourcePtr random_;
  train::BatchSampler sampler_;
  Generator generator_{nullptr}, generatorEma_{nullptr};
  Discriminator discriminator_{nullptr};
  std::unique_ptr<torch::optim::Adam> optG_, optD_;
  DiffAugmentPolicy policy_;
  std::unique_ptr<AdaPipeline> ada_;
  std::unique_ptr<AdaController> controller_;
  std::vector<std::string> warnings_;
  torch::Tensor fixedLatents_;
  int64_t iteration_ = 0;
  int64_t imagesShown_ = 0;
  int optimizerLodFloor_ = -1, optimizerLodCeil_ = -1;  // the lod span Adam's state belongs to
};

}  // namespace fewshot::pggan
