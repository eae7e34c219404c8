#include "core/models/pggan/pggan_family.h"

#include <stdexcept>

#include "core/models/pggan/pggan_sampler.h"
#include "core/models/pggan/pggan_schedule.h"
#include "core/models/pggan/pggan_trainer.h"
#include "core/train/training_config.h"

namespace fewshot::pggan {
namespace {

// Images (thousands) until the final resolution has trained for one stabilisation period.
double scheduleKimg(const PgganConfig& p) {
  return p.stabiliseKimg + (p.finalLog2() - 2) * (p.fadeKimg + p.stabiliseKimg);
}

train::TrainingConfig presetConfig(const std::string& preset) {
  train::TrainingConfig c;
  c.model = kFamilyId;
  // The reference optimiser (Karras et al., official config): Adam lr 1e-3, betas (0, 0.99), eps 1e-8.
  c.lrG = c.lrD = 1e-3;
  c.beta1 = 0.0;
  c.beta2 = 0.99;
  c.batchSize = 16;
  // The official code only mirrors the reals (mirror_augment, which our batch sampler's x-flip does); no
  // DiffAugment or ADA unless chosen.
  c.augment = "none";
  if (preset == "demo" || preset == "pggan" || preset == "cpu-128" || preset == "pggan-128") {
    // Narrow widths and short phases for ~100 images on a 2-core CPU: 4 px trains for 1.6k images, then
    // every doubling fades in over 1.6k and stabilises for 1.6k (100 iterations each at batch 16).
    const bool demo = preset == "demo" || preset == "pggan";
    c.pggan.imageSize = demo ? 64 : 128;
    c.pggan.fmapBase = demo ? 256 : 512;
    c.pggan.fmapMax = 64;
    c.pggan.stabiliseKimg = 1.6;
    c.pggan.fadeKimg = 1.6;
    c.emaDecay = 0.99;  // phases last 100 steps; the reference's 0.999 would lag a whole phase
    c.iterations = demo ? 1100 : 1300;
    c.sampleEvery = 25;
    c.checkpointEvery = 100;
  } else if (preset == "official") {
    // The paper's widths and 600k + 600k images per resolution, up to 256 px.
    c.pggan.imageSize = 256;
    c.pggan.fmapBase = 8192;
    c.pggan.fmapMax = 512;
    c.pggan.stabiliseKimg = 600;
    c.pggan.fadeKimg = 600;
    c.emaDecay = 0.999;
    c.iterations = static_cast<int64_t>(scheduleKimg(c.pggan) * 1000.0 / c.batchSize);
  } else if (preset == "paper") {
    // The official defaults (progressive_growing_of_gans: config.py with its selected CelebA-HQ dataset,
    // preset-v2-1gpu and fp32 lines; train.py's TrainingSchedule and train_progressive_gan defaults).
    c.pggan.imageSize = 1024;
    c.pggan.fmapBase = 8192;
    c.pggan.fmapMax = 512;
    c.pggan.stabiliseKimg = 600;
    c.pggan.fadeKimg = 600;
    c.batchSize = 4;  // minibatch_base
    c.pggan.minibatchPerResolution = {{4, 128}, {8, 128}, {16, 128}, {32, 64}, {64, 32}, {128, 16}, {256, 8}, {512, 4}};
    c.pggan.lrMultiplierPerResolution = {{1024, 1.5}};  // G/D_lrate_dict {1024: 0.0015} over the base 0.001
    c.emaDecay = 0.999;                                  // G_smoothing
    c.iterations = iterationsToShow(12000 * 1000.0, c.pggan, c.batchSize);  // total_kimg 12000
    c.sampleEvery = 1000;
    c.checkpointEvery = 10000;
  } else {
    throw std::invalid_argument("PGGAN has no preset '" + preset + "' (demo, cpu-128, official, paper)");
  }
  return c;
}

void validate(const train::TrainingConfig& c) {
  c.pggan.validate(c.batchSize);
}

}  // namespace

models::FamilyDescriptor describeFamily() {
  models::FamilyDescriptor d;
  d.id = kFamilyId;
  d.displayName = "PGGAN";
  d.summary = "Progressive growing, minibatch stddev, equalized learning rate (Karras et al. 2018)";
  d.presets = {{"demo", "Demo: grows 4 to 64 px, narrow, 1 100 iterations (ours, for a CPU)"},
               {"cpu-128", "CPU 128 px: grows 4 to 128 px, 1 300 iterations (ours)"},
               {"official", "Official widths: grows 4 to 256 px, one batch size (ours, needs a GPU)"},
               {"paper", "Paper: the official 1024 px run, per-resolution batches, 12 000 kimg (needs a GPU)"}};
  d.defaultPreset = "demo";
  d.unsupported = {
      {models::Capability::StyleMixing, "PGGAN has no skip-layer gates to mix styles through."},
      {models::Capability::AnySize, "PGGAN renders at its training resolution only."},
      {models::Capability::Harmonization, "Harmonization and editing are ConSinGAN features."},
      {models::Capability::TorchExport,
       "The PyTorch export writes the official FastGAN generator layout; PGGAN's generator differs."},
      {models::Capability::OnnxExport, "The ONNX export is implemented for FastGAN generators only."},
  };
  d.presetConfig = presetConfig;
  d.validate = validate;
  d.imageSize = [](const train::TrainingConfig& c) { return c.pggan.imageSize; };
  d.setImageSize = [](train::TrainingConfig& c, int size) { c.pggan.imageSize = size; };
  d.createTrainer = [](const train::TrainingConfig& c, const data::DatasetPack& pack, const torch::Device& device) {
    return std::unique_ptr<train::Trainer>(std::make_unique<PgganTrainer>(c, pack, device));
  };
  d.openSampler = openSampler;
  return d;
}

}  // namespace fewshot::pggan
