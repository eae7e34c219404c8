#include "core/data/dataset_cache.h"

#include <cstdlib>
#include <filesystem>
#include <map>

#include "core/data/image_decoder.h"
#include "core/util/atomic_file.h"
#include "core/util/sha256.h"
#include "core/util/temporary_names.h"

namespace fewshot::data {
namespace fs = std::filesystem;

namespace {

// Bump when the decoding or preprocessing code changes what pixels an import produces.
constexpr const char* kCacheFormat = "fewshot-dataset-cache 3";

}  // namespace

std::string defaultPackCacheDir() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return std::string(xdg) + "/fewshot-studio/packs";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.cache/fewshot-studio/packs";
  return (fs::temp_directory_path() / "fewshot-studio-packs").string();
}

std::string datasetCacheKey(const DatasetScan& scan, const ImportOptions& o) {
  util::Sha256 hash;
  auto field = [&](const std::string& value) {  // length-prefixed, so no file name can forge a boundary
    const std::string prefix = std::to_string(value.size()) + ":";
    hash.update(prefix);
    hash.update(value);
  };
  field(kCacheFormat);
  field(imageDecoderVersion());
  field(std::to_string(o.width) + "x" + std::to_string(o.height));
  field(toString(o.resize));
  field(toString(o.resampling));
  field(std::to_string(o.background[0]) + "," + std::to_string(o.background[1]) + "," +
        std::to_string(o.background[2]));
  field(std::to_string(scan.files.size()));
  for (const auto& f : scan.files) {
    field(f.relative);
    field(std::to_string(f.size));
    field(f.readError.empty() ? f.sha256 : "unreadable: " + f.readError);
  }
  field("max pixels " + std::to_string(o.maxPixels ? o.maxPixels : defaultMaxImagePixels()));
  field(std::to_string(scan.unreadable.size()));
  for (const auto& [relative, reason] : scan.unreadable) {
    field(relative);
    field(reason);
  }
  return hash.hexDigest();
}

CacheEntry cacheEntryFor(const ImportOptions& options, const std::string& key) {
  const fs::path dir = options.cacheDir.empty() ? defaultPackCacheDir() : options.cacheDir;
  return {(dir / (key + ".fspack")).string(), (dir / (key + ".report.json")).string()};
}

bool loadCachedImport(const CacheEntry& entry, const DatasetScan& scan, const std::string& key, DatasetPack* pack,
                      ImportReport* report) {
  std::error_code ec;
  if (!fs::is_regular_file(entry.packPath, ec) || !fs::is_regular_file(entry.reportPath, ec)) return false;
  try {
    DatasetPack cached = loadDatasetPack(entry.packPath);
    ImportReport cachedReport = importReportFromJson(nlohmann::json::parse(util::readFileBytes(entry.reportPath)));
    if (cached.contentHash != key || cachedReport.imagesAccepted != cached.count()) return false;
    std::map<std::string, std::string> pathOf;
    for (const auto& f : scan.files) pathOf[f.relative] = f.path;
    for (auto& issue : cachedReport.issues) {
      const auto it = pathOf.find(issue.file);
      issue.file = it != pathOf.end() ? it->second : (fs::path(scan.baseDir) / issue.file).string();
    }
    cachedReport.root = scan.root;
    cachedReport.loadedFromCache = true;
    cachedReport.cachePath = entry.packPath;
    *pack = std::move(cached);
    if (report) *report = std::move(cachedReport);
    return true;
  } catch (const std::exception&) {
    return false;  // damaged or from an incompatible version: imported again and overwritten
  }
}

std::string storeCachedImport(const CacheEntry& entry, const DatasetScan& scan, const DatasetPack& pack,
                              const ImportReport& report) {
  std::map<std::string, std::string> relativeOf;
  for (const auto& f : scan.files) relativeOf[f.path] = f.relative;
  for (const auto& entry : scan.unreadable) relativeOf[(fs::path(scan.baseDir) / entry.first).string()] = entry.first;
  ImportReport portable = report;
  for (auto& issue : portable.issues)
    if (const auto it = relativeOf.find(issue.file); it != relativeOf.end()) issue.file = it->second;
  portable.cachePath.clear();
  try {
    util::removeStaleTemporaries(fs::path(entry.packPath).parent_path().string());  // left by killed imports
    saveDatasetPack(pack, entry.packPath);
    util::writeFileAtomically(entry.reportPath, portable.toJson().dump(1));
  } catch (const std::exception& e) {
    return e.what();
  }
  return {};
}

}  // namespace fewshot::data
