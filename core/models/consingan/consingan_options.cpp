#include "core/models/consingan/consingan_options.h"

#include <algorithm>
#include <stdexcept>

#include "core/config/setting_binding.h"

namespace fewshot::consingan {
namespace {

// Samples and checkpoints also come at every stage end; these add a few inside long stages.
int sampleInterval(const ConSinGanConfig& c) { return std::max(1, c.itersPerStage / 2); }
int checkpointInterval(const ConSinGanConfig& c) { return std::max(1, c.itersPerStage / 4); }

train::TrainingConfig presetConfig(const std::string& preset) {
  train::TrainingConfig c;
  c.model = kFamilyId;
  try {
    c.consingan = consinganPreset(preset == "cpu-128" ? "demo" : preset);
  } catch (const std::invalid_argument& e) {
    throw config::SettingError("preset", e.what());
  }
  c.lrG = c.lrD = 5e-4;
  c.beta1 = 0.5;
  c.beta2 = 0.999;
  c.sampleCount = 4;
  c.iterations = c.consingan.totalIterations();
  c.sampleEvery = sampleInterval(c.consingan);
  c.checkpointEvery = checkpointInterval(c.consingan);
  return c;
}

void validate(const train::TrainingConfig& c) {
  c.consingan.validate();
  if (c.iterations > c.consingan.totalIterations())
    throw config::SettingError("iterations", "Iterations " + std::to_string(c.iterations) + " exceed ConSinGAN's " +
                                                 std::to_string(c.consingan.trainStages) + " stages x " +
                                                 std::to_string(c.consingan.itersPerStage) + " iterations");
}

// The run's length and its sample and checkpoint intervals follow the stages unless the user set them.
void deriveSettings(train::TrainingConfig& c, const config::FamilyOptions::GivenKeys& given) {
  if (!given("iterations")) c.iterations = c.consingan.totalIterations();
  if (!given("sample_every")) c.sampleEvery = sampleInterval(c.consingan);
  if (!given("checkpoint_every")) c.checkpointEvery = checkpointInterval(c.consingan);
}

std::vector<config::Setting> settings() {
  using T = train::TrainingConfig;
  using C = ConSinGanConfig;
  using config::bindSetting;
  std::vector<config::Setting> all;
  all.push_back(bindSetting(&T::consingan, &C::mode, "consingan.mode", FEWSHOT_TEXT("Setting", "Mode"))
                    .describe(FEWSHOT_TEXT("Setting", "generation | retarget | harmonization | editing"))
                    .cli("mode", "MODE")
                    .oneOf({"generation", "retarget", "harmonization", "editing"},
                           {FEWSHOT_TEXT("Setting", "Generation"), FEWSHOT_TEXT("Setting", "Retargeting"),
                            FEWSHOT_TEXT("Setting", "Harmonization"), FEWSHOT_TEXT("Setting", "Editing")}));
  all.push_back(bindSetting(&T::consingan, &C::maxSize, "consingan.max_size", FEWSHOT_TEXT("Setting", "Largest size"))
                    .describe(FEWSHOT_TEXT("Setting", "longer side of the finest stage in pixels (official 250)"))
                    .cli("max-size", "PX")
                    .atLeast(1)
                    .spin(10));
  all.push_back(bindSetting(&T::consingan, &C::trainStages, "consingan.train_stages", FEWSHOT_TEXT("Setting", "Stages"))
                    .describe(FEWSHOT_TEXT("Setting", "number of stages (official 6)"))
                    .cli("stages")
                    .atLeast(2));
  all.push_back(bindSetting(&T::consingan, &C::itersPerStage, "consingan.iters_per_stage",
                            FEWSHOT_TEXT("Setting", "Iterations per stage"))
                    .describe(FEWSHOT_TEXT("Setting", "iterations per stage (official 2000)"))
                    .cli("stage-iters")
                    .atLeast(1)
                    .spin(100));
  all.push_back(bindSetting(&T::consingan, &C::nfc, "consingan.nfc", FEWSHOT_TEXT("Setting", "Width (channels)"))
                    .describe(FEWSHOT_TEXT("Setting", "channels of every convolution (official 64)"))
                    .cli("nfc")
                    .atLeast(4)
                    .spin(8));
  all.push_back(bindSetting(&T::consingan, &C::minSize, "consingan.min_size", FEWSHOT_TEXT("Setting", "Smallest size"))
                    .describe(FEWSHOT_TEXT("Setting", "shorter side of the coarsest stage in pixels (official 25)"))
                    .cli("min-size", "PX")
                    .atLeast(1)
                    .inAdvanced());
  all.push_back(bindSetting(&T::consingan, &C::trainDepth, "consingan.train_depth",
                            FEWSHOT_TEXT("Setting", "Stages trained together"))
                    .describe(FEWSHOT_TEXT("Setting", "newest stages trained together (official 3)"))
                    .cli("train-depth")
                    .atLeast(1)
                    .inAdvanced());
  all.push_back(
      bindSetting(&T::consingan, &C::lrScale, "consingan.lr_scale", FEWSHOT_TEXT("Setting", "Learning-rate scale"))
          .describe(FEWSHOT_TEXT("Setting", "learning-rate factor per older stage (official 0.1)"))
          .cli("lr-scale", "F")
          .above(0)
          .spin(0.05, 3)
          .inAdvanced());
  all.push_back(
      bindSetting(&T::consingan, &C::numLayer, "consingan.num_layer", FEWSHOT_TEXT("Setting", "Layers per stage"))
          .describe(FEWSHOT_TEXT("Setting",
                                 "convolution blocks per generator stage and in the discriminator "
                                 "(official 3)"))
          .cli("num-layer")
          .atLeast(1)
          .inAdvanced());
  all.push_back(
      bindSetting(&T::consingan, &C::alpha, "consingan.alpha", FEWSHOT_TEXT("Setting", "Reconstruction weight"))
          .describe(FEWSHOT_TEXT("Setting", "weight of the reconstruction loss (official 10)"))
          .cli("rec-weight", "W")
          .atLeast(0)
          .spin(1, 2)
          .inAdvanced());
  return all;
}

}  // namespace

config::FamilyOptions describeOptions() {
  config::FamilyOptions o;
  o.id = kFamilyId;
  o.displayName = "ConSinGAN";
  o.summary = FEWSHOT_TEXT("FamilyText",
                           "One image in, a multi-stage generator out; harmonization and editing (Hinz et al. 2021)");
  o.singleImage = true;
  o.presets = {
      {"demo", FEWSHOT_TEXT("FamilyText", "Demo: up to 128 px, 5 stages × 300 iterations (ours, for a CPU)")},
      {"tiny", FEWSHOT_TEXT("FamilyText", "Tiny: up to 48 px, 4 stages × 40 iterations (ours, a quick try)")},
      {"official", FEWSHOT_TEXT("FamilyText", "Official: up to 250 px, 6 stages × 2 000 iterations (GPU advised)")},
      {"paper", FEWSHOT_TEXT("FamilyText", "Paper: the official generation defaults (same as Official)")},
      {"harmonization",
       FEWSHOT_TEXT("FamilyText", "Harmonization: 3 stages × 1 000 iterations, as the paper's README")},
      {"editing", FEWSHOT_TEXT("FamilyText", "Editing: 6 stages × 1 000 iterations, as the paper's README")}};
  o.defaultPreset = "demo";
  o.benchPreset = "demo";
  o.iterationsPerStageKey = "consingan.iters_per_stage";
  // One image: no batch, no augmentation of a dataset, no FD/KID against a distribution.
  o.unusedCommon = {"batch_size",
                    "ema_decay",
                    "augment",
                    "fixed_p",
                    "diffaugment_policy",
                    "ada_preset",
                    "ada_target",
                    "ada_kimg",
                    "ada_supersampled",
                    "resize",
                    "resampling",
                    "metrics.every",
                    "metrics.samples",
                    "metrics.inception_file"};
  o.settings = settings();
  o.presetConfig = presetConfig;
  o.validate = validate;
  o.imageSize = [](const train::TrainingConfig& c) { return c.consingan.maxSize; };
  o.setImageSize = [](train::TrainingConfig& c, int size) { c.consingan.maxSize = size; };
  o.deriveSettings = deriveSettings;
  return o;
}

}  // namespace fewshot::consingan
