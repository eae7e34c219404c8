// A trained ConSinGAN run opened for exploration: random samples at the training size or any other
// size / aspect ratio (every stage shape scaled, spec §6), and harmonization / editing of a naive
// composite with mask blending (spec §8.4), optionally after fine-tuning on that composite (§8.3).
// The studio's Generate and Harmonize panels and the CLI both use this class (on a worker thread).
#pragma once
#include <torch/torch.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/data/dataset_pack.h"
#include "core/data/image_u8.h"
#include "core/models/consingan/consingan_trainer.h"
#include "core/config/training_config.h"

namespace fewshot::explore {

using ProgressCallback = std::function<void(int done, int total)>;

struct ConSinGanGenerateOptions {
  int height = 0;   // output size; 0: the training size
  int width = 0;
  int count = 1;
  uint64_t seed = 0;   // sample i of seed s is the same whatever the count
  int startStage = 0;  // stages below it use the fixed reconstruction noise (keeps the coarse layout)
};

struct ConSinGanHarmonizeOptions {
  bool edit = false;            // editing (dilation radius 20, + 0.1·N(0,1) on the input) vs harmonization (radius 7)
  int injectionStage = 0;       // ConSinGAN injects the composite at stage 0 only (see harmonize())
  uint64_t seed = 0;            // editing noise; after fine-tuning also the later stages' noise
  int fineTuneIterations = 0;   // > 0: fine-tune the final stage on the composite first (spec §8.3)
  int maskThreshold = 0;        // mask pixels above this grey level are foreground (the code: > 0)
};

struct ConSinGanHarmonizeResult {
  torch::Tensor generated;  // (1,3,H,W) raw G output at the training size, [-1, 1]
  torch::Tensor mask;       // (1,1,H,W) blending weights in [0, 1] (dilated, blurred, min-max normalised)
  torch::Tensor blended;    // (1,3,H,W) (1 - m)·composite + m·generated
  torch::Tensor composite;  // (1,3,H,W) the composite resized to the training size
};

class ConSinGanModel {
 public:
  // Loads `checkpoint`, or the newest usable checkpoint of `runDir` when empty, onto `device` (cpu, cuda,
  // cuda:N; empty: the run's own device when this machine has it, else the CPU).
  static std::unique_ptr<ConSinGanModel> load(const std::string& runDir, const std::string& checkpoint = {},
                                              const std::string& device = "cpu");

  const train::TrainingConfig& config() const { return config_; }
  int64_t iteration() const { return trainer_->iteration(); }
  const std::string& checkpointPath() const { return checkpoint_; }
  int stagesTrained() const { return trainer_->stagesBuilt(); }
  // Shape of the newest trained stage (the output size at scale 1).
  consingan::StageShape outputShape() const;
  // Per-stage shapes for an output of height x width: each trained stage scaled by (H/H_n, W/W_n), truncated.
  std::vector<consingan::StageShape> shapesForSize(int height, int width) const;

  // (count,3,H,W) in [-1, 1] on the CPU.
  torch::Tensor generate(const ConSinGanGenerateOptions& options, const ProgressCallback& progress = {});
  torch::Tensor reconstruction();
  // `composite` and `mask` of any size are resized to the training size (white mask = pasted region).
  ConSinGanHarmonizeResult harmonize(const data::ImageU8& composite, const data::ImageU8& mask,
                                     const ConSinGanHarmonizeOptions& options, const ProgressCallback& progress = {});

 private:
  ConSinGanModel() = default;
  train::TrainingConfig config_;
  data::DatasetPack pack_;
  std::unique_ptr<consingan::ConSinGanTrainer> trainer_;
  std::string checkpoint_;
};

// Spec §8.4.3: binarise (> threshold), dilate with a disk of `radius`, Gaussian blur σ = 5 (truncated at
// 4σ, edge-replicated), min-max normalise. `mask` is (1,1,H,W) grey levels 0..255.
torch::Tensor blendingMask(const torch::Tensor& mask, int radius, int threshold);

}  // namespace fewshot::explore
