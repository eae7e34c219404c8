// Live-metric settings of a run (part of TrainingConfig, saved in config.json under "metrics").
#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace fewshot::metrics {

struct MetricsConfig {
  bool enabled = true;          // off: no live metrics (the reconstruction loss still uses the weights)
  // 0: automatic. Metrics run at sample ticks whenever the time spent on them stays within
  // maxTimeFraction of the training time so far (the first tick always runs, to measure the cost).
  int every = 0;
  double maxTimeFraction = 0.1;
  int samples = 64;             // fixed-seed EMA samples per evaluation
  double collapseRatio = 0.5;   // alarm when diversity < ratio * its best so far
  std::string weightsDir;       // empty: the per-user default (see core/features/weights_location.h)
  std::string inceptionFile;    // NVIDIA's inception-2015-12-05.pt: report FID/KID instead of FD/KID-EffNet

  void validate() const;
};

void to_json(nlohmann::json& j, const MetricsConfig& c);
void from_json(const nlohmann::json& j, MetricsConfig& c);

}  // namespace fewshot::metrics
