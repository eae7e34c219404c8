// Features of a dataset's real images, cached per (dataset content hash, extractor id, device type,
// precision) under $XDG_CACHE_HOME/fewshot-studio/metrics (else ~/.cache/...), so statistics are computed
// once. Each entry records the device and precision it was computed with: GPU and CPU results differ in
// the last bits, so one never silently stands in for the other.
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

// One cache entry: the (N,d) float32 features (on the CPU) and how they were computed.
struct CachedRealFeatures {
  torch::Tensor features;
  std::string device;     // e.g. "cpu", "cuda:0"
  std::string precision;  // e.g. "fp32"
  std::string extractor;  // FeatureExtractor::id()
};

// Where the features of `pack` under `extractor` (on its device, in its precision) are cached.
std::string realFeaturesCachePath(const data::DatasetPack& pack, const FeatureExtractor& extractor);
// Reads a cache entry; throws (c10::Error, std::runtime_error) when it is damaged or of an older format.
CachedRealFeatures readCachedRealFeatures(const std::string& path);

// (N,d) float32 features of every image in `pack`; `progress(done, total)` is called while computing.
torch::Tensor realFeatures(const data::DatasetPack& pack, FeatureExtractor& extractor,
                           const std::function<void(int64_t, int64_t)>& progress = {});

}  // namespace fewshot::metrics
