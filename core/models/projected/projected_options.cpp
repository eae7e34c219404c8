#include "core/models/projected/projected_options.h"

#include <stdexcept>

#include "core/config/setting_binding.h"

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
    throw config::SettingError("preset",
                               "Projected GAN has no preset '" + preset + "' (demo, cpu-128, official, paper)");
  }
  return c;
}

void validate(const train::TrainingConfig& c) {
  c.projected.validate(c.fastgan.imageSize);
  if (c.batchSize < 2)
    throw config::SettingError("batch_size", "Batch size must be at least 2 (batch normalisation needs it)");
}

std::vector<config::Setting> settings() {
  using T = train::TrainingConfig;
  using P = ProjectedConfig;
  using config::bindSetting;
  std::vector<config::Setting> all;
  // Projected GAN's generator is FastGAN's: its resolution lives in config.json's "fastgan" section.
  all.push_back(bindSetting(&T::fastgan, &fastgan::FastGanConfig::imageSize, "fastgan.image_size",
                            FEWSHOT_TEXT("Setting", "Resolution"))
                    .describe(FEWSHOT_TEXT("Setting", "training resolution in pixels"))
                    .cli("size")
                    .oneOf({"64", "128", "256", "512", "1024"}));
  all.push_back(bindSetting(&T::projected, &P::lite, "projected.lite", FEWSHOT_TEXT("Setting", "Lite generator"))
                    .describe(FEWSHOT_TEXT("Setting", "full FastGAN up blocks instead of fastgan_lite"))
                    .cli("full-generator")
                    .switchSetsFalse());
  all.push_back(bindSetting(&T::projected, &P::ngf, "projected.ngf", FEWSHOT_TEXT("Setting", "Generator width (ngf)"))
                    .describe(FEWSHOT_TEXT("Setting", "generator width, a multiple of 8 (official 128)"))
                    .cli("ngf")
                    .atLeast(8)
                    .spin(8)
                    .inAdvanced());
  all.push_back(
      bindSetting(&T::projected, &P::ndf, "projected.ndf", FEWSHOT_TEXT("Setting", "Discriminator width (ndf)"))
          .describe(FEWSHOT_TEXT("Setting", "width of the mini-discriminators, a multiple of 8 (official 64)"))
          .cli("ndf")
          .atLeast(8)
          .spin(8)
          .inAdvanced());
  all.push_back(bindSetting(&T::projected, &P::cout, "projected.cout", FEWSHOT_TEXT("Setting", "Projection width"))
                    .describe(FEWSHOT_TEXT("Setting", "channels of the first feature projection (official 64)"))
                    .cli("projection-width")
                    .atLeast(4)
                    .spin(4)
                    .inAdvanced());
  all.push_back(bindSetting(&T::projected, &P::randomFeatures, "projected.random_features",
                            FEWSHOT_TEXT("Setting", "Random feature network"))
                    .describe(FEWSHOT_TEXT("Setting",
                                           "a frozen RANDOM feature network instead of the pretrained one "
                                           "(an experiment, not Projected GAN proper)"))
                    .cli("random-features")
                    .inAdvanced());
  return all;
}

}  // namespace

config::FamilyOptions describeOptions() {
  config::FamilyOptions o;
  o.id = kFamilyId;
  o.displayName = "Projected GAN";
  o.summary =
      FEWSHOT_TEXT("FamilyText", "Discriminators on frozen pretrained EfficientNet features (Sauer et al. 2021)");
  o.presets = {
      {"demo", FEWSHOT_TEXT("FamilyText", "Demo: 64 px, narrow, 1 000 iterations (ours, for a CPU)")},
      {"cpu-128", FEWSHOT_TEXT("FamilyText", "CPU 128 px: 10 000 iterations (ours)")},
      {"official", FEWSHOT_TEXT("FamilyText", "Official widths: 256 px, lite generator, batch 8 (ours, needs a GPU)")},
      {"paper",
       FEWSHOT_TEXT("FamilyText", "Paper: the official README run, 256 px, batch 64, 10 000 kimg (needs a GPU)")}};
  o.defaultPreset = "official";
  o.settings = settings();
  o.presetConfig = presetConfig;
  o.validate = validate;
  o.imageSize = [](const train::TrainingConfig& c) { return c.fastgan.imageSize; };
  o.setImageSize = [](train::TrainingConfig& c, int size) { c.fastgan.imageSize = size; };
  return o;
}

}  // namespace fewshot::projected
