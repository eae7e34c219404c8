#include "core/models/consingan/consingan_family.h"

#include <algorithm>
#include <stdexcept>

#include "core/models/consingan/consingan_sampler.h"
#include "core/models/consingan/consingan_trainer.h"
#include "core/train/training_config.h"

namespace fewshot::consingan {
namespace {

train::TrainingConfig presetConfig(const std::string& preset) {
  train::TrainingConfig c;
  c.model = kFamilyId;
  c.consingan = consinganPreset(preset == "cpu-128" ? "demo" : preset);
  c.lrG = c.lrD = 5e-4;
  c.beta1 = 0.5;
  c.beta2 = 0.999;
  c.sampleCount = 4;
  c.iterations = c.consingan.totalIterations();
  // Samples and checkpoints also come at every stage end; these add a few inside long stages.
  c.sampleEvery = std::max(1, c.consingan.itersPerStage / 2);
  c.checkpointEvery = std::max(1, c.consingan.itersPerStage / 4);
  return c;
}

void validate(const train::TrainingConfig& c) {
  c.consingan.validate();
  if (c.iterations > c.consingan.totalIterations())
    throw std::invalid_argument("--iters " + std::to_string(c.iterations) + " exceeds ConSinGAN's " +
                                std::to_string(c.consingan.trainStages) + " stages x " +
                                std::to_string(c.consingan.itersPerStage) + " iterations");
}

}  // namespace

models::FamilyDescriptor describeFamily() {
  models::FamilyDescriptor d;
  d.id = kFamilyId;
  d.displayName = "ConSinGAN";
  d.summary = "One image in, a multi-stage generator out; harmonization and editing (Hinz et al. 2021)";
  d.singleImage = true;
  d.explorePage = models::ExplorePage::SingleImage;
  d.presets = {{"demo", "Demo: up to 128 px, 5 stages × 300 iterations (ours, for a CPU)"},
               {"tiny", "Tiny: up to 48 px, 4 stages × 40 iterations (ours, a quick try)"},
               {"official", "Official: up to 250 px, 6 stages × 2 000 iterations (GPU advised)"},
               {"paper", "Paper: the official generation defaults (same as Official)"},
               {"harmonization", "Harmonization: 3 stages × 1 000 iterations, as the paper's README"},
               {"editing", "Editing: 6 stages × 1 000 iterations, as the paper's README"}};
  const std::string noLatent =
      "ConSinGAN has no latent vector to interpolate or save: it generates from noise maps at every scale.";
  d.defaultPreset = "demo";
  d.unsupported = {
      {models::Capability::Interpolation, noLatent},
      {models::Capability::LatentsJson, noLatent},
      {models::Capability::StyleMixing, "ConSinGAN has no skip-layer gates to mix styles through."},
      {models::Capability::TorchExport, "The PyTorch export writes the official FastGAN generator layout."},
      {models::Capability::OnnxExport, "The ONNX export is implemented for FastGAN generators only."},
      {models::Capability::LiveMetrics,
       "FD/KID compare distributions; a model of a single image has no real distribution to compare with."},
  };
  d.presetConfig = presetConfig;
  d.validate = validate;
  d.imageSize = [](const train::TrainingConfig& c) { return c.consingan.maxSize; };
  d.setImageSize = [](train::TrainingConfig& c, int size) { c.consingan.maxSize = size; };
  d.createTrainer = [](const train::TrainingConfig& c, const data::DatasetPack& pack, const torch::Device& device) {
    return std::unique_ptr<train::Trainer>(std::make_unique<ConSinGanTrainer>(c, pack, device));
  };
  d.openSampler = openSampler;
  return d;
}

}  // namespace fewshot::consingan
