// Features of a dataset's real images, cached per (dataset content hash, extractor id) under
// $XDG_CACHE_HOME/fewshot-studio/metrics (else ~/.cache/...), so statistics are computed once.
#pragma once
#include <torch/torch.h>

#include <functional>
#include <string>

#include "core/data/dataset_pack.h"
#include "core/metrics/feature_extractor.h"

namespace fewshot::metrics {

std::string metricsCacheDirectory();

// All images of the pack as (N,3,H,W) float in [-1,1] (the same mapping training uses).
torch::Tensor packToTensor(const data::DatasetPack& pack, int64_t begin = 0, int64_t end = -1);

// (N,d) float32 features of every image in `pack`; `progress(done, total)` is called while computing.
torch::Tensor realFeatures(const data::DatasetPack& pack, FeatureExtractor& extractor,
                           const std::function<void(int64_t, int64_t)>& progress = {});

}  // namespace fewshot::metrics
