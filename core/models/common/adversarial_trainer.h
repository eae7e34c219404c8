// What the GAN trainers with a G / G_ema / D triple share (FastGAN, Projected GAN, PGGAN): the run's random
// source and batch sampler, D's augmentation, the Adam pair, the fixed sample latents, chunked
// generation, and save/load of the common checkpoint sections (generator, generator_ema, discriminator,
// optimizer_g, optimizer_d, random_state, sampler_state, iteration, ada). A family adds its step, its
// rendering and its own extra sections.
#pragma once
#include <torch/torch.h>

#include <memory>
#include <string>
#include <vector>

#include "core/models/common/augmenter.h"
#include "core/models/common/random_source.h"
#include "core/train/batch_sampler.h"
#include "core/train/loss_scaler.h"
#include "core/train/mixed_precision.h"
#include "core/train/trainer.h"

namespace fewshot {

class AdversarialTrainer : public train::Trainer {
 public:
  // The family's trainStep(); in a data-parallel run, then rank 0's BatchNorm statistics (and other
  // buffers) on every rank, as DistributedDataParallel's broadcast_buffers does.
  std::map<std::string, double> step() final;
  // The same step, its losses not yet read back (see train::StepValues).
  train::StepValues stepDeferred() final;
  int64_t iteration() const override { return iteration_; }
  int batchImages() const override { return config_.batchSize; }
  std::vector<std::string> takeWarnings() override;
  // The fixed-seed grid, one batch (B,3,H,W) on the CPU.
  torch::Tensor sampleImages() override;
  // `count` images from latents drawn from `seed`, rendered in batches of the training batch size.
  torch::Tensor generateImages(int64_t count, uint64_t seed) override;
  void save(torch::serialize::OutputArchive& archive) override;
  void load(torch::serialize::InputArchive& archive) override;
  // Rank 0's networks on every rank, this rank's data shard and random stream, ADA's signs summed over
  // the ranks. Gradients are then averaged in gradientsReady().
  void joinDataParallel(std::shared_ptr<distributed::DataParallel> group) override;

  double augmentP() const { return augmenter_.p(); }  // ADA's current p (0 without ADA)
  int64_t latentSize() const { return latentSize_; }

 protected:
  AdversarialTrainer(const train::TrainingConfig& config, const data::DatasetPack& pack, const torch::Device& device,
                     int64_t latentSize, double cutoutRatio = 0);

  // Call once the family has built its modules (inside constructSeeded): moves them to the device,
  // starts G_ema as an exact copy of G, and builds the optimizers from the given options.
  void attachModels(torch::nn::Module& generator, torch::nn::Module& generatorEma, torch::nn::Module& discriminator,
                    torch::optim::AdamOptions generatorAdam, torch::optim::AdamOptions discriminatorAdam);
  // Channels-last layout for the three networks in mixed precision (again after a load replaced tensors).
  void applyMemoryFormat();
  // Fresh Adam state for both networks (PGGAN at every lod boundary).
  void resetOptimizers();
  // Before an optimizer step, after the backward passes: averages the gradients over the ranks of a
  // data-parallel run, then unscales them (fp16); false when the step must be skipped (an fp16 overflow).
  bool gradientsReady(torch::optim::Optimizer& optimizer);
  // This rank's share of a batch of `globalBatch` (all of it outside data-parallel runs); throws when the
  // ranks cannot share it evenly.
  int localBatch(int globalBatch) const;
  // How many ranks share each batch (1 outside data-parallel runs). A loss summed over the batch, not
  // averaged, is multiplied by it, so that averaging the ranks' gradients gives the whole batch's sum.
  int batchShards() const;

  // One training iteration of the family (what step() runs).
  virtual train::StepValues trainStep() = 0;
  // Rendering for sampleImages / generateImages: begin once, then any number of batches, then end.
  virtual void beginRendering(uint64_t noiseSeed) { (void)noiseSeed; }
  virtual torch::Tensor renderBatch(const torch::Tensor& latents) = 0;  // latents on the device
  virtual void endRendering() {}
  // Family sections beyond the common ones (read back after the common models are loaded).
  virtual void saveExtra(torch::serialize::OutputArchive& archive) { (void)archive; }
  virtual void loadExtraModels(torch::serialize::InputArchive& archive) { (void)archive; }
  virtual void loadExtraState(torch::serialize::InputArchive& archive) { (void)archive; }
  // Before save: buffers that G_ema takes from G (BN statistics, SN vectors).
  virtual void syncEmaBuffers() {}

  train::TrainingConfig config_;
  torch::Device device_;
  // The step's precision; a family's step() opens train::AutocastScope(precision_, device_) first, scales
  // its losses with lossScaler_ and steps an optimizer only when lossScaler_.unscale() says so (fp16).
  train::Precision precision_;
  train::LossScaler lossScaler_;
  RandomSourcePtr random_;
  train::BatchSampler sampler_;
  Augmenter augmenter_;
  std::unique_ptr<torch::optim::Adam> optG_, optD_;
  std::vector<std::string> warnings_;
  torch::Tensor fixedLatents_;                               // (sampleCount, latentSize) on the CPU
  std::shared_ptr<distributed::DataParallel> dataParallel_;  // null outside data-parallel runs
  int64_t iteration_ = 0;

 private:
  int64_t latentSize_;
  torch::nn::Module* generator_ = nullptr;
  torch::nn::Module* generatorEma_ = nullptr;
  torch::nn::Module* discriminator_ = nullptr;
  torch::optim::AdamOptions adamG_{1e-3}, adamD_{1e-3};
};

}  // namespace fewshot
