#include "core/models/fastgan/fastgan_options.h"

#include <stdexcept>

#include "core/config/setting_binding.h"

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
    // Pixel L1 matched the calibrated EfficientNet distance in FD/KID on two datasets at a third of the
    // time per iteration and half the memory (docs/faithfulness.md, issue 17); CPU presets take it.
    c.reconstructionLoss = "pixel-l1";
  } else if (preset == "cpu-128") {
    c.fastgan.imageSize = 128;
    c.fastgan.ngf = 32;
    c.fastgan.ndf = 32;
    c.iterations = 10000;
    c.sampleEvery = 500;
    c.checkpointEvery = 1000;
    c.reconstructionLoss = "pixel-l1";  // as demo
  } else if (preset == "paper") {
    // The official train.py defaults (FastGAN-pytorch; spec fastgan.md §7): --im_size 1024, --batch_size 8,
    // --iter 50000 with the loop running iterations 0..50000 inclusive, Adam 2e-4 (0.5, 0.999), ngf = ndf = 64,
    // nz 256, EMA 0.999, DiffAugment color,translation; a sample grid every 1000 and a checkpoint every 5000.
    c.fastgan.imageSize = 1024;
    c.iterations = 50001;
    c.sampleEvery = 1000;
    c.checkpointEvery = 5000;
  } else if (preset != "official") {
    throw config::SettingError("preset", "FastGAN has no preset '" + preset + "' (demo, cpu-128, official, paper)");
  }
  return c;
}

void validate(const train::TrainingConfig& c) {
  c.fastgan.validate();
  if (c.batchSize < 2)
    throw config::SettingError("batch_size", "Batch size must be at least 2 (batch normalisation needs it)");
  if (c.fastgan.minibatchStddev && c.batchSize > 4 && c.batchSize % 4 != 0)
    throw config::SettingError("batch_size", "Minibatch stddev needs a batch size divisible by 4 (or at most 4), not " +
                                                 std::to_string(c.batchSize));
}

std::vector<config::Setting> settings() {
  using T = train::TrainingConfig;
  using config::bindSetting;
  std::vector<config::Setting> all;
  all.push_back(
      bindSetting(&T::fastgan, &FastGanConfig::imageSize, "fastgan.image_size", FEWSHOT_TEXT("Setting", "Resolution"))
          .describe(FEWSHOT_TEXT("Setting", "training resolution in pixels"))
          .cli("size")
          .oneOf({"32", "64", "128", "256", "512", "1024"}));
  all.push_back(
      bindSetting(&T::fastgan, &FastGanConfig::ngf, "fastgan.ngf", FEWSHOT_TEXT("Setting", "Generator width (ngf)"))
          .describe(FEWSHOT_TEXT("Setting", "generator width, a multiple of 8 (official 64)"))
          .cli("ngf")
          .atLeast(8)
          .spin(8)
          .inAdvanced());
  all.push_back(
      bindSetting(&T::fastgan, &FastGanConfig::ndf, "fastgan.ndf", FEWSHOT_TEXT("Setting", "Discriminator width (ndf)"))
          .describe(FEWSHOT_TEXT("Setting", "discriminator width, a multiple of 8 (official 64)"))
          .cli("ndf")
          .atLeast(8)
          .spin(8)
          .inAdvanced());
  all.push_back(bindSetting(&T::fastgan, &FastGanConfig::minibatchStddev, "fastgan.mbstd",
                            FEWSHOT_TEXT("Setting", "Minibatch stddev"))
                    .describe(FEWSHOT_TEXT("Setting",
                                           "add PGGAN's minibatch-stddev feature to D's logits head (not in "
                                           "FastGAN; off by default)"))
                    .cli("mbstd")
                    .inAdvanced());
  all.push_back(
      bindSetting(&T::reconstructionLoss, "reconstruction_loss", FEWSHOT_TEXT("Setting", "Reconstruction loss"))
          .describe(FEWSHOT_TEXT("Setting",
                                 "auto (effnet-calibrated when the weights are installed, else pixel-l1) | "
                                 "effnet-calibrated (scaled per layer to LPIPS's range) | effnet-lpips "
                                 "(uncalibrated) | pixel-l1"))
          .cli("reconstruction-loss", "NAME")
          .oneOf(
              {"auto", "effnet-calibrated", "effnet-lpips", "pixel-l1"},
              {FEWSHOT_TEXT("Setting", "Automatic"), FEWSHOT_TEXT("Setting", "Perceptual, calibrated (EfficientNet)"),
               FEWSHOT_TEXT("Setting", "Perceptual (EfficientNet)"), FEWSHOT_TEXT("Setting", "Pixel L1")})
          .inAdvanced());
  return all;
}

}  // namespace

config::FamilyOptions describeOptions() {
  config::FamilyOptions o;
  o.id = kFamilyId;
  o.displayName = "FastGAN";
  o.summary =
      FEWSHOT_TEXT("FamilyText", "Skip-layer excitation generator, self-supervised discriminator (Liu et al. 2021)");
  o.presets = {
      {"demo", FEWSHOT_TEXT("FamilyText", "Demo: 64 px, narrow, 1 000 iterations (ours, for a CPU)")},
      {"cpu-128", FEWSHOT_TEXT("FamilyText", "CPU 128 px: 10 000 iterations (ours)")},
      {"official", FEWSHOT_TEXT("FamilyText", "Official: 256 px, paper widths (needs a GPU)")},
      {"paper",
       FEWSHOT_TEXT("FamilyText", "Paper: the official train.py defaults, 1024 px, 50 000 iterations (needs a GPU)")}};
  o.defaultPreset = "official";
  o.settings = settings();
  o.presetConfig = presetConfig;
  o.validate = validate;
  o.imageSize = [](const train::TrainingConfig& c) { return c.fastgan.imageSize; };
  o.setImageSize = [](train::TrainingConfig& c, int size) { c.fastgan.imageSize = size; };
  return o;
}

}  // namespace fewshot::fastgan
