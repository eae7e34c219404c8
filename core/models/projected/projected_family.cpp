#include "core/models/projected/projected_family.h"

#include <stdexcept>

#include "core/models/projected/projected_sampler.h"
#include "core/models/projected/projected_trainer.h"
#include "core/train/training_config.h"

namespace fewshot::projected {
namespace {

train::TrainingConfig presetConfig(const std::string& preset) {
  train::TrainingConfig c;
  c.model = kFamilyId;
  // Official optimiser (the trainer applies D's 16/17 lazy-regularisation rescaling) and DiffAugment policy.
  c.lrG = c.lrD = 2e-4;
  c.beta1 = 0.0;
  c.beta2 = 0.99;
  c.diffAugmentPolicy = "color,translation,cutout";
  // The image size is stored in the "fastgan" section of config.json (Projected GAN's G is FastGAN-lite).
  if (preset == "demo") {
    // Minutes on a 2-core CPU; the frozen EfficientNet still runs at 224 px, so it dominates.
    c.fastgan.imageSize = 64;
    c.projected.ngf = 16;
    c.projected.ndf = 16;
    c.projected.cout = 32;
    c.iterations = 1000;
    c.emaDecay = 0.99;
    c.sampleEvery = 100;
    c.checkpointEvery = 250;
  } else if (preset == "cpu-128") {
    c.fastgan.imageSize = 128;
    c.projected.ngf = 32;
    c.projected.ndf = 32;
    c.iterations = 10000;
    c.sampleEvery = 500;
    c.checkpointEvery = 1000;
  } else if (preset == "paper") {
    // The official README's training command (projected-gan: python train.py --cfg=fastgan --batch=64
    // --mirror=1 --kimg=10000 on pokemon256.zip) with train.py's fastgan settings: full FastGAN generator,
    // batch 64, 10 000 kimg at 256 px; the optimiser above (lr 0.0002, betas (0, 0.99)) and the EMA
    // half-life batch * 10 / 32 kimg (the trainer derives it from the batch).
    c.fastgan.imageSize = 256;
    c.projected.lite = false;
    c.batchSize = 64;
    c.iterations = 10000 * 1000 / c.batchSize;
    c.sampleEvery = 1000;
    c.checkpointEvery = 5000;
  } else if (preset != "official") {
    throw std::invalid_argument("Projected GAN has no preset '" + preset + "' (demo, cpu-128, official, paper)");
  }
  return c;
}

void validate(const train::TrainingConfig& c) {
  c.projected.validate(c.fastgan.imageSize);
  if (c.batchSize < 2) throw std::invalid_argument("--batch must be at least 2 (batch normalisation needs it)");
}

}  // namespace

models::FamilyDescriptor describeFamily() {
  models::FamilyDescriptor d;
  d.id = kFamilyId;
  d.displayName = "Projected GAN";
  d.summary = "Discriminators on frozen pretrained EfficientNet features (Sauer et al. 2021)";
  d.presets = {{"demo", "Demo: 64 px, narrow, 1 000 iterations (ours, for a CPU)"},
               {"cpu-128", "CPU 128 px: 10 000 iterations (ours)"},
               {"official", "Official widths: 256 px, lite generator, batch 8 (ours, needs a GPU)"},
               {"paper", "Paper: the official README run, 256 px, batch 64, 10 000 kimg (needs a GPU)"}};
  d.defaultPreset = "official";
  d.unsupported = {
      {models::Capability::StyleMixing, "Style mixing is implemented for FastGAN's skip-layer gates only."},
      {models::Capability::AnySize, "Projected GAN renders at its training resolution only."},
      {models::Capability::Harmonization, "Harmonization and editing are ConSinGAN features."},
      {models::Capability::TorchExport,
       "The PyTorch export writes the official FastGAN generator layout; Projected GAN's generator differs."},
      {models::Capability::OnnxExport, "The ONNX export is implemented for FastGAN generators only."},
  };
  d.presetConfig = presetConfig;
  d.validate = validate;
  d.imageSize = [](const train::TrainingConfig& c) { return c.fastgan.imageSize; };
  d.setImageSize = [](train::TrainingConfig& c, int size) { c.fastgan.imageSize = size; };
  d.createTrainer = [](const train::TrainingConfig& c, const data::DatasetPack& pack, const torch::Device& device) {
    return std::unique_ptr<train::Trainer>(std::make_unique<ProjectedGanTrainer>(c, pack, device));
  };
  d.openSampler = openSampler;
  return d;
}

}  // namespace fewshot::projected
