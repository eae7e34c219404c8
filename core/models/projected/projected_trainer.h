// Projected GAN training (spec §5, §7): per iteration a G step (fresh z) then a D step (fresh z, same
// real batch); hinge loss on the concatenated logits of four mini-discriminators that look at frozen
// EfficientNet-Lite0 features through fixed random projections; DiffAugment (or ADA) inside D.
#pragma once
#include <torch/torch.h>

#include <memory>

#include "core/augment/ada_controller.h"
#include "core/augment/ada_pipeline.h"
#include "core/augment/diff_augment.h"
#include "core/models/projected/projected_discriminator.h"
#include "core/models/projected/projected_generator.h"
#include "core/models/projected/projector.h"
#include "core/train/batch_sampler.h"
#include "core/train/trainer.h"

namespace fewshot::projected {

// The frozen feature network for `config`: the pretrained EfficientNet-Lite0, or a random one when
// config.randomFeatures. Throws std::runtime_error naming the missing file and the command to get it.
features::EfficientNetLite0 createFeatureNetwork(const ProjectedConfig& config);

class ProjectedGanTrainer : public train::Trainer {
 public:
  ProjectedGanTrainer(const train::TrainingConfig& config, const data::DatasetPack& pack, const torch::Device& device);

  std::map<std::string, double> step() override;
  int64_t iteration() const override { return iteration_; }
  torch::Tensor sampleImages() override;
  torch::Tensor generateImages(int64_t count, uint64_t seed) override;
  double macsPerIteration() override;
  void save(torch::serialize::OutputArchive& archive) override;
  void load(torch::serialize::InputArchive& archive) override;
  std::vector<std::string> takeWarnings() override;

  // D(x): augmentation, frozen projection, mini-discriminators -> (B, N) logits.
  torch::Tensor discriminate(const torch::Tensor& images);

  ProjectedGenerator& generator() { return generator_; }
  ProjectedGenerator& generatorEma() { return generatorEma_; }
  ProjectedDiscriminator& discriminator() { return discriminator_; }
  Projector& projector() { return projector_; }

 private:
  void updateEma();
  torch::Tensor augment(const torch::Tensor& x);

  train::TrainingConfig config_;
  torch::Device device_;
  RandomSourcePtr random_;
  train::BatchSampler sampler_;
  ProjectedGenerator generator_{nullptr}, generatorEma_{nullptr};
  Projector projector_{nullptr};
  ProjectedDiscriminator discriminator_{nullptr};
  std::unique_ptr<torch::optim::Adam> optG_, optD_;
  DiffAugmentPolicy policy_;
  std::unique_ptr<AdaPipeline> ada_;
  std::unique_ptr<AdaController> controller_;
  std::vector<std::string> warnings_;
  torch::Tensor fixedLatents_;
  int64_t iteration_ = 0;
};

}  // namespace fewshot::projected
