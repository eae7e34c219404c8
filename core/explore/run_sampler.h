// One way to get images out of a trained run, for every family: the generator a checkpoint holds,
// loaded on a device for rendering (no discriminator, no optimizer, the training session untouched).
// Each family implements it in its own folder (core/models/<family>/<family>_sampler.cpp) and hands
// out its sampler through its registry descriptor (FamilyDescriptor::openSampler). What a family
// cannot do throws Unsupported with the family's reason (FamilyDescriptor::whyNot).
//
// Seeds: latent families take z = row i of RandomSource(s) for image i of seed s (the same latent in
// every command and in the studio; with batch statistics or noise injections the image also depends on
// its batch); ConSinGAN draws sample i of seed s from its own noise maps, whatever the count.
#pragma once
#include <torch/torch.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/explore/norm_mode.h"
#include "core/explore/style_mix_options.h"
#include "core/explore/unsupported.h"
#include "core/io/frame_sink.h"
#include "core/models/family_registry.h"
#include "core/config/training_config.h"

namespace fewshot::explore {

// The checkpoint a sampler is opened from.
struct SamplerCheckpoint {
  std::string runDir;  // the run folder (its dataset pack, for families that need it)
  std::string path;
  int64_t iteration = 0;
  train::TrainingConfig config;
};

struct RenderOptions {
  NormMode norm = NormMode::BatchStatistics;  // generators without batch normalisation ignore it
  uint64_t noiseSeed = 0;                     // the noise injections (generators that have them)
};

struct ImageOptions {
  double latentScale = 1.0;  // z * scale (no mapping network in any family: not StyleGAN truncation)
  RenderOptions render;
  int width = 0, height = 0;  // Capability::AnySize: output size; 0 = the training size
  int startStage = 0;         // multi-stage generators: stages below it keep the training image's layout
};

struct StyleMixOptions {
  bool official = false;  // the official scripts/style_mix.py recipe (its gates, batch statistics)
  GateSources gates;
  RenderOptions render;
};

struct GeneratorExportOptions {
  enum class Format { PyTorch, Onnx };
  Format format = Format::PyTorch;
  bool noise = true;  // ONNX: keep the random noise injection
};

struct GeneratorExportResult {
  int items = 0;        // tensors (PyTorch) or graph nodes (ONNX)
  int64_t bytes = 0;    // ONNX file size
  std::string details;  // "64 px, ngf 16, nz 256" for messages
};

class RunSampler {
 public:
  // Opens `checkpoint`, or the newest usable checkpoint of `runDir` when it is empty, on `device`
  // ("cpu", "cuda", "cuda:N"). Throws std::runtime_error naming the file and the problem.
  static std::unique_ptr<RunSampler> open(const std::string& runDir, const std::string& checkpoint = {},
                                          const std::string& device = "cpu");
  virtual ~RunSampler() = default;
  RunSampler(const RunSampler&) = delete;
  RunSampler& operator=(const RunSampler&) = delete;

  const models::FamilyDescriptor& family() const { return *family_; }
  const train::TrainingConfig& config() const { return checkpoint_.config; }
  int64_t iteration() const { return checkpoint_.iteration; }
  const std::string& checkpointPath() const { return checkpoint_.path; }
  const std::string& runDir() const { return checkpoint_.runDir; }
  const torch::Device& device() const { return device_; }
  // Throws Unsupported with the family's reason when it cannot do `c`.
  void require(models::Capability c) const;

  // The length of z; 0 for families without a latent vector.
  virtual int64_t latentSize() const = 0;
  // The output size at the training resolution (a multi-stage generator: its newest trained stage).
  virtual int imageWidth() const = 0;
  virtual int imageHeight() const = 0;
  virtual int stageCount() const { return 1; }
  // How the family's own samples use batch normalisation (FastGAN's official samples: batch statistics;
  // Projected GAN's EMA generator: eval mode). Evaluation and default renders use it.
  virtual NormMode defaultNormMode() const { return NormMode::BatchStatistics; }

  // Rows 0..count-1 of seed's latent stream, (count, latentSize()) on the CPU.
  torch::Tensor latentsForSeed(uint64_t seed, int count) const;
  // Row 0 of each seed's stream.
  torch::Tensor latentsForSeeds(const std::vector<uint64_t>& seeds) const;

  // (B,3,H,W) in [-1, 1] on the CPU, rendered as one batch (batch statistics see the whole batch).
  virtual torch::Tensor render(const torch::Tensor& latents, const RenderOptions& options);
  // Images 0..count-1 of `seed`. Latent families: latentsForSeed(seed, count), scaled, as one batch.
  virtual torch::Tensor renderStream(uint64_t seed, int count, const ImageOptions& options,
                                     const io::ProgressFn& progress = {});
  // Image 0 of each seed. Latent families: latentsForSeeds(seeds), scaled, as one batch.
  virtual torch::Tensor renderSeeds(const std::vector<uint64_t>& seeds, const ImageOptions& options,
                                    const io::ProgressFn& progress = {});
  // The paper's style-mixing figure for a grid of M+1 columns: ((N+1)*(M+1),3,H,W), a blank corner,
  // the plain style images along the top, the plain content images down the left, mixes inside.
  virtual torch::Tensor styleMixGrid(const torch::Tensor& content, const torch::Tensor& style,
                                     const StyleMixOptions& options);
  // The training image as the generator reconstructs it from its fixed noise (single-image families).
  virtual torch::Tensor reconstruction();
  // Writes the generator to `path` atomically.
  virtual GeneratorExportResult exportGenerator(const std::string& path, const GeneratorExportOptions& options);

 protected:
  RunSampler(SamplerCheckpoint checkpoint, const torch::Device& device);
  // Reads the module saved under `key` in the checkpoint's trainer state ("generator_ema", ...).
  static void loadTrainerSection(const std::string& checkpoint, const char* key, torch::nn::Module& module);
  // An integer saved in the checkpoint's trainer state ("images_shown", ...).
  static int64_t readTrainerInt(const std::string& checkpoint, const char* key);
  // Checks latents against latentSize() and the image options against the family's capabilities.
  void checkLatents(const torch::Tensor& latents, const char* what) const;
  void checkImageOptions(const ImageOptions& options) const;

 private:
  const models::FamilyDescriptor* family_;
  SamplerCheckpoint checkpoint_;
  torch::Device device_;
};

// The family of a run (its config.json) or of a checkpoint file, without loading any model.
const models::FamilyDescriptor& familyOfRun(const std::string& runDir, const std::string& checkpoint = {});

}  // namespace fewshot::explore
