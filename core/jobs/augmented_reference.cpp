#include "core/jobs/augmented_reference.h"

#include <vector>

#include "core/augment/ada_pipeline.h"
#include "core/metrics/real_features_cache.h"
#include "core/models/common/random_source.h"

namespace fewshot::jobs {

torch::Tensor augmentedRealFeatures(const data::DatasetPack& pack, const train::TrainingConfig& config, double p,
                                    int copies, uint64_t seed, metrics::FeatureExtractor& extractor,
                                    const std::function<void(int64_t, int64_t)>& progress, torch::Tensor* preview) {
  AdaAugmentOptions options = AdaAugmentOptions::preset(config.adaPreset);
  options.supersampled = config.adaSupersampled;
  const AdaPipeline pipeline(options);
  RandomSource random(seed);
  torch::NoGradGuard noGrad;
  constexpr int64_t kChunk = 32;
  const int64_t n = pack.count(), total = n * copies;
  std::vector<torch::Tensor> parts;
  for (int copy = 0; copy < copies; ++copy) {
    for (int64_t begin = 0; begin < n; begin += kChunk) {
      const torch::Tensor reals = metrics::packToTensor(pack, begin, std::min(n, begin + kChunk));
      const torch::Tensor augmented = pipeline.apply(reals, p, random);
      if (preview && !preview->defined()) *preview = augmented.slice(0, 0, std::min<int64_t>(64, augmented.size(0)));
      parts.push_back(extractor.extract(augmented));
      if (progress) progress(copy * n + std::min(n, begin + kChunk), total);
    }
  }
  return torch::cat(parts);
}

}  // namespace fewshot::jobs
