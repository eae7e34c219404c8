// The metrics a training session computes on fixed-seed EMA samples: FD + KID against the cached real
// features (FID/KID with the Inception file, else FD-EffNet/KID-EffNet), diversity with the collapse
// alarm, and the nearest training image of each sample (memorisation check).
#pragma once
#include <torch/torch.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/data/dataset_pack.h"
#include "core/data/image_u8.h"
#include "core/metrics/diversity.h"
#include "core/metrics/feature_extractor.h"
#include "core/metrics/feature_statistics.h"
#include "core/metrics/metrics_config.h"

namespace fewshot::metrics {

struct MetricsResult {
  // metric_<fd key>, metric_<kid key>, metric_<kid key>_std, metric_diversity, metric_nearest_distance.
  std::map<std::string, double> values;
  std::vector<std::string> warnings;         // collapse alarm
  std::shared_ptr<data::ImageU8> nearestSheet;  // rows of [sample | nearest training image]
};

class LiveMetrics {
 public:
  // Throws when the extractor cannot be created ("weights missing: ...", or a bad Inception file).
  LiveMetrics(const MetricsConfig& config, const data::DatasetPack& pack, const torch::Device& device);

  // samples: (N,3,H,W) in [-1,1], N >= 2. The first call computes (or loads) the real features.
  MetricsResult evaluate(const torch::Tensor& samples, int64_t iteration);
  const FeatureExtractor& extractor() const { return *extractor_; }
  FeatureExtractor& extractor() { return *extractor_; }
  // Real features (computing them if needed); `progress(done, total)` while computing.
  const torch::Tensor& realFeatures(const std::function<void(int64_t, int64_t)>& progress = {});

 private:
  MetricsConfig config_;
  const data::DatasetPack& pack_;
  std::unique_ptr<FeatureExtractor> extractor_;
  torch::Tensor realFeatures_;
  FeatureStatistics realStats_;
  CollapseAlarm alarm_;
};

}  // namespace fewshot::metrics
