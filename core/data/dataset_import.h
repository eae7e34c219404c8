// Import of a user's folder (or single image) into a DatasetPack, with a per-file report.
#pragma once
#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/data/dataset_pack.h"
#include "core/data/image_u8.h"

namespace fewshot::data {

// CenterCrop: the largest centred region with the target's aspect ratio. Pad: the whole image, fitted
// and centred on the background colour. Stretch: the whole image, distorted to the target.
enum class ResizePolicy { CenterCrop, Pad, Stretch };
// Area: pixel-area averaging when shrinking (cv::INTER_AREA), bicubic when enlarging.
// Bilinear: bilinear both ways (aliases when shrinking a lot).
enum class Resampling { Area, Bilinear };

ResizePolicy resizePolicyFromString(const std::string& s);  // "crop" | "pad" | "stretch"; throws
Resampling resamplingFromString(const std::string& s);      // "area" | "bilinear"; throws
std::string toString(ResizePolicy p);
std::string toString(Resampling r);
// "RRGGBB" or "#RRGGBB" (hex) -> {r, g, b}; throws std::invalid_argument.
std::array<uint8_t, 3> parseBackgroundColour(const std::string& text);

struct ImportOptions {
  int width = 256;   // training resolution
  int height = 256;
  ResizePolicy resize = ResizePolicy::CenterCrop;
  Resampling resampling = Resampling::Area;
  std::array<uint8_t, 3> background{255, 255, 255};  // alpha is composited over this colour
  bool recursive = true;
  std::string cacheDir;  // empty: the per-user cache (see defaultPackCacheDir())
  bool useCache = true;
  uint64_t maxPixels = 0;           // larger images are skipped as "too large"; 0: defaultMaxImagePixels()
  uint64_t decodeMemoryBudget = 0;  // bytes that parallel decoding may hold at once; 0: by physical memory
};

struct ImportIssue {
  enum class Kind { Skipped, Warning };
  Kind kind = Kind::Skipped;
  std::string file;    // path as found on disk
  std::string reason;  // e.g. "zero-byte file", "duplicate of a/b.png", "smaller than 256x256 (120x90)"
};

struct ImportReport {
  std::string root;
  int filesScanned = 0;   // files with an image extension
  int imagesAccepted = 0;
  bool loadedFromCache = false;
  std::string cachePath;
  std::vector<ImportIssue> issues;
  std::vector<std::string> notes;  // dataset-level warnings, e.g. "mixed aspect ratios: ..."

  int skippedCount() const;
  int warningCount() const;
  nlohmann::json toJson() const;
  std::string toText() const;  // human-readable, one line per issue
};

// Inverse of ImportReport::toJson(); throws nlohmann::json::exception or std::invalid_argument.
ImportReport importReportFromJson(const nlohmann::json& j);

// Any failure that makes the whole import impossible (missing folder, no usable image). The message
// names the path and what to do.
class DatasetError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Per-user cache directory for packs: $XDG_CACHE_HOME/fewshot-studio/packs or ~/.cache/fewshot-studio/packs.
std::string defaultPackCacheDir();

// Decodes one file to RGB (alpha composited over `background`), honouring EXIF orientation,
// 16-bit, palette, grayscale and CMYK inputs. Throws DatasetError naming the file on failure, also for
// files that are not regular files and images above maxPixels (0: the default, 100 megapixels).
ImageU8 decodeImageFile(const std::string& path, const std::array<uint8_t, 3>& background, uint64_t maxPixels = 0);
// Applies the resize policy and resampling to produce exactly width x height RGB.
ImageU8 preprocessImage(const ImageU8& image, const ImportOptions& options);

// Scans, decodes and preprocesses; uses/refreshes the cache. `path` may be a folder or one image file.
DatasetPack importDataset(const std::string& path, const ImportOptions& options, ImportReport* report = nullptr);
// Like importDataset but never writes a cache; for `fewshot dataset check`.
ImportReport checkDataset(const std::string& path, const ImportOptions& options);

}  // namespace fewshot::data
