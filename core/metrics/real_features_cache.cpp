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

std::string realFeaturesCachePath(const data::DatasetPack& pack, const FeatureExtractor& extractor) {
  return metricsCacheDirectory() + "/" + pack.contentHash + "-" + extractor.id() + "-" +
         c10::DeviceTypeName(extractor.device().type(), /*lower_case=*/true) + "-" + extractor.precision() + ".pt";
}

CachedRealFeatures readCachedRealFeatures(const std::string& path) {
  torch::serialize::InputArchive archive;
  archive.load_from(path, torch::Device(torch::kCPU));
  CachedRealFeatures entry;
  archive.read("features", entry.features);
  c10::IValue v;
  archive.read("device", v);
  entry.device = v.toStringRef();
  archive.read("precision", v);
  entry.precision = v.toStringRef();
  archive.read("extractor", v);
  entry.extractor = v.toStringRef();
  return entry;
}

namespace {

void writeCachedRealFeatures(const std::string& path, const torch::Tensor& features,
                             const FeatureExtractor& extractor) {
  torch::serialize::OutputArchive archive;
  archive.write("features", features);
  archive.write("device", c10::IValue(extractor.device().str()));
  archive.write("precision", c10::IValue(extractor.precision()));
  archive.write("extractor", c10::IValue(extractor.id()));
  util::writeFileAtomically(path, [&](std::ostream& out) { archive.save_to(out); });
}

bool matches(const CachedRealFeatures& entry, const data::DatasetPack& pack, const FeatureExtractor& extractor) {
  return entry.features.dim() == 2 && entry.features.size(0) == pack.count() && entry.extractor == extractor.id() &&
         entry.precision == extractor.precision() &&
         torch::Device(entry.device).type() == extractor.device().type();
}

}  // namespace

torch::Tensor realFeatures(const data::DatasetPack& pack, FeatureExtractor& extractor,
                           const std::function<void(int64_t, int64_t)>& progress) {
  if (pack.count() < 1) throw std::invalid_argument("the dataset has no images to compute real statistics from");
  const std::string path = realFeaturesCachePath(pack, extractor);
  if (std::filesystem::is_regular_file(path)) {
    try {
      CachedRealFeatures cached = readCachedRealFeatures(path);
      if (matches(cached, pack, extractor)) return cached.features;
    } catch (const std::exception&) {
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
    writeCachedRealFeatures(path, features, extractor);
  } catch (const std::exception&) {
    // an unwritable cache only costs recomputation next time
  }
  return features;
}

}  // namespace fewshot::metrics
