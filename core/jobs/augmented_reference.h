// The reference set of the ADA leak measure: a run's training images augmented by its own ADA pipeline
// (preset and resampling path from its config) at a fixed p. A generator that has drifted towards the
// augmented distribution is closer to this set than to the plain training images.
#pragma once
#include <torch/torch.h>

#include <cstdint>
#include <functional>

#include "core/config/training_config.h"
#include "core/data/dataset_pack.h"
#include "core/metrics/feature_extractor.h"

namespace fewshot::jobs {

// (copies * N, d) features of `copies` independent augmentations of every training image, drawn from `seed`.
// `preview`, when given, receives the first up to 64 augmented images ((n,3,H,W) in [-1,1]).
torch::Tensor augmentedRealFeatures(const data::DatasetPack& pack, const train::TrainingConfig& config, double p,
                                    int copies, uint64_t seed, metrics::FeatureExtractor& extractor,
                                    const std::function<void(int64_t, int64_t)>& progress = {},
                                    torch::Tensor* preview = nullptr);

}  // namespace fewshot::jobs
