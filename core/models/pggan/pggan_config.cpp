#include "core/models/pggan/pggan_config.h"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "core/config/setting.h"

namespace fewshot::pggan {

namespace {

void checkBatch(int batch, int groupSize, const std::string& key, const std::string& what) {
  if (batch < 2)
    throw config::SettingError(key,
                               what + " must be at least 2 (minibatch stddev needs it), not " + std::to_string(batch));
  const int g = std::min(groupSize, batch);
  if (batch % g != 0)
    throw config::SettingError(key, what + " " + std::to_string(batch) +
                                        " must be divisible by the minibatch-stddev group size " +
                                        std::to_string(groupSize) + " (or smaller than it)");
}

int resolutionKey(const std::string& key, const char* field) {
  size_t used = 0;
  int value = 0;
  try {
    value = std::stoi(key, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != key.size())
    throw config::SettingError(std::string("pggan.") + field,
                               std::string("pggan.") + field + ": '" + key + "' is not a resolution in pixels");
  return value;
}

}  // namespace

void PgganConfig::validate(int batchSize) const {
  if (imageSize < 8 || imageSize > 1024 || (imageSize & (imageSize - 1)) != 0)
    throw config::SettingError("pggan.image_size",
                               "PGGAN needs a power-of-two size from 8 to 1024, not " + std::to_string(imageSize));
  if (fmapBase < 1) throw config::SettingError("pggan.fmap_base", "Width base must be positive");
  if (fmapMax < 1) throw config::SettingError("pggan.fmap_max", "Widest block must be positive");
  if (!(stabiliseKimg > 0))
    throw config::SettingError("pggan.stabilise_kimg", "Images per stabilisation must be positive");
  if (!(fadeKimg > 0)) throw config::SettingError("pggan.fade_kimg", "Images per fade-in must be positive");
  if (mbstdGroupSize < 1)
    throw config::SettingError("pggan.mbstd_group_size", "Minibatch-stddev group must be at least 1");
  checkBatch(batchSize, mbstdGroupSize, "batch_size", "Batch size");
  for (const auto& [resolution, batch] : minibatchPerResolution) {
    if (resolution < 4 || (resolution & (resolution - 1)) != 0)
      throw config::SettingError(
          "pggan.minibatch_per_resolution",
          "PGGAN minibatch_per_resolution: " + std::to_string(resolution) + " is not a power-of-two resolution from 4");
    checkBatch(batch, mbstdGroupSize, "pggan.minibatch_per_resolution",
               "The PGGAN minibatch at " + std::to_string(resolution) + " px");
  }
  for (const auto& [resolution, m] : lrMultiplierPerResolution)
    if (!(m > 0))
      throw config::SettingError(
          "pggan.lr_multiplier_per_resolution",
          "PGGAN learning-rate multiplier at " + std::to_string(resolution) + " px must be positive");
  if (!(gpLambda >= 0)) throw config::SettingError("pggan.gp_lambda", "Gradient-penalty weight must be at least 0");
  if (!(driftEpsilon >= 0)) throw config::SettingError("pggan.drift_epsilon", "Drift weight must be at least 0");
}

int PgganConfig::batchAt(int resolution, int batchSize) const {
  const auto it = minibatchPerResolution.find(resolution);
  return it == minibatchPerResolution.end() ? batchSize : it->second;
}

double PgganConfig::lrMultiplierAt(int resolution) const {
  const auto it = lrMultiplierPerResolution.find(resolution);
  return it == lrMultiplierPerResolution.end() ? 1.0 : it->second;
}

int PgganConfig::nf(int stage) const { return std::max(1, std::min(fmapBase >> stage, fmapMax)); }

int PgganConfig::finalLog2() const {
  int l = 0;
  while ((1 << l) < imageSize) ++l;
  return l;
}

void to_json(nlohmann::json& j, const PgganConfig& c) {
  j = nlohmann::json{
      {"image_size", c.imageSize},         {"fmap_base", c.fmapBase},         {"fmap_max", c.fmapMax},
      {"stabilise_kimg", c.stabiliseKimg}, {"fade_kimg", c.fadeKimg},         {"mbstd_group_size", c.mbstdGroupSize},
      {"gp_lambda", c.gpLambda},           {"drift_epsilon", c.driftEpsilon}, {"reset_optimizer", c.resetOptimizer},
      {"fused_scale", c.fusedScale}};
  // Objects keyed by the resolution, e.g. {"4": 128, "8": 128}.
  nlohmann::json batches = nlohmann::json::object(), lrs = nlohmann::json::object();
  for (const auto& [r, b] : c.minibatchPerResolution) batches[std::to_string(r)] = b;
  for (const auto& [r, m] : c.lrMultiplierPerResolution) lrs[std::to_string(r)] = m;
  j["minibatch_per_resolution"] = batches;
  j["lr_multiplier_per_resolution"] = lrs;
}

void from_json(const nlohmann::json& j, PgganConfig& c) {
  c.imageSize = j.value("image_size", c.imageSize);
  c.fmapBase = j.value("fmap_base", c.fmapBase);
  c.fmapMax = j.value("fmap_max", c.fmapMax);
  c.stabiliseKimg = j.value("stabilise_kimg", c.stabiliseKimg);
  c.fadeKimg = j.value("fade_kimg", c.fadeKimg);
  c.mbstdGroupSize = j.value("mbstd_group_size", c.mbstdGroupSize);
  c.gpLambda = j.value("gp_lambda", c.gpLambda);
  c.driftEpsilon = j.value("drift_epsilon", c.driftEpsilon);
  c.resetOptimizer = j.value("reset_optimizer", c.resetOptimizer);
  // Absent in runs written before the official block order: they keep LReLU before the pool.
  c.fusedScale = j.value("fused_scale", false);
  c.minibatchPerResolution.clear();
  c.lrMultiplierPerResolution.clear();
  const nlohmann::json batches = j.value("minibatch_per_resolution", nlohmann::json::object());
  const nlohmann::json lrs = j.value("lr_multiplier_per_resolution", nlohmann::json::object());
  // null (an empty map after a round trip through Qt's variants) counts as empty.
  if ((!batches.is_object() && !batches.is_null()) || (!lrs.is_object() && !lrs.is_null()))
    throw std::invalid_argument(
        "pggan.minibatch_per_resolution and pggan.lr_multiplier_per_resolution must be "
        "objects keyed by the resolution, e.g. {\"4\": 128}");
  for (const auto& [key, value] : batches.items())
    c.minibatchPerResolution[resolutionKey(key, "minibatch_per_resolution")] = value.get<int>();
  for (const auto& [key, value] : lrs.items())
    c.lrMultiplierPerResolution[resolutionKey(key, "lr_multiplier_per_resolution")] = value.get<double>();
}

}  // namespace fewshot::pggan
