#include "core/train/training_config.h"

#include <cmath>
#include <stdexcept>

#include "core/augment/ada_options.h"
#include "core/augment/diff_augment.h"
#include "core/models/family_registry.h"

namespace fewshot::train {

int TrainingConfig::imageSize() const { return models::family(model).imageSize(*this); }

void TrainingConfig::setImageSize(int size) { models::family(model).setImageSize(*this, size); }

namespace {

// Written as "not inside" so that NaN, which fails every comparison, is refused too.
bool within(double value, double low, double high) { return value >= low && value <= high; }

}  // namespace

void TrainingConfig::validate() const {
  models::family(model).validate(*this);
  if (iterations < 0) throw std::invalid_argument("--iters must be >= 0");
  if (batchSize > kMaxBatchSize)
    throw std::invalid_argument("--batch must be at most " + std::to_string(kMaxBatchSize) + ", not " +
                                std::to_string(batchSize));
  if (!(lrG > 0 && lrD > 0 && std::isfinite(lrG) && std::isfinite(lrD)))
    throw std::invalid_argument("learning rates must be positive finite numbers");
  if (!within(beta1, 0, 1) || !within(beta2, 0, 1)) throw std::invalid_argument("Adam's betas must be in [0, 1]");
  if (sampleEvery < 1 || checkpointEvery < 1) throw std::invalid_argument("--sample-every and --checkpoint-every must be >= 1");
  if (keepCheckpoints < 1) throw std::invalid_argument("--keep-checkpoints must be >= 1");
  if (maxRollbacks < 0 || maxRollbacks > 100) throw std::invalid_argument("--max-rollbacks must be in [0, 100]");
  if (!(lossBlowupFactor == 0 || lossBlowupFactor > 1) || !std::isfinite(lossBlowupFactor))
    throw std::invalid_argument("the loss blow-up factor must be 0 (off) or above 1");
  if (sampleCount < 2) throw std::invalid_argument("sample count must be at least 2");
  if (augment != "none" && augment != "diffaugment" && augment != "ada" && augment != "fixed")
    throw std::invalid_argument("--augment must be none, diffaugment, ada or fixed, not '" + augment + "'");
  AdaAugmentOptions::preset(adaPreset);      // throws for unknown presets
  DiffAugmentPolicy::parse(diffAugmentPolicy);  // throws for unknown policies
  if (!(adaTarget > -1 && adaTarget < 1)) throw std::invalid_argument("--ada-target must be in (-1, 1)");
  if (!(adaKimg > 0 && std::isfinite(adaKimg))) throw std::invalid_argument("--ada-kimg must be positive");
  if (!(fixedP >= 0 && fixedP < 1)) throw std::invalid_argument("--p must be in [0, 1)");
  if (!(emaDecay >= 0 && emaDecay < 1)) throw std::invalid_argument("--ema must be in [0, 1)");
  if (threads < 0 || threads > kMaxThreads)
    throw std::invalid_argument("--threads must be in [0, " + std::to_string(kMaxThreads) + "]");
  if (!isDeviceName(device)) throw std::invalid_argument("--device must be cpu, cuda or cuda:N, not '" + device + "'");
  importOptions();  // validates resize/resampling/background
  if (reconstructionLoss != "auto" && reconstructionLoss != "effnet-lpips" && reconstructionLoss != "pixel-l1")
    throw std::invalid_argument("--reconstruction-loss must be auto, effnet-lpips or pixel-l1, not '" +
                                reconstructionLoss + "'");
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
    throw std::invalid_argument("--background expects a colour as RRGGBB, got '" + background + "'");
  for (int i = 0; i < 3; ++i) o.background[i] = static_cast<uint8_t>(std::stoi(background.substr(2 * i, 2), nullptr, 16));
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
  return models::family(model).presetConfig(preset);
}

}  // namespace fewshot::train
