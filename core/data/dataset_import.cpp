// Import orchestration: scan, hash, cache lookup, parallel decode + preprocess, report.
#include "core/data/dataset_import.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>

#include "core/data/dataset_cache.h"
#include "core/data/dataset_scan.h"
#include "core/data/image_decoder.h"
#include "core/data/memory_budget.h"
#include "core/data/parallel_for.h"

namespace fewshot::data {
namespace {

constexpr int kMaxSide = 16384;
constexpr unsigned kDecodeThreads = 4;  // at most; the memory budget may let fewer decode at once
constexpr int kFewImages = 10;
constexpr double kAspectTolerance = 1.1;  // max/min aspect ratio before the dataset counts as mixed

void validate(const ImportOptions& o) {
  if (o.width < 1 || o.height < 1 || o.width > kMaxSide || o.height > kMaxSide)
    throw std::invalid_argument("import size must be between 1x1 and " + std::to_string(kMaxSide) + "x" +
                                std::to_string(kMaxSide) + ", not " + std::to_string(o.width) + "x" +
                                std::to_string(o.height));
}

void requireDecoder(const std::string& path) {
  if (const std::string reason = noImageDecoderReason(); !reason.empty()) throw DatasetError(path + ": " + reason);
}

std::string withoutPathPrefix(const std::string& message, const std::string& path) {
  const std::string prefix = path + ": ";
  return message.rfind(prefix, 0) == 0 ? message.substr(prefix.size()) : message;
}

std::string fixed(double v, int decimals) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", decimals, v);
  return text;
}

std::string sizeText(int w, int h) { return std::to_string(w) + "x" + std::to_string(h); }

struct Decoded {
  bool ok = false;
  int width = 0, height = 0;  // as decoded, after EXIF orientation
  std::string error;
};

// Decodes one file and writes its preprocessed pixels to `out` (imageBytes of the options' size). The
// header is read first; the decode waits until its estimated peak memory fits in `budget`.
Decoded decodeInto(const ScannedFile& file, const ImportOptions& o, MemoryBudget& budget, uint8_t* out) {
  Decoded d;
  try {
    const ImageFileProbe probe = probeImageFile(file.path, o.maxPixels);
    MemoryReservation reservation(budget, decodeMemoryEstimate(probe.header, probe.fileBytes));
    const ImageU8 image = decodeImageFile(file.path, o.background, o.maxPixels);
    d.width = image.width;
    d.height = image.height;
    const ImageU8 resized = preprocessImage(image, o);
    std::memcpy(out, resized.pixels.data(), resized.pixels.size());
    d.ok = true;
  } catch (const std::bad_alloc&) {
    d.error = "too large to decode in memory";
  } catch (const std::exception& e) {
    d.error = withoutPathPrefix(e.what(), file.path);
  }
  return d;
}

std::string smallImageWarning(int w, int h, const ImportOptions& o) {
  const double sx = static_cast<double>(o.width) / w, sy = static_cast<double>(o.height) / h;
  const double upscale = o.resize == ResizePolicy::Pad ? std::min(sx, sy) : std::max(sx, sy);
  std::string reason = "smaller than " + sizeText(o.width, o.height) + " (" + sizeText(w, h) + ")";
  if (upscale > 1.005) reason += "; upscaled " + fixed(upscale, 1) + "x, so it will look soft";
  return reason;
}

std::string aspectNote(const std::vector<std::pair<int, int>>& sizes, const ImportOptions& o) {
  double lo = 1e9, hi = 0;
  int portrait = 0, landscape = 0, square = 0;
  for (const auto& [w, h] : sizes) {
    const double aspect = static_cast<double>(w) / h;
    lo = std::min(lo, aspect);
    hi = std::max(hi, aspect);
    if (aspect > 1.05) ++landscape;
    else if (aspect < 1 / 1.05) ++portrait;
    else ++square;
  }
  if (sizes.size() < 2 || hi / lo <= kAspectTolerance) return {};
  std::string note = "mixed aspect ratios (width/height from " + fixed(lo, 2) + " to " + fixed(hi, 2) + ": " +
                     std::to_string(landscape) + " landscape, " + std::to_string(portrait) + " portrait, " +
                     std::to_string(square) + " square); ";
  const std::string target = sizeText(o.width, o.height);
  switch (o.resize) {
    case ResizePolicy::CenterCrop:
      return note + "all are center-cropped to " + target +
             ": check that subjects are not cut off, or use the pad policy";
    case ResizePolicy::Pad: return note + "all are padded to " + target + " with the background colour";
    case ResizePolicy::Stretch: return note + "all are stretched to " + target + ", which distorts shapes";
  }
  return note;
}

void addNotes(ImportReport& report, const std::vector<std::pair<int, int>>& sizes, const DatasetScan& scan,
              const ImportOptions& o) {
  const int count = static_cast<int>(sizes.size());
  if (count == 1)
    report.notes.push_back("1 usable image: suits single-image models; models that learn from a set need more");
  else if (count > 1 && count < kFewImages)
    report.notes.push_back("only " + std::to_string(count) + " usable images: few-shot GANs usually need " +
                           std::to_string(kFewImages) + " or more and will tend to memorise these");
  if (std::string note = aspectNote(sizes, o); !note.empty()) report.notes.push_back(std::move(note));
  if (!scan.ignored.empty()) {
    std::string note = std::to_string(scan.ignored.size()) + " other file" + (scan.ignored.size() == 1 ? "" : "s") +
                       " ignored (no image extension): ";
    for (size_t i = 0; i < scan.ignored.size() && i < 3; ++i) note += (i ? ", " : "") + scan.ignored[i];
    if (scan.ignored.size() > 3) note += ", ...";
    report.notes.push_back(note);
  }
}

struct ImportResult {
  DatasetPack pack;
  ImportReport report;
};

ImportResult runImport(const DatasetScan& scan, const ImportOptions& o) {
  const auto& files = scan.files;
  std::vector<std::vector<ImportIssue>> issues(files.size());  // per file, so the report follows scan order
  auto skip = [&](size_t i, std::string reason) {
    issues[i].push_back({ImportIssue::Kind::Skipped, files[i].path, std::move(reason)});
  };
  std::map<std::string, size_t> firstWithHash;
  std::vector<size_t> todo;
  for (size_t i = 0; i < files.size(); ++i) {
    if (!files[i].readError.empty()) skip(i, files[i].readError);
    else if (files[i].size == 0) skip(i, "zero-byte file");
    else if (const auto [first, isNew] = firstWithHash.emplace(files[i].sha256, i); !isNew)
      skip(i, "duplicate of " + files[first->second].relative);
    else todo.push_back(i);
  }

  ImportResult r;
  DatasetPack& pack = r.pack;
  pack.width = o.width;
  pack.height = o.height;
  const size_t imageBytes = pack.imageBytes();
  pack.pixels.resize(todo.size() * imageBytes);
  std::vector<Decoded> decoded(todo.size());
  MemoryBudget budget(o.decodeMemoryBudget ? o.decodeMemoryBudget : defaultDecodeMemoryBudget());
  auto decodeOne = [&](size_t k) {
    decoded[k] = decodeInto(files[todo[k]], o, budget, pack.pixels.data() + k * imageBytes);
  };
  parallelFor(todo.size(), decodeOne, kDecodeThreads);

  std::vector<std::pair<int, int>> sizes;
  for (size_t k = 0; k < todo.size(); ++k) {
    const size_t i = todo[k];
    const Decoded& d = decoded[k];
    if (!d.ok) {
      skip(i, d.error);
      continue;
    }
    if (sizes.size() != k)  // close the gap left by failed files, keeping the order
      std::memmove(pack.pixels.data() + sizes.size() * imageBytes, pack.pixels.data() + k * imageBytes, imageBytes);
    sizes.emplace_back(d.width, d.height);
    pack.sources.push_back(files[i].relative);
    if (d.width < o.width || d.height < o.height)
      issues[i].push_back({ImportIssue::Kind::Warning, files[i].path, smallImageWarning(d.width, d.height, o)});
  }
  pack.pixels.resize(sizes.size() * imageBytes);

  ImportReport& report = r.report;
  report.root = scan.root;
  report.filesScanned = static_cast<int>(files.size());
  report.imagesAccepted = pack.count();
  for (auto& list : issues)
    for (auto& issue : list) report.issues.push_back(std::move(issue));
  for (const auto& [relative, reason] : scan.unreadable) {
    const std::string path = (std::filesystem::path(scan.baseDir) / relative).string();
    report.issues.push_back({ImportIssue::Kind::Skipped, path, reason});
  }
  addNotes(report, sizes, scan, o);
  return r;
}

std::string noUsableImageMessage(const ImportReport& report) {
  std::string message = "none of the " + std::to_string(report.filesScanned) + " image files in " + report.root +
                        " can be used:";
  int shown = 0;
  for (const auto& issue : report.issues) {
    if (issue.kind != ImportIssue::Kind::Skipped) continue;
    if (shown++ == 5) {
      message += "\n  ... and " + std::to_string(report.skippedCount() - 5) + " more";
      break;
    }
    message += "\n  " + issue.file + ": " + issue.reason;
  }
  return message;
}

}  // namespace

DatasetPack importDataset(const std::string& path, const ImportOptions& options, ImportReport* report) {
  validate(options);
  DatasetScan scan = scanDataset(path, options.recursive);
  hashScannedFiles(scan, maxImageFileBytes(options.maxPixels));
  const std::string key = datasetCacheKey(scan, options);
  const CacheEntry entry = cacheEntryFor(options, key);
  if (DatasetPack cached; options.useCache && loadCachedImport(entry, scan, key, &cached, report)) return cached;

  requireDecoder(path);
  ImportResult r = runImport(scan, options);
  if (r.pack.count() == 0) throw DatasetError(noUsableImageMessage(r.report));
  r.pack.contentHash = key;
  if (options.useCache) {
    if (const std::string error = storeCachedImport(entry, scan, r.pack, r.report); error.empty())
      r.report.cachePath = entry.packPath;
    else
      r.report.notes.push_back("could not write the cache (" + error + "); the next import decodes again");
  }
  if (report) *report = std::move(r.report);
  return std::move(r.pack);
}

ImportReport checkDataset(const std::string& path, const ImportOptions& options) {
  validate(options);
  DatasetScan scan = scanDataset(path, options.recursive);
  hashScannedFiles(scan, maxImageFileBytes(options.maxPixels));
  if (options.useCache) {
    const std::string key = datasetCacheKey(scan, options);
    DatasetPack cached;
    ImportReport report;
    if (loadCachedImport(cacheEntryFor(options, key), scan, key, &cached, &report)) return report;
  }
  requireDecoder(path);
  return runImport(scan, options).report;
}

}  // namespace fewshot::data
