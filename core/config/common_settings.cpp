#include "core/config/common_settings.h"

#include "core/config/setting_binding.h"

namespace fewshot::config {
namespace {

using train::TrainingConfig;

// "lr" writes both learning rates: the CLI's --lr is the official scripts' single rate.
Setting bothLearningRates() {
  Setting s;
  s.key = "lr";
  s.label = FEWSHOT_TEXT("Setting", "Learning rate");
  s.kind = SettingKind::Real;
  s.read = [](const TrainingConfig& c) { return SettingValue(c.lrG); };
  s.write = [](TrainingConfig& c, const SettingValue& v) { c.lrG = c.lrD = fromSettingValue<double>(v); };
  return s;
}

// --weights-dir is where the EfficientNet-Lite0 weights are, for the metrics and for Projected GAN's
// feature network alike.
Setting weightsFolder() {
  Setting s;
  s.key = "metrics.weights_dir";
  s.label = FEWSHOT_TEXT("Setting", "Pretrained weights folder");
  s.kind = SettingKind::Path;
  s.read = [](const TrainingConfig& c) { return SettingValue(c.metrics.weightsDir); };
  s.write = [](TrainingConfig& c, const SettingValue& v) {
    c.metrics.weightsDir = c.projected.weightsDir = std::get<std::string>(v);
  };
  return s;
}

std::vector<Setting> declare() {
  using T = TrainingConfig;
  using M = metrics::MetricsConfig;
  const std::vector<std::string> adaModes = {"ada", "fixed"};
  std::vector<Setting> all;
  all.push_back(bindSetting(&T::dataPath, "data", FEWSHOT_TEXT("Setting", "Dataset"))
                    .describe(FEWSHOT_TEXT("Setting", "folder of images, a single image, or a .fspack pack"))
                    .asPath()
                    .cli("data", "DIR")
                    .scriptsOnly());
  // The one training image of a single-image family: a second spelling of --data.
  all.push_back(bindSetting(&T::dataPath, "data", FEWSHOT_TEXT("Setting", "Training image"))
                    .describe(FEWSHOT_TEXT("Setting", "the one training image of --model consingan (same as --data)"))
                    .asPath()
                    .cli("image", "IMG")
                    .asShorthand());
  all.push_back(
      bindSetting(&T::runDir, "run_dir", FEWSHOT_TEXT("Setting", "Run folder"))
          .describe(FEWSHOT_TEXT("Setting", "run directory to create (config, metrics, samples, checkpoints)"))
          .asPath()
          .cli("out", "RUN_DIR")
          .scriptsOnly());
  all.push_back(bindSetting(&T::batchSize, "batch_size", FEWSHOT_TEXT("Setting", "Batch size"))
                    .describe(FEWSHOT_TEXT("Setting", "images per step"))
                    .cli("batch")
                    .range(1, train::kMaxBatchSize));
  all.push_back(bindSetting(&T::iterations, "iterations", FEWSHOT_TEXT("Setting", "Iterations"))
                    .describe(FEWSHOT_TEXT("Setting", "total iterations (with --resume: the new total)"))
                    .cli("iters")
                    .atLeast(0)
                    .spin(1000));
  all.push_back(bindSetting(&T::augment, "augment", FEWSHOT_TEXT("Setting", "Augmentation"))
                    .describe(FEWSHOT_TEXT("Setting", "none | diffaugment | ada (adaptive p) | fixed (constant --p)"))
                    .cli("augment", "MODE")
                    .oneOf({"none", "diffaugment", "ada", "fixed"},
                           {FEWSHOT_TEXT("Setting", "None"), FEWSHOT_TEXT("Setting", "DiffAugment"),
                            FEWSHOT_TEXT("Setting", "ADA (adaptive p)"), FEWSHOT_TEXT("Setting", "ADA with fixed p")}));
  all.push_back(bindSetting(&T::fixedP, "fixed_p", FEWSHOT_TEXT("Setting", "Fixed p"))
                    .describe(FEWSHOT_TEXT("Setting", "augmentation probability of --augment fixed"))
                    .cli("p", "P")
                    .atLeast(0).below(1)
                    .spin(0.05, 2)
                    .enabledWhen("augment", {"fixed"}));
  all.push_back(bothLearningRates()
                    .describe(FEWSHOT_TEXT("Setting", "learning rate of G and D"))
                    .cli("lr", "RATE")
                    .above(0)
                    .asShorthand());
  all.push_back(bindSetting(&T::lrG, "lr_g", FEWSHOT_TEXT("Setting", "Learning rate G"))
                    .describe(FEWSHOT_TEXT("Setting", "learning rate of the generator"))
                    .cli("lr-g", "RATE")
                    .above(0)
                    .spin(1e-5, 6)
                    .inAdvanced());
  all.push_back(bindSetting(&T::lrD, "lr_d", FEWSHOT_TEXT("Setting", "Learning rate D"))
                    .describe(FEWSHOT_TEXT("Setting", "learning rate of the discriminator"))
                    .cli("lr-d", "RATE")
                    .above(0)
                    .spin(1e-5, 6)
                    .inAdvanced());
  all.push_back(bindSetting(&T::beta1, "beta1", FEWSHOT_TEXT("Setting", "Adam beta1"))
                    .describe(FEWSHOT_TEXT("Setting", "Adam's first-moment decay"))
                    .cli("beta1", "B")
                    .range(0, 1)
                    .spin(0.01, 3)
                    .inAdvanced());
  all.push_back(bindSetting(&T::beta2, "beta2", FEWSHOT_TEXT("Setting", "Adam beta2"))
                    .describe(FEWSHOT_TEXT("Setting", "Adam's second-moment decay"))
                    .cli("beta2", "B")
                    .range(0, 1)
                    .spin(0.001, 4)
                    .inAdvanced());
  all.push_back(bindSetting(&T::emaDecay, "ema_decay", FEWSHOT_TEXT("Setting", "EMA decay"))
                    .describe(FEWSHOT_TEXT("Setting", "EMA decay of the generator weights (official 0.999)"))
                    .cli("ema", "DECAY")
                    .atLeast(0).below(1)
                    .spin(0.001, 5)
                    .inAdvanced());
  all.push_back(bindSetting(&T::seed, "seed", FEWSHOT_TEXT("Setting", "Seed"))
                    .describe(FEWSHOT_TEXT("Setting", "random seed"))
                    .cli("seed", "S")
                    .inAdvanced());
  all.push_back(bindSetting(&T::sampleEvery, "sample_every", FEWSHOT_TEXT("Setting", "Samples every"))
                    .describe(FEWSHOT_TEXT("Setting", "write a sample grid every N iterations"))
                    .cli("sample-every")
                    .atLeast(1)
                    .spin(50)
                    .inAdvanced());
  all.push_back(bindSetting(&T::checkpointEvery, "checkpoint_every", FEWSHOT_TEXT("Setting", "Checkpoint every"))
                    .describe(FEWSHOT_TEXT("Setting", "write a checkpoint every N iterations"))
                    .cli("checkpoint-every")
                    .atLeast(1)
                    .spin(100)
                    .inAdvanced());
  all.push_back(bindSetting(&T::keepCheckpoints, "keep_checkpoints", FEWSHOT_TEXT("Setting", "Checkpoints kept"))
                    .describe(FEWSHOT_TEXT("Setting", "keep the newest K checkpoints"))
                    .cli("keep-checkpoints", "K")
                    .atLeast(1)
                    .inAdvanced());
  all.push_back(bindSetting(&T::maxRollbacks, "max_rollbacks", FEWSHOT_TEXT("Setting", "Divergence rollbacks"))
                    .describe(FEWSHOT_TEXT("Setting",
                                           "divergence guard: roll back to the last checkpoint with halved "
                                           "learning rates at most N times"))
                    .cli("max-rollbacks")
                    .range(0, 100)
                    .inAdvanced());
  all.push_back(bindSetting(&T::sampleCount, "sample_count", FEWSHOT_TEXT("Setting", "Samples per grid"))
                    .atLeast(2)
                    .scriptsOnly());
  all.push_back(bindSetting(&T::lossBlowupFactor, "loss_blowup_factor", FEWSHOT_TEXT("Setting", "Loss blow-up factor"))
                    .atLeast(0)
                    .scriptsOnly());
  all.push_back(bindSetting(&T::device, "device", FEWSHOT_TEXT("Setting", "Device"))
                    .describe(FEWSHOT_TEXT("Setting", "cpu, cuda or cuda:N (with --resume: continue the run there)"))
                    .cli("device", "DEV")
                    .oneOf({"cpu", "cuda"}, {FEWSHOT_TEXT("Setting", "CPU"), FEWSHOT_TEXT("Setting", "CUDA")})
                    .suggestOnly()
                    .outsidePresets()
                    .inAdvanced());
  all.push_back(bindSetting(&T::precision, "precision", FEWSHOT_TEXT("Setting", "Precision"))
                    .describe(FEWSHOT_TEXT("Setting",
                                           "fp32, bf16 or fp16 (CUDA only) mixed precision for training; auto: "
                                           "bf16 where the GPU or CPU runs it fast, else fp32"))
                    .cli("precision", "P")
                    .oneOf({"fp32", "bf16", "fp16", "auto"},
                           {FEWSHOT_TEXT("Setting", "fp32 (exact)"), FEWSHOT_TEXT("Setting", "bf16 mixed"),
                            FEWSHOT_TEXT("Setting", "fp16 mixed (CUDA)"), FEWSHOT_TEXT("Setting", "Automatic")})
                    .outsidePresets()
                    .inAdvanced());
  all.push_back(bindSetting(&T::deviceRandom, "device_random", FEWSHOT_TEXT("Setting", "Random numbers on the GPU"))
                    .describe(FEWSHOT_TEXT("Setting",
                                           "draw the GPU's random numbers there (faster; off: drawn on the CPU, the "
                                           "same stream on every device)"))
                    .cli("device-random")
                    .outsidePresets()
                    .inAdvanced());
  all.push_back(bindSetting(&T::threads, "threads", FEWSHOT_TEXT("Setting", "CPU threads"))
                    .describe(FEWSHOT_TEXT("Setting", "CPU threads (0: all cores)"))
                    .cli("threads")
                    .range(0, train::kMaxThreads)
                    .minimumShownAs(FEWSHOT_TEXT("Setting", "all cores"))
                    .outsidePresets()
                    .inAdvanced());
  all.push_back(bindSetting(&T::diffAugmentPolicy, "diffaugment_policy", FEWSHOT_TEXT("Setting", "DiffAugment policy"))
                    .describe(FEWSHOT_TEXT("Setting", "DiffAugment policy, e.g. color,translation,cutout"))
                    .cli("policy", "LIST")
                    .enabledWhen("augment", {"diffaugment"})
                    .inAdvanced());
  all.push_back(
      bindSetting(&T::adaPreset, "ada_preset", FEWSHOT_TEXT("Setting", "ADA augmentations"))
          .describe(FEWSHOT_TEXT("Setting", "ADA augmentations: blit, geom, color, bg, bgc, bgcf, bgcfn, bgcfnc"))
          .cli("ada-preset", "NAME")
          .oneOf({"bgc", "bg", "blit", "geom", "color", "filter", "noise", "cutout", "bgcf", "bgcfn", "bgcfnc"})
          .enabledWhen("augment", adaModes)
          .inAdvanced());
  all.push_back(bindSetting(&T::adaTarget, "ada_target", FEWSHOT_TEXT("Setting", "ADA target r_t"))
                    .describe(FEWSHOT_TEXT("Setting", "ADA r_t target"))
                    .cli("ada-target", "R")
                    .above(-1).below(1)
                    .spin(0.05, 2)
                    .enabledWhen("augment", {"ada"})
                    .inAdvanced());
  all.push_back(bindSetting(&T::adaKimg, "ada_kimg", FEWSHOT_TEXT("Setting", "ADA speed (kimg)"))
                    .describe(FEWSHOT_TEXT("Setting", "thousands of real images for ADA p to move by 1"))
                    .cli("ada-kimg", "K")
                    .above(0)
                    .spin(10, 0)
                    .enabledWhen("augment", {"ada"})
                    .inAdvanced());
  all.push_back(bindSetting(&T::adaSupersampled, "ada_supersampled", FEWSHOT_TEXT("Setting", "ADA supersampling"))
                    .describe(FEWSHOT_TEXT("Setting",
                                           "on: the official 2x supersampled ADA resampling; off "
                                           "(--ada-one-resample): one grid_sample, faster, leaks more"))
                    .cli("ada-one-resample")
                    .switchSetsFalse()
                    .enabledWhen("augment", adaModes)
                    .inAdvanced());
  all.push_back(bindSetting(&T::resizePolicy, "resize", FEWSHOT_TEXT("Setting", "Resize"))
                    .describe(FEWSHOT_TEXT("Setting", "crop | pad | stretch"))
                    .cli("resize", "POLICY")
                    .oneOf({"crop", "pad", "stretch"}, {FEWSHOT_TEXT("Setting", "Crop"), FEWSHOT_TEXT("Setting", "Pad"),
                                                        FEWSHOT_TEXT("Setting", "Stretch")})
                    .inAdvanced());
  all.push_back(bindSetting(&T::resampling, "resampling", FEWSHOT_TEXT("Setting", "Resampling"))
                    .describe(FEWSHOT_TEXT("Setting", "area | bilinear"))
                    .cli("resampling", "MODE")
                    .oneOf({"area", "bilinear"}, {FEWSHOT_TEXT("Setting", "Area"), FEWSHOT_TEXT("Setting", "Bilinear")})
                    .inAdvanced());
  all.push_back(bindSetting(&T::background, "background", FEWSHOT_TEXT("Setting", "Background colour"))
                    .describe(FEWSHOT_TEXT("Setting", "colour that transparent pixels are composited over"))
                    .cli("background", "RRGGBB")
                    .inAdvanced());
  all.push_back(bindSetting(&T::metrics, &M::enabled, "metrics.enabled", FEWSHOT_TEXT("Setting", "Live metrics"))
                    .describe(FEWSHOT_TEXT("Setting", "no live metrics"))
                    .cli("no-metrics")
                    .switchSetsFalse()
                    .scriptsOnly());
  all.push_back(bindSetting(&T::metrics, &M::every, "metrics.every", FEWSHOT_TEXT("Setting", "Metrics every"))
                    .describe(FEWSHOT_TEXT("Setting",
                                           "live metrics every N iterations (0: automatic, within 10 % of "
                                           "training time)"))
                    .cli("metrics-every")
                    .atLeast(0)
                    .spin(100)
                    .minimumShownAs(FEWSHOT_TEXT("Setting", "automatic"))
                    .outsidePresets()
                    .inAdvanced());
  all.push_back(bindSetting(&T::metrics, &M::samples, "metrics.samples", FEWSHOT_TEXT("Setting", "Metrics samples"))
                    .describe(FEWSHOT_TEXT("Setting", "fixed-seed EMA samples per live evaluation"))
                    .cli("metrics-samples")
                    .atLeast(2)
                    .spin(16)
                    .outsidePresets()
                    .inAdvanced());
  all.push_back(weightsFolder()
                    .describe(FEWSHOT_TEXT("Setting",
                                           "folder with the EfficientNet-Lite0 weights (default: per-user data "
                                           "dir)"))
                    .cli("weights-dir", "DIR")
                    .scriptsOnly());
  all.push_back(bindSetting(&T::metrics, &M::inceptionFile, "metrics.inception_file",
                            FEWSHOT_TEXT("Setting", "Inception network"))
                    .describe(FEWSHOT_TEXT("Setting",
                                           "NVIDIA's inception-2015-12-05.pt: live FID/KID instead of "
                                           "FD/KID-EffNet"))
                    .asPath()
                    .cli("inception", "FILE")
                    .scriptsOnly());
  all.push_back(bindSetting(&T::tensorboard, "tensorboard", FEWSHOT_TEXT("Setting", "TensorBoard"))
                    .describe(FEWSHOT_TEXT("Setting",
                                           "also write scalars and sample grids as TensorBoard event files in "
                                           "the run folder (kept on resume; 'fewshot tensorboard RUN' converts "
                                           "any run)"))
                    .cli("tensorboard")
                    .outsidePresets()
                    .inAdvanced());
  return all;
}

}  // namespace

const std::vector<Setting>& commonSettings() {
  static const std::vector<Setting> all = declare();
  return all;
}

}  // namespace fewshot::config
