#include "core/metrics/live_metrics.h"

#include "core/metrics/frechet_distance.h"
#include "core/metrics/kernel_distance.h"
#include "core/metrics/nearest_neighbors.h"
#include "core/metrics/real_features_cache.h"

namespace fewshot::metrics {

LiveMetrics::LiveMetrics(const MetricsConfig& config, const data::DatasetPack& pack, const torch::Device& device)
    : config_(config),
      pack_(pack),
      extractor_(createFeatureExtractor(config.inceptionFile, config.weightsDir, device)),
      alarm_(config.collapseRatio) {}

const torch::Tensor& LiveMetrics::realFeatures(const std::function<void(int64_t, int64_t)>& progress) {
  if (!realFeatures_.defined()) {
    realFeatures_ = metrics::realFeatures(pack_, *extractor_, progress);
    realStats_ = computeStatistics(realFeatures_);
  }
  return realFeatures_;
}

MetricsResult LiveMetrics::evaluate(const torch::Tensor& samples, int64_t iteration) {
  if (samples.size(0) < 2) throw std::invalid_argument("live metrics need at least 2 samples");
  const torch::Tensor& real = realFeatures();
  torch::Tensor generated = extractor_->extract(samples);
  MetricsResult result;
  auto& v = result.values;
  v["metric_" + extractor_->fdKey()] = frechetDistanceToFeatures(realStats_, generated);
  // A fixed KID seed: the subset draws are the same at every evaluation (common random numbers).
  KernelDistance kid = kernelDistance(real, generated, 100, 1000, 12345);
  v["metric_" + extractor_->kidKey()] = kid.mean;
  v["metric_" + extractor_->kidKey() + "_std"] = kid.std;
  const double diversity = meanPairwiseDistance(generated);
  v["metric_diversity"] = diversity;
  if (auto alarm = alarm_.update(diversity, iteration)) result.warnings.push_back(*alarm);
  NearestNeighbors nn = nearestNeighbors(generated, real);
  v["metric_nearest_distance"] = nn.distances.mean().item<double>();
  v["metric_nearest_distance_min"] = nn.distances.min().item<double>();
  const int64_t rows = std::min<int64_t>(8, samples.size(0));
  std::vector<torch::Tensor> nearestReals;
  for (int64_t i = 0; i < rows; ++i)
    nearestReals.push_back(packToTensor(pack_, nn.indices[i].item<int64_t>(), nn.indices[i].item<int64_t>() + 1));
  NearestNeighbors firstRows{torch::arange(rows, torch::kLong), nn.distances.slice(0, 0, rows)};
  result.nearestSheet = std::make_shared<data::ImageU8>(
      nearestNeighborSheet(samples.slice(0, 0, rows), torch::cat(nearestReals), firstRows, static_cast<int>(rows)));
  return result;
}

}  // namespace fewshot::metrics
