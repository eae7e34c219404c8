// FastGAN training (spec §5-§7): one D step (random-margin hinge + reconstruction) and one G step
// per iteration on DiffAugment-ed images, Adam, EMA of the generator parameters.
#pragma once
#include <torch/torch.h>

#include <memory>

#include "core/augment/ada_controller.h"
#include "core/augment/ada_pipeline.h"
#include "core/augment/diff_augment.h"
#include "core/models/fastgan/fastgan_discriminator.h"
#include "core/models/fastgan/fastgan_generator.h"
#include "core/models/fastgan/reconstruction_loss.h"
#include "core/train/batch_sampler.h"
#include "core/train/trainer.h"

namespace fewshot::fastgan {

class FastGanTrainer : public train::Trainer {
 public:
  FastGanTrainer(const train::TrainingConfig& config, const data::DatasetPack& pack, const torch::Device& device);

  std::map<std::string, double> step() override;
  int64_t iteration() const override { return iteration_; }
  torch::Tensor sampleImages() override;
  torch::Tensor generateImages(int64_t count, uint64_t seed) override;
  // The resolved reconstruction loss ("effnet-lpips" or "pixel-l1").
  std::string reconstructionLossName() const { return reconstruction_->name(); }
  double macsPerIteration() override;
  void save(torch::serialize::OutputArchive& archive) override;
  void load(torch::serialize::InputArchive& archive) override;
  std::vector<std::string> takeWarnings() override;
  // ADA's current p (0 when ADA is off).
  double augmentP() const { return controller_ ? controller_->p() : 0.0; }

  Generator& generator() { return generator_; }
  Generator& generatorEma() { return generatorEma_; }
  Discriminator& discriminator() { return discriminator_; }

 private:
  void updateEma();
  torch::Tensor augment(const torch::Tensor& x);

  train::TrainingConfig config_;
  torch::Device device_;
  RandomSourcePtr random_;
  train::BatchSampler sampler_;
  Generator generator_{nullptr}, generatorEma_{nullptr};
  Discriminator discriminator_{nullptr};
  std::unique_ptr<torch::optim::Adam> optG_, optD_;
  std::unique_ptr<ReconstructionLoss> reconstruction_;
  DiffAugmentPolicy policy_;
  std::unique_ptr<AdaPipeline> ada_;
  std::unique_ptr<AdaController> controller_;
  std::vector<std::string> warnings_;
  torch::Tensor fixedLatents_;
  int64_t iteration_ = 0;
};

}  // namespace fewshot::fastgan
