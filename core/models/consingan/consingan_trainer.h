// ConSinGAN training (spec §5): stages 0..N strictly in sequence, iterations counted across all stages
// (stage = iteration / itersPerStage). Each stage grows G by a copy of its last body stage, draws the
// fixed reconstruction noise, sets the stage's noise amplitude from the reconstruction RMSE and resets
// both Adam optimizers; the newest trainDepth stages train with LRs scaled by lrScale per step down.
// One iteration: dSteps WGAN-GP updates of D, then one G gradient applied gSteps times.
// The full state (stages built, G, D, fixed noise, amplitudes, optimizers, RNG) is checkpointed, so a
// run resumes exactly in the middle of a stage.
#pragma once
#include <torch/torch.h>

#include <memory>
#include <vector>

#include "core/models/common/random_source.h"
#include "core/models/consingan/consingan_discriminator.h"
#include "core/models/consingan/consingan_generator.h"
#include "core/models/consingan/image_pyramid.h"
#include "core/train/loss_scaler.h"
#include "core/train/mixed_precision.h"
#include "core/train/trainer.h"

namespace fewshot::consingan {

class ConSinGanTrainer : public train::Trainer {
 public:
  ConSinGanTrainer(const train::TrainingConfig& config, const data::DatasetPack& pack, const torch::Device& device);

  // Values: loss_d_real, loss_d_fake, loss_gp, loss_g_adv, loss_rec (MSE of the reconstruction),
  // stage (1-based), stage_count, stage_iteration (1-based within the stage), noise_amp.
  std::map<std::string, double> step() override;
  int64_t iteration() const override { return iteration_; }
  // The reconstruction followed by random samples at the current stage's size.
  torch::Tensor sampleImages() override;
  double macsPerIteration() override;
  // One image, one sample per step: there is no batch to split over processes.
  void joinDataParallel(std::shared_ptr<distributed::DataParallel> group) override;
  void save(torch::serialize::OutputArchive& archive) override;
  void load(torch::serialize::InputArchive& archive) override;
  // True right after the last iteration of a stage: the session then checkpoints and writes samples.
  bool atStageEnd() const;
  bool phaseFinished() const override { return atStageEnd(); }

  const ConSinGanConfig& config() const { return config_; }
  int stagesBuilt() const { return builtStage_ + 1; }
  const std::vector<StageShape>& shapes() const { return shapes_; }
  const std::vector<torch::Tensor>& reals() const { return reals_; }
  const std::vector<torch::Tensor>& reconstructionNoise() const { return zRec_; }
  const std::vector<double>& amplitudes() const { return amps_; }
  GrowingGenerator& generator() { return generator_; }
  Discriminator& discriminator() { return discriminator_; }
  const torch::Device& device() const { return device_; }
  // G(fixed reconstruction noise) at the newest built stage, (1,3,H,W).
  torch::Tensor reconstruct();
  // Random inputs for stages 0..k at `shapes` (spec §6), drawn from `random`.
  std::vector<torch::Tensor> randomNoise(int k, const std::vector<StageShape>& shapes, RandomSource& random);

  // Fine-tuning on one naive image (spec §8.3): trains only the final stage, with `naiveCoarsest`
  // (1,3,H0,W0) as the stage-0 input (+ fresh 0.1·N(0,1) per iteration in editing mode). Requires a fully
  // trained model; returns the losses of the iteration.
  void beginFineTune(const torch::Tensor& naiveCoarsest);
  std::map<std::string, double> fineTuneStep();

 private:
  void setupStage(int n);
  void freezeAndBuildOptimizers(int n);
  torch::Tensor trainingStage0Input(int n);
  std::map<std::string, double> trainIteration(int n, int64_t stageIteration, const std::vector<torch::Tensor>& noise);

  train::TrainingConfig trainingConfig_;
  ConSinGanConfig config_;
  torch::Device device_;
  // Autocast around each iteration (no channels_last: the stages are a few dozen pixels and 32 channels).
  train::Precision precision_;
  train::LossScaler lossScaler_;
  RandomSourcePtr random_;
  std::vector<StageShape> shapes_;
  std::vector<torch::Tensor> reals_;
  GrowingGenerator generator_{nullptr};
  Discriminator discriminator_{nullptr};
  std::unique_ptr<torch::optim::Adam> optG_, optD_;
  std::vector<double> baseLrG_;  // per G param group, before the 80 % decay
  std::vector<torch::Tensor> zRec_;
  std::vector<double> amps_;
  int builtStage_ = -1;
  int64_t iteration_ = 0;
  torch::Tensor fineTuneInput_;
  int64_t fineTuneIteration_ = 0;
};

}  // namespace fewshot::consingan
