#include "core/config/training_config.h"

#include <cmath>
#include <stdexcept>

#include "core/augment/ada_options.h"
#include "core/augment/diff_augment_policy.h"
#include "core/config/family_options.h"

namespace fewshot::train {

int TrainingConfig::imageSize() const { return config::familyOptions(model).imageSize(*this); }

void TrainingConfig::setImageSize(int size) { config::familyOptions(model).setImageSize(*this, size); }

void TrainingConfig::validate() const {
  const config::FamilyOptions& family = config::familyOptions(model);
  for (const config::Setting* setting : family.applicableSettings())
    if (!setting->shorthand) config::checkValue(*setting, setting->read(*this));
  family.validate(*this);
  if (!(lossBlowupFactor == 0 || lossBlowupFactor > 1))
    throw config::SettingError("loss_blowup_factor", "The loss blow-up factor must be 0 (off) or above 1");
  if (!isDeviceName(device))
    throw config::SettingError("device", "Device must be cpu, cuda or cuda:N, not '" + device + "'");
  if (precision == "fp16" && device == "cpu")
    throw config::SettingError("precision", "Precision fp16 needs a CUDA device; on the CPU use bf16 (or auto)");
  try {
    AdaAugmentOptions::preset(adaPreset);
  } catch (const std::invalid_argument& e) {
    throw config::SettingError("ada_preset", std::string("ADA augmentations: ") + e.what());
  }
  try {
    DiffAugmentPolicy::parse(diffAugmentPolicy);
  } catch (const std::invalid_argument& e) {
    throw config::SettingError("diffaugment_policy", std::string("DiffAugment policy: ") + e.what());
  }
  importOptions();  // the background colour's spelling
  metrics.validate();
}

bool isDeviceName(const std::string& name) {
  if (name == "cpu" || name == "cuda") return true;
  const std::string prefix = "cuda:";
  if (name.size() <= prefix.size() || name.size() > prefix.size() + 3 || name.rfind(prefix, 0) != 0) return false;
  return name.find_first_not_of("0123456789", prefix.size()) == std::string::npos;
}

data::ImportOptions TrainingConfig::importOptions() const {
  data::ImportOptions o;
  o.width = o.height = imageSize();
  o.resize = data::resizePolicyFromString(resizePolicy);
  o.resampling = data::resamplingFromString(resampling);
  if (background.size() != 6 || background.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos)
    throw config::SettingError("background",
                               "Background colour expects RRGGBB (six hexadecimal digits), not '" + background + "'");
  for (int i = 0; i < 3; ++i)
    o.background[i] = static_cast<uint8_t>(std::stoi(background.substr(2 * i, 2), nullptr, 16));
  return o;
}

void to_json(nlohmann::json& j, const TrainingConfig& c) {
  j = nlohmann::json{{"model", c.model},
                     {"data", c.dataPath},
                     {"iterations", c.iterations},
                     {"batch_size", c.batchSize},
                     {"lr_g", c.lrG},
                     {"lr_d", c.lrD},
                     {"beta1", c.beta1},
                     {"beta2", c.beta2},
                     {"ema_decay", c.emaDecay},
                     {"seed", c.seed},
                     {"device", c.device},
                     {"threads", c.threads},
                     {"precision", c.precision},
                     {"device_random", c.deviceRandom},
                     {"sample_every", c.sampleEvery},
                     {"sample_count", c.sampleCount},
                     {"checkpoint_every", c.checkpointEvery},
                     {"keep_checkpoints", c.keepCheckpoints},
                     {"max_rollbacks", c.maxRollbacks},
                     {"loss_blowup_factor", c.lossBlowupFactor},
                     {"augment", c.augment},
                     {"diffaugment_policy", c.diffAugmentPolicy},
                     {"ada_preset", c.adaPreset},
                     {"ada_target", c.adaTarget},
                     {"ada_kimg", c.adaKimg},
                     {"fixed_p", c.fixedP},
                     {"ada_supersampled", c.adaSupersampled},
                     {"reconstruction_loss", c.reconstructionLoss},
                     {fastgan::kFamilyId, c.fastgan},
                     {pggan::kFamilyId, c.pggan},
                     {"resize", c.resizePolicy},
                     {"resampling", c.resampling},
                     {"background", c.background},
                     {"metrics", c.metrics},
                     {"tensorboard", c.tensorboard},
                     {consingan::kFamilyId, c.consingan},
                     {projected::kFamilyId, c.projected}};
}

void from_json(const nlohmann::json& j, TrainingConfig& c) {
  c.model = j.value("model", c.model);
  c.dataPath = j.value("data", c.dataPath);
  c.iterations = j.value("iterations", c.iterations);
  c.batchSize = j.value("batch_size", c.batchSize);
  c.lrG = j.value("lr_g", c.lrG);
  c.lrD = j.value("lr_d", c.lrD);
  c.beta1 = j.value("beta1", c.beta1);
  c.beta2 = j.value("beta2", c.beta2);
  c.emaDecay = j.value("ema_decay", c.emaDecay);
  c.seed = j.value("seed", c.seed);
  c.device = j.value("device", c.device);
  c.threads = j.value("threads", c.threads);
  c.precision = j.value("precision", c.precision);
  c.deviceRandom = j.value("device_random", c.deviceRandom);
  c.sampleEvery = j.value("sample_every", c.sampleEvery);
  c.sampleCount = j.value("sample_count", c.sampleCount);
  c.checkpointEvery = j.value("checkpoint_every", c.checkpointEvery);
  c.keepCheckpoints = j.value("keep_checkpoints", c.keepCheckpoints);
  c.maxRollbacks = j.value("max_rollbacks", c.maxRollbacks);
  c.lossBlowupFactor = j.value("loss_blowup_factor", c.lossBlowupFactor);
  c.augment = j.value("augment", c.augment);
  c.diffAugmentPolicy = j.value("diffaugment_policy", c.diffAugmentPolicy);
  c.adaPreset = j.value("ada_preset", c.adaPreset);
  c.adaTarget = j.value("ada_target", c.adaTarget);
  c.adaKimg = j.value("ada_kimg", c.adaKimg);
  c.fixedP = j.value("fixed_p", c.fixedP);
  c.adaSupersampled = j.value("ada_supersampled", c.adaSupersampled);
  c.reconstructionLoss = j.value("reconstruction_loss", c.reconstructionLoss);
  if (j.contains(fastgan::kFamilyId)) c.fastgan = j.at(fastgan::kFamilyId).get<fastgan::FastGanConfig>();
  if (j.contains(pggan::kFamilyId)) c.pggan = j.at(pggan::kFamilyId).get<pggan::PgganConfig>();
  c.resizePolicy = j.value("resize", c.resizePolicy);
  c.resampling = j.value("resampling", c.resampling);
  c.background = j.value("background", c.background);
  if (j.contains("metrics")) c.metrics = j.at("metrics").get<metrics::MetricsConfig>();
  c.tensorboard = j.value("tensorboard", c.tensorboard);
  if (j.contains(consingan::kFamilyId)) c.consingan = j.at(consingan::kFamilyId).get<consingan::ConSinGanConfig>();
  if (j.contains(projected::kFamilyId)) c.projected = j.at(projected::kFamilyId).get<projected::ProjectedConfig>();
}

TrainingConfig presetConfig(const std::string& model, const std::string& preset) {
  return config::familyOptions(model).presetConfig(preset);
}

}  // namespace fewshot::train
