#include "core/metrics/metrics_config.h"

#include <stdexcept>

#include "core/config/setting.h"

namespace fewshot::metrics {

void MetricsConfig::validate() const {
  if (every < 0) throw config::SettingError("metrics.every", "Metrics every must be at least 0 (0: automatic)");
  if (samples < 2) throw config::SettingError("metrics.samples", "Metrics samples must be at least 2");
  if (!(maxTimeFraction > 0 && maxTimeFraction <= 1))
    throw config::SettingError("metrics.max_time_fraction", "The metrics' share of training time must be in (0, 1]");
  if (!(collapseRatio > 0 && collapseRatio < 1))
    throw config::SettingError("metrics.collapse_ratio", "The collapse ratio must be in (0, 1)");
}

void to_json(nlohmann::json& j, const MetricsConfig& c) {
  j = nlohmann::json{{"enabled", c.enabled},         {"every", c.every},
                     {"max_time_fraction", c.maxTimeFraction}, {"samples", c.samples},
                     {"collapse_ratio", c.collapseRatio}, {"weights_dir", c.weightsDir},
                     {"inception_file", c.inceptionFile}};
}

void from_json(const nlohmann::json& j, MetricsConfig& c) {
  c.enabled = j.value("enabled", c.enabled);
  c.every = j.value("every", c.every);
  c.maxTimeFraction = j.value("max_time_fraction", c.maxTimeFraction);
  c.samples = j.value("samples", c.samples);
  c.collapseRatio = j.value("collapse_ratio", c.collapseRatio);
  c.weightsDir = j.value("weights_dir", c.weightsDir);
  c.inceptionFile = j.value("inception_file", c.inceptionFile);
}

}  // namespace fewshot::metrics
