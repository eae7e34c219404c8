#include "core/models/pggan/pggan_family.h"

#include <stdexcept>

#include "core/models/pggan/pggan_sampler.h"
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
  } else {
    throw std::invalid_argument("PGGAN has no preset '" + preset + "' (demo, cpu-128, official)");
  }
  return c;
}

void validate(const train::TrainingConfig& c) {
  c.pggan.validate(c.batchSize);
  if (c.batchSize < 2) throw std::invalid_argument("--batch must be at least 2 (minibatch stddev needs it)");
}

}  // namespace

models::FamilyDescriptor describeFamily() {
  models::FamilyDescriptor d;
  d.id = kFamilyId;
  d.displayName = "PGGAN";
  d.summary = "Progressive growing, minibatch stddev, equalized learning rate (Karras et al. 2018)";
  d.presets = {{"demo", "Demo: grows 4 to 64 px, narrow, 1 100 iterations (ours, for a CPU)"},
               {"cpu-128", "CPU 128 px: grows 4 to 128 px, 1 300 iterations (ours)"},
               {"official", "Official: grows 4 to 256 px, paper widths and schedule (needs a GPU)"}};
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
