// Projected GAN training (spec §5, §7): per iteration a G step (fresh z) then a D step (fresh z, same
// real batch); hinge loss on the concatenated logits of four mini-discriminators that look at frozen
// EfficientNet-Lite0 features through fixed random projections; DiffAugment (or ADA) inside D.
#pragma once
#include <torch/torch.h>

#include "core/features/efficientnet_lite0.h"
#include "core/models/common/adversarial_trainer.h"
#include "core/models/projected/projected_discriminator.h"
#include "core/models/projected/projected_generator.h"
#include "core/models/projected/projector.h"

namespace fewshot::projected {

// The frozen feature network for `config`: the pretrained EfficientNet-Lite0, or a random one when
// config.randomFeatures. Throws std::runtime_error naming the missing file and the command to get it.
features::EfficientNetLite0 createFeatureNetwork(const ProjectedConfig& config);

class ProjectedGanTrainer : public AdversarialTrainer {
 public:
  ProjectedGanTrainer(const train::TrainingConfig& config, const data::DatasetPack& pack, const torch::Device& device);

  train::StepValues trainStep() override;
  double macsPerIteration() override;

  // D(x): augmentation, frozen projection, mini-discriminators -> (B, N) logits.
  torch::Tensor discriminate(const torch::Tensor& images);

  ProjectedGenerator& generator() { return generator_; }
  ProjectedGenerator& generatorEma() { return generatorEma_; }
  ProjectedDiscriminator& discriminator() { return discriminator_; }
  Projector& projector() { return projector_; }

 protected:
  // G_ema in eval mode (BN running statistics), fixed noise: comparable grids (spec §8).
  void beginRendering(uint64_t noiseSeed) override;
  torch::Tensor renderBatch(const torch::Tensor& latents) override;
  void endRendering() override;
  void syncEmaBuffers() override;
  // The random projections (and a random backbone) cannot be re-created from a seed elsewhere.
  void saveExtra(torch::serialize::OutputArchive& archive) override;
  void loadExtraModels(torch::serialize::InputArchive& archive) override;

 private:
  void updateEma();

  ProjectedGenerator generator_{nullptr}, generatorEma_{nullptr};
  Projector projector_{nullptr};
  ProjectedDiscriminator discriminator_{nullptr};
};

}  // namespace fewshot::projected
