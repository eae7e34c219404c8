// The per-user cache of imported datasets: a pack at the training resolution plus the import report,
// stored under a key that changes whenever a file or a preprocessing option changes.
#pragma once
#include <string>

#include "core/data/dataset_import.h"
#include "core/data/dataset_pack.h"
#include "core/data/dataset_scan.h"

namespace fewshot::data {

// SHA-256 over a format version, the decoder version, every preprocessing option, and each file's
// relative path, size and content hash (in scan order). Needs hashScannedFiles() first.
std::string datasetCacheKey(const DatasetScan& scan, const ImportOptions& options);

struct CacheEntry {
  std::string packPath;    // <dir>/<key>.fspack
  std::string reportPath;  // <dir>/<key>.report.json
};
CacheEntry cacheEntryFor(const ImportOptions& options, const std::string& key);

// Loads a cached import made from the same files; false when there is none or it is damaged (the
// caller then imports again and overwrites it). Issue paths are re-rooted at scan.baseDir, so a moved
// folder still reports its current paths.
bool loadCachedImport(const CacheEntry& entry, const DatasetScan& scan, const std::string& key, DatasetPack* pack,
                      ImportReport* report);

// Writes the pack and the report atomically. Returns why it failed, or an empty string.
std::string storeCachedImport(const CacheEntry& entry, const DatasetScan& scan, const DatasetPack& pack,
                              const ImportReport& report);

}  // namespace fewshot::data
