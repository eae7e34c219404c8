#include "core/metrics/real_features_cache.h"

#include <cstdlib>
#include <filesystem>

#include "core/util/atomic_file.h"

namespace fewshot::metrics {

std::string metricsCacheDirectory() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return std::string(xdg) + "/fewshot-studio/metrics";
  const char* home = std::getenv("HOME");
  return std::string(home ? home : ".") + "/.cache/fewshot-studio/metrics";
}

torch::Tensor packToTensor(const data::DatasetPack& pack, int64_t begin, int64_t end) {
  if (end < 0 || end > pack.count()) end = pack.count();
  const int64_t n = std::max<int64_t>(end - begin, 0);
  torch::Tensor bytes = torch::from_blob(const_cast<uint8_t*>(pack.image(static_cast<int>(begin))),
                                         {n, pack.height, pack.width, 3}, torch::kUInt8);
  return bytes.permute({0, 3, 1, 2}).to(torch::kFloat32).div(127.5).sub(1.0).contiguous();
}

torch::Tensor realFeatures(const data::DatasetPack& pack, FeatureExtractor& extractor,
                           const std::function<void(int64_t, int64_t)>& progress) {
  if (pack.count() < 1) throw std::invalid_argument("the dataset has no images to compute real statistics from");
  const std::string path = metricsCacheDirectory() + "/" + pack.contentHash + "-" + extractor.id() + ".pt";
  if (std::filesystem::is_regular_file(path)) {
    try {
      torch::Tensor cached;
      torch::load(cached, path);
      if (cached.dim() == 2 && cached.size(0) == pack.count()) return cached;
    } catch (const c10::Error&) {
      // damaged cache entry: recompute and overwrite it
    }
  }
  std::vector<torch::Tensor> parts;
  const int64_t chunk = 32;
  for (int64_t i = 0; i < pack.count(); i += chunk) {
    parts.push_back(extractor.extract(packToTensor(pack, i, std::min<int64_t>(i + chunk, pack.count()))));
    if (progress) progress(std::min<int64_t>(i + chunk, pack.count()), pack.count());
  }
  torch::Tensor features = torch::cat(parts);
  try {
    std::filesystem::create_directories(metricsCacheDirectory());
    util::writeFileAtomically(path, [&](std::ostream& out) { torch::save(features, out); });
  } catch (const std::exception&) {
    // an unwritable cache only costs recomputation next time
  }
  return features;
}

}  // namespace fewshot::metrics
