#include "core/models/consingan/consingan_config.h"

#include <stdexcept>

#include "core/config/setting.h"

namespace fewshot::consingan {

Mode modeFromString(const std::string& s) {
  if (s == "generation") return Mode::Generation;
  if (s == "retarget") return Mode::Retarget;
  if (s == "harmonization") return Mode::Harmonization;
  if (s == "editing") return Mode::Editing;
  throw config::SettingError("consingan.mode",
                             "Mode must be generation, retarget, harmonization or editing, not '" + s + "'");
}

std::string toString(Mode m) {
  switch (m) {
    case Mode::Generation: return "generation";
    case Mode::Retarget: return "retarget";
    case Mode::Harmonization: return "harmonization";
    case Mode::Editing: return "editing";
  }
  return "generation";
}

void ConSinGanConfig::validate() const {
  trainMode();
  if (nfc < 4) throw config::SettingError("consingan.nfc", "Width must be at least 4");
  if (numLayer < 1) throw config::SettingError("consingan.num_layer", "Layers per stage must be at least 1");
  if (trainStages < 2) throw config::SettingError("consingan.train_stages", "Stages must be at least 2");
  if (!oldRescaling() && trainStages < 3)
    throw config::SettingError("consingan.train_stages",
                               "Stages must be at least 3 outside harmonization mode (the new "
                               "rescaling divides by ln(stages-1))");
  // D removes 2*(numLayer+2) pixels: the coarsest stage must keep a score map.
  if (minSize < 2 * (numLayer + 2) + 1)
    throw config::SettingError("consingan.min_size", "Smallest size must be at least " +
                                                         std::to_string(2 * (numLayer + 2) + 1) +
                                                         " (the discriminator's receptive field)");
  if (maxSize < minSize)
    throw config::SettingError("consingan.max_size", "Largest size must not be smaller than the smallest size");
  if (trainDepth < 1) throw config::SettingError("consingan.train_depth", "Stages trained together must be at least 1");
  if (!(lrScale > 0)) throw config::SettingError("consingan.lr_scale", "Learning-rate scale must be positive");
  if (itersPerStage < 1)
    throw config::SettingError("consingan.iters_per_stage", "Iterations per stage must be at least 1");
  if (dSteps < 1) throw config::SettingError("consingan.d_steps", "D steps must be at least 1");
  if (gSteps < 1) throw config::SettingError("consingan.g_steps", "G steps must be at least 1");
  if (!(leakySlope >= 0)) throw config::SettingError("consingan.leaky_slope", "The LeakyReLU slope must be at least 0");
}

void to_json(nlohmann::json& j, const ConSinGanConfig& c) {
  j = nlohmann::json{{"mode", c.mode},
                     {"nfc", c.nfc},
                     {"num_layer", c.numLayer},
                     {"train_stages", c.trainStages},
                     {"min_size", c.minSize},
                     {"max_size", c.maxSize},
                     {"train_depth", c.trainDepth},
                     {"lr_scale", c.lrScale},
                     {"iters_per_stage", c.itersPerStage},
                     {"gamma", c.gamma},
                     {"d_steps", c.dSteps},
                     {"g_steps", c.gSteps},
                     {"lambda_grad", c.lambdaGrad},
                     {"alpha", c.alpha},
                     {"noise_amp", c.noiseAmp},
                     {"leaky_slope", c.leakySlope},
                     {"batch_norm", c.batchNorm},
                     {"albumentations_cutout", c.albumentationsCutout}};
}

void from_json(const nlohmann::json& j, ConSinGanConfig& c) {
  c.mode = j.value("mode", c.mode);
  c.nfc = j.value("nfc", c.nfc);
  c.numLayer = j.value("num_layer", c.numLayer);
  c.trainStages = j.value("train_stages", c.trainStages);
  c.minSize = j.value("min_size", c.minSize);
  c.maxSize = j.value("max_size", c.maxSize);
  c.trainDepth = j.value("train_depth", c.trainDepth);
  c.lrScale = j.value("lr_scale", c.lrScale);
  c.itersPerStage = j.value("iters_per_stage", c.itersPerStage);
  c.gamma = j.value("gamma", c.gamma);
  c.dSteps = j.value("d_steps", c.dSteps);
  c.gSteps = j.value("g_steps", c.gSteps);
  c.lambdaGrad = j.value("lambda_grad", c.lambdaGrad);
  c.alpha = j.value("alpha", c.alpha);
  c.albumentationsCutout = j.value("albumentations_cutout", false);  // absent: a run from before it
  c.noiseAmp = j.value("noise_amp", c.noiseAmp);
  c.leakySlope = j.value("leaky_slope", c.leakySlope);
  c.batchNorm = j.value("batch_norm", c.batchNorm);
}

ConSinGanConfig consinganPreset(const std::string& name) {
  ConSinGanConfig c;
  // "paper": the official config.py / main_train.py defaults for generation, which these defaults are.
  if (name == "official" || name == "paper") return c;
  if (name == "demo") {
    c.maxSize = 128;
    c.nfc = 32;
    c.trainStages = 5;
    c.itersPerStage = 300;
  } else if (name == "tiny") {
    c.maxSize = 48;
    c.minSize = 15;
    c.nfc = 16;
    c.trainStages = 4;
    c.itersPerStage = 40;
  } else if (name == "harmonization") {  // README: 3 stages, min 120, lrelu 0.3, BN, 1000 iterations
    c.mode = "harmonization";
    c.trainStages = 3;
    c.minSize = 120;
    c.leakySlope = 0.3;
    c.batchNorm = true;
    c.itersPerStage = 1000;
  } else if (name == "editing") {  // README: 6 stages, BN, 1000 iterations
    c.mode = "editing";
    c.batchNorm = true;
    c.itersPerStage = 1000;
  } else {
    throw std::invalid_argument("unknown ConSinGAN preset '" + name +
                                "' (official, paper, demo, tiny, harmonization, editing)");
  }
  return c;
}

}  // namespace fewshot::consingan
