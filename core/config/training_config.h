// Everything that defines a training run. Saved as config.json in the run directory and inside
// every checkpoint, so a run can always be resumed from its folder alone.
#pragma once
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "core/data/dataset_import.h"
#include "core/metrics/metrics_config.h"
#include "core/models/consingan/consingan_config.h"
#include "core/models/fastgan/fastgan_config.h"
#include "core/models/pggan/pggan_config.h"
#include "core/models/projected/projected_config.h"

namespace fewshot::train {

// Bounds that hold on any machine: the official codes train with batches of at most a few hundred, and
// no CPU has thousands of cores (LibTorch would start that many threads).
constexpr int kMaxBatchSize = 4096;
constexpr int kMaxThreads = 1024;

struct TrainingConfig {
  std::string model = fastgan::kFamilyId;
  std::string dataPath;  // folder, single image, or a .fspack dataset pack
  std::string runDir;

  int64_t iterations = 50000;  // total, counted from the start of the run
  int batchSize = 8;
  double lrG = 2e-4;
  double lrD = 2e-4;
  double beta1 = 0.5;
  double beta2 = 0.999;
  double emaDecay = 0.999;
  uint64_t seed = 42;
  std::string device = "cpu";  // "cpu", "cuda" or "cuda:N"
  int threads = 0;             // 0: all cores
  // "fp32", "bf16", "fp16" or "auto" (core/train/mixed_precision.h resolves it for the device at start).
  std::string precision = "fp32";
  // Random numbers for the GPU drawn there (faster; a stream of its own) instead of on the CPU and copied
  // (the reference mode, the same stream on every device).
  bool deviceRandom = false;

  int sampleEvery = 1000;
  int sampleCount = 16;  // fixed-seed EMA samples per grid
  int checkpointEvery = 5000;
  int keepCheckpoints = 3;  // older checkpoints beyond the latest K are deleted
  // Divergence guard: a step with a non-finite loss, or losses beyond lossBlowupFactor x their running
  // average (0: off), is undone by reloading the last checkpoint with both learning rates halved, at most
  // maxRollbacks times per session.
  int maxRollbacks = 3;
  double lossBlowupFactor = 1000;

  std::string augment = "diffaugment";  // none | diffaugment | ada | fixed
  std::string diffAugmentPolicy = "color,translation";
  std::string adaPreset = "bgc";  // ADA pipeline preset (blit, geom, color, bg, bgc, ..., bgcfnc)
  double adaTarget = 0.6;         // r_t target
  // Thousands of real images for p to move by 1. StyleGAN2-ADA uses 500 for its long runs (and 100 when
  // fine-tuning); few-shot runs see far fewer images, so we default to 100.
  double adaKimg = 100;
  double fixedP = 0.2;           // p of the "fixed" mode
  // Official 2x sym6 supersampled resampling; false: one grid_sample (faster, and it leaked more in the
  // measurement of docs/faithfulness.md, so it is not the default).
  bool adaSupersampled = true;
  // auto | effnet-calibrated | effnet-lpips | pixel-l1. A new run records what "auto" resolved to
  // (effnet-calibrated when the EfficientNet weights are installed, else pixel-l1).
  std::string reconstructionLoss = "auto";

  fastgan::FastGanConfig fastgan;
  pggan::PgganConfig pggan;
  // The training (and dataset import) resolution of the selected family (from the family registry).
  int imageSize() const;
  void setImageSize(int size);
  // Projected GAN widths and feature network (its image size is imageSize() as well).
  projected::ProjectedConfig projected;

  std::string resizePolicy = "crop";  // crop | pad | stretch
  std::string resampling = "area";    // area | bilinear
  std::string background = "ffffff";  // alpha composited over this colour

  metrics::MetricsConfig metrics;        // live FD/KID, diversity, nearest neighbours
  bool tensorboard = false;              // also write scalars and sample grids as TensorBoard event files
  consingan::ConSinGanConfig consingan;  // ConSinGAN runs (iterations = stages x iters per stage)

  // The common checks and the family's own (family registry). Throws std::invalid_argument with a
  // message naming the offending option.
  void validate() const;
  data::ImportOptions importOptions() const;
};

// "cpu", "cuda" or "cuda:N": the spelling only; whether the device exists is checked when it is opened.
bool isDeviceName(const std::string& name);

void to_json(nlohmann::json& j, const TrainingConfig& c);
void from_json(const nlohmann::json& j, TrainingConfig& c);

// The preset of a family (family registry), e.g. (fastgan::kFamilyId, "demo"). Throws std::invalid_argument
// for an unknown family or preset.
TrainingConfig presetConfig(const std::string& model, const std::string& preset);

}  // namespace fewshot::train
