#include "core/models/pggan/pggan_options.h"

#include <stdexcept>

#include "core/config/setting_binding.h"
#include "core/models/pggan/pggan_schedule.h"

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
    c.emaDecay = 0.999;                                 // G_smoothing
    c.iterations = iterationsToShow(12000 * 1000.0, c.pggan, c.batchSize);  // total_kimg 12000
    c.sampleEvery = 1000;
    c.checkpointEvery = 10000;
  } else {
    throw config::SettingError("preset", "PGGAN has no preset '" + preset + "' (demo, cpu-128, official, paper)");
  }
  return c;
}

void validate(const train::TrainingConfig& c) { c.pggan.validate(c.batchSize); }

// --pggan-kimg-per-phase sets both phase lengths (the official code's one lod_training_kimg).
config::Setting bothPhaseLengths() {
  config::Setting s;
  s.key = "pggan.kimg_per_phase";
  s.label = FEWSHOT_TEXT("Setting", "Phase length (kimg)");
  s.kind = config::SettingKind::Real;
  s.read = [](const train::TrainingConfig& c) { return config::SettingValue(c.pggan.stabiliseKimg); };
  s.write = [](train::TrainingConfig& c, const config::SettingValue& v) {
    c.pggan.stabiliseKimg = c.pggan.fadeKimg = config::fromSettingValue<double>(v);
  };
  return s;
}

std::vector<config::Setting> settings() {
  using T = train::TrainingConfig;
  using P = PgganConfig;
  using config::bindSetting;
  std::vector<config::Setting> all;
  all.push_back(bindSetting(&T::pggan, &P::imageSize, "pggan.image_size", FEWSHOT_TEXT("Setting", "Resolution"))
                    .describe(FEWSHOT_TEXT("Setting", "final resolution in pixels (grows from 4)"))
                    .cli("size")
                    .oneOf({"8", "16", "32", "64", "128", "256", "512", "1024"}));
  all.push_back(bothPhaseLengths()
                    .describe(FEWSHOT_TEXT("Setting",
                                           "thousands of real images per stabilisation and per fade (sets "
                                           "both)"))
                    .cli("pggan-kimg-per-phase", "K")
                    .above(0)
                    .asShorthand());
  all.push_back(bindSetting(&T::pggan, &P::stabiliseKimg, "pggan.stabilise_kimg",
                            FEWSHOT_TEXT("Setting", "Stabilisation (kimg)"))
                    .describe(FEWSHOT_TEXT("Setting",
                                           "thousands of real images each resolution trains at full weight "
                                           "(paper 600)"))
                    .cli("pggan-stabilise-kimg", "K")
                    .above(0)
                    .spin(0.1, 3));
  all.push_back(
      bindSetting(&T::pggan, &P::fadeKimg, "pggan.fade_kimg", FEWSHOT_TEXT("Setting", "Fade-in (kimg)"))
          .describe(FEWSHOT_TEXT("Setting",
                                 "thousands of real images while a new resolution fades in (paper "
                                 "600)"))
          .cli("pggan-fade-kimg", "K")
          .above(0)
          .spin(0.1, 3));
  all.push_back(bindSetting(&T::pggan, &P::fmapBase, "pggan.fmap_base", FEWSHOT_TEXT("Setting", "Width base"))
                    .describe(FEWSHOT_TEXT("Setting", "channels nf(s) = min(base / 2^s, widest) (paper 8192)"))
                    .cli("pggan-fmap-base")
                    .atLeast(1)
                    .spin(64)
                    .inAdvanced());
  all.push_back(bindSetting(&T::pggan, &P::fmapMax, "pggan.fmap_max", FEWSHOT_TEXT("Setting", "Widest block"))
                    .describe(FEWSHOT_TEXT("Setting", "most channels of any block (paper 512)"))
                    .cli("pggan-fmap-max")
                    .atLeast(1)
                    .spin(16)
                    .inAdvanced());
  all.push_back(bindSetting(&T::pggan, &P::mbstdGroupSize, "pggan.mbstd_group_size",
                            FEWSHOT_TEXT("Setting", "Minibatch-stddev group"))
                    .describe(FEWSHOT_TEXT("Setting", "images per minibatch-stddev group (paper 4)"))
                    .cli("pggan-mbstd-group")
                    .atLeast(1)
                    .inAdvanced());
  all.push_back(
      bindSetting(&T::pggan, &P::gpLambda, "pggan.gp_lambda", FEWSHOT_TEXT("Setting", "Gradient-penalty weight"))
          .describe(FEWSHOT_TEXT("Setting", "WGAN-GP weight lambda (paper 10)"))
          .cli("pggan-gp-lambda", "W")
          .atLeast(0)
          .spin(1, 2)
          .inAdvanced());
  all.push_back(bindSetting(&T::pggan, &P::driftEpsilon, "pggan.drift_epsilon", FEWSHOT_TEXT("Setting", "Drift weight"))
                    .describe(FEWSHOT_TEXT("Setting", "weight of D's drift penalty (paper 0.001)"))
                    .cli("pggan-drift", "W")
                    .atLeast(0)
                    .spin(0.001, 4)
                    .inAdvanced());
  all.push_back(bindSetting(&T::pggan, &P::resetOptimizer, "pggan.reset_optimizer",
                            FEWSHOT_TEXT("Setting", "Reset Adam per resolution"))
                    .describe(FEWSHOT_TEXT("Setting",
                                           "keep Adam's moments across resolution changes (the paper resets "
                                           "them)"))
                    .cli("pggan-keep-optimizer")
                    .switchSetsFalse()
                    .inAdvanced());
  return all;
}

}  // namespace

config::FamilyOptions describeOptions() {
  config::FamilyOptions o;
  o.id = kFamilyId;
  o.displayName = "PGGAN";
  o.summary =
      FEWSHOT_TEXT("FamilyText", "Progressive growing, minibatch stddev, equalized learning rate (Karras et al. 2018)");
  o.presets = {
      {"demo", FEWSHOT_TEXT("FamilyText", "Demo: grows 4 to 64 px, narrow, 1 100 iterations (ours, for a CPU)")},
      {"cpu-128", FEWSHOT_TEXT("FamilyText", "CPU 128 px: grows 4 to 128 px, 1 300 iterations (ours)")},
      {"official",
       FEWSHOT_TEXT("FamilyText", "Official widths: grows 4 to 256 px, one batch size (ours, needs a GPU)")},
      {"paper", FEWSHOT_TEXT("FamilyText",
                             "Paper: the official 1024 px run, per-resolution batches, 12 000 kimg (needs a GPU)")}};
  o.defaultPreset = "demo";
  o.benchPreset = "demo";  // the CPU preset's widths and optimiser
  o.settings = settings();
  o.presetConfig = presetConfig;
  o.validate = validate;
  o.imageSize = [](const train::TrainingConfig& c) { return c.pggan.imageSize; };
  o.setImageSize = [](train::TrainingConfig& c, int size) { c.pggan.imageSize = size; };
  // Timed at the final resolution: the growth phases pass within the first step.
  o.prepareBench = [](train::TrainingConfig& c) { c.pggan.stabiliseKimg = c.pggan.fadeKimg = 1e-9; };
  return o;
}

}  // namespace fewshot::pggan
