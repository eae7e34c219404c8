#include "core/models/pggan/pggan_config.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace fewshot::pggan {

void PgganConfig::validate(int batchSize) const {
  if (imageSize < 8 || imageSize > 1024 || (imageSize & (imageSize - 1)) != 0)
    throw std::invalid_argument("PGGAN needs a power-of-two size from 8 to 1024, not " + std::to_string(imageSize));
  if (fmapBase < 1 || fmapMax < 1) throw std::invalid_argument("--pggan-fmap-base and --pggan-fmap-max must be positive");
  if (stabiliseKimg <= 0 || fadeKimg <= 0)
    throw std::invalid_argument("--pggan-kimg-per-phase and --pggan-fade-kimg must be positive");
  if (mbstdGroupSize < 1) throw std::invalid_argument("PGGAN minibatch-stddev group size must be >= 1");
  const int g = std::min(mbstdGroupSize, batchSize);
  if (batchSize % g != 0)
    throw std::invalid_argument("--batch " + std::to_string(batchSize) + " must be divisible by the minibatch-stddev group size " +
                                std::to_string(mbstdGroupSize) + " (or smaller than it)");
  if (gpLambda < 0 || driftEpsilon < 0) throw std::invalid_argument("PGGAN gradient-penalty and drift weights must be >= 0");
}

int PgganConfig::nf(int stage) const { return std::max(1, std::min(fmapBase >> stage, fmapMax)); }

int PgganConfig::finalLog2() const {
  int l = 0;
  while ((1 << l) < imageSize) ++l;
  return l;
}

void to_json(nlohmann::json& j, const PgganConfig& c) {
  j = nlohmann::json{{"image_size", c.imageSize},         {"fmap_base", c.fmapBase},
                     {"fmap_max", c.fmapMax},             {"stabilise_kimg", c.stabiliseKimg},
                     {"fade_kimg", c.fadeKimg},           {"mbstd_group_size", c.mbstdGroupSize},
                     {"gp_lambda", c.gpLambda},           {"drift_epsilon", c.driftEpsilon},
                     {"reset_optimizer", c.resetOptimizer}};
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
}

}  // namespace fewshot::pggan
