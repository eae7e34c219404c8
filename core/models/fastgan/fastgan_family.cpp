#include "core/models/fastgan/fastgan_family.h"

#include <stdexcept>

#include "core/models/fastgan/fastgan_sampler.h"
#include "core/models/fastgan/fastgan_trainer.h"
#include "core/models/fastgan/reconstruction_loss.h"
#include "core/train/training_config.h"

namespace fewshot::fastgan {
namespace {

train::TrainingConfig presetConfig(const std::string& preset) {
  train::TrainingConfig c;  // the official 256 px model and Adam settings
  c.model = kFamilyId;
  if (preset == "demo") {
    c.fastgan.imageSize = 64;
    c.fastgan.ngf = 16;
    c.fastgan.ndf = 16;
    c.iterations = 1000;
    c.emaDecay = 0.99;  // 0.999^1000 would still weight the random initial G by 37 % at the end
    c.sampleEvery = 100;
    c.checkpointEvery = 250;
  } else if (preset == "cpu-128") {
    c.fastgan.imageSize = 128;
    c.fastgan.ngf = 32;
    c.fastgan.ndf = 32;
    c.iterations = 10000;
    c.sampleEvery = 500;
    c.checkpointEvery = 1000;
  } else if (preset == "paper") {
    // The official train.py defaults (FastGAN-pytorch; spec fastgan.md §7): --im_size 1024, --batch_size 8,
    // --iter 50000 with the loop running iterations 0..50000 inclusive, Adam 2e-4 (0.5, 0.999), ngf = ndf = 64,
    // nz 256, EMA 0.999, DiffAugment color,translation; a sample grid every 1000 and a checkpoint every 5000.
    c.fastgan.imageSize = 1024;
    c.iterations = 50001;
    c.sampleEvery = 1000;
    c.checkpointEvery = 5000;
  } else if (preset != "official") {
    throw std::invalid_argument("FastGAN has no preset '" + preset + "' (demo, cpu-128, official, paper)");
  }
  return c;
}

void validate(const train::TrainingConfig& c) {
  c.fastgan.validate();
  if (c.batchSize < 2) throw std::invalid_argument("--batch must be at least 2 (batch normalisation needs it)");
  if (c.fastgan.minibatchStddev && c.batchSize > 4 && c.batchSize % 4 != 0)
    throw std::invalid_argument("--mbstd needs a batch divisible by 4 (or at most 4), got " +
                                std::to_string(c.batchSize));
}

}  // namespace

models::FamilyDescriptor describeFamily() {
  models::FamilyDescriptor d;
  d.id = kFamilyId;
  d.displayName = "FastGAN";
  d.summary = "Skip-layer excitation generator, self-supervised discriminator (Liu et al. 2021)";
  d.presets = {{"demo", "Demo: 64 px, narrow, 1 000 iterations (ours, for a CPU)"},
               {"cpu-128", "CPU 128 px: 10 000 iterations (ours)"},
               {"official", "Official: 256 px, paper widths (needs a GPU)"},
               {"paper", "Paper: the official train.py defaults, 1024 px, 50 000 iterations (needs a GPU)"}};
  d.defaultPreset = "official";
  d.unsupported = {
      {models::Capability::AnySize, "FastGAN renders at its training resolution only."},
      {models::Capability::Harmonization, "Harmonization and editing are ConSinGAN features."},
  };
  d.presetConfig = presetConfig;
  d.validate = validate;
  d.imageSize = [](const train::TrainingConfig& c) { return c.fastgan.imageSize; };
  d.setImageSize = [](train::TrainingConfig& c, int size) { c.fastgan.imageSize = size; };
  d.resolveNewRun = [](train::TrainingConfig& c) {
    c.reconstructionLoss = resolveReconstructionLoss(c.reconstructionLoss, c.metrics.weightsDir);
  };
  d.createTrainer = [](const train::TrainingConfig& c, const data::DatasetPack& pack, const torch::Device& device) {
    return std::unique_ptr<train::Trainer>(std::make_unique<FastGanTrainer>(c, pack, device));
  };
  d.openSampler = openSampler;
  return d;
}

}  // namespace fewshot::fastgan
