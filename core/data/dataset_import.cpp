#include "core/data/dataset_import.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <map>
#include <thread>

#include "core/util/atomic_file.h"
#include "core/util/sha256.h"

namespace fewshot::data {
namespace fs = std::filesystem;

namespace {

constexpr const char* kCacheFormat = "fewshot-pack-cache-1";

bool hasImageExtension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const char* e : {".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff"})
    if (ext == e) return true;
  return false;
}

struct Candidate {
  std::string path;      // as on disk
  std::string relative;  // relative to the root, for reports and pack sources
  std::string bytesHash;
  uint64_t size = 0;
  bool readable = true;
  std::string readError;
};

struct Scan {
  std::string root;
  std::vector<Candidate> files;
  int otherFiles = 0;
};

Scan scan(const std::string& path, bool recursive) {
  Scan s;
  s.root = path;
  std::error_code ec;
  if (!fs::exists(path, ec)) throw DatasetError(path + " does not exist");
  if (fs::is_regular_file(path, ec)) {
    if (!hasImageExtension(path))
      throw DatasetError(path + " is not an image file (expected jpg, jpeg, png, bmp, webp, tif or tiff)");
    s.files.push_back({path, fs::path(path).filename().string()});
    return s;
  }
  if (!fs::is_directory(path, ec)) throw DatasetError(path + " is neither a folder nor an image file");
  auto visit = [&](const fs::directory_entry& entry) {
    if (!entry.is_regular_file()) return;
    if (hasImageExtension(entry.path())) s.files.push_back({entry.path().string(), fs::relative(entry.path(), path).string()});
    else ++s.otherFiles;
  };
  const auto options = fs::directory_options::skip_permission_denied;
  if (recursive) for (const auto& e : fs::recursive_directory_iterator(path, options, ec)) visit(e);
  else for (const auto& e : fs::directory_iterator(path, options, ec)) visit(e);
  if (ec) throw DatasetError("cannot read folder " + path + ": " + ec.message());
  std::sort(s.files.begin(), s.files.end(), [](const Candidate& a, const Candidate& b) { return a.relative < b.relative; });
  if (s.files.empty())
    throw DatasetError("no image files (jpg, jpeg, png, bmp, webp, tif, tiff) found in " + path +
                       (s.otherFiles ? " (" + std::to_string(s.otherFiles) + " other files ignored)" : ""));
  return s;
}

void hashFiles(Scan& s) {
  for (auto& c : s.files) {
    try {
      const std::string bytes = util::readFileBytes(c.path);
      c.size = bytes.size();
      c.bytesHash = util::sha256Hex(bytes);
    } catch (const std::exception& e) {
      c.readable = false;
      c.readError = e.what();
    }
  }
}

std::string cacheKey(const Scan& s, const ImportOptions& o) {
  util::Sha256 h;
  auto add = [&](const std::string& v) {
    h.update(v);
    h.update("\n");
  };
  add(kCacheFormat);
  add(std::to_string(o.width) + "x" + std::to_string(o.height));
  add(toString(o.resize) + " " + toString(o.resampling));
  add(std::to_string(o.background[0]) + "," + std::to_string(o.background[1]) + "," + std::to_string(o.background[2]));
  for (const auto& c : s.files) add(c.relative + " " + std::to_string(c.size) + " " + c.bytesHash);
  return h.hexDigest();
}

struct Decoded {
  bool ok = false;
  ImageU8 image;
  int originalWidth = 0, originalHeight = 0;
  std::string error;
};

Decoded decodeOne(const Candidate& c, const ImportOptions& o) {
  Decoded d;
  try {
    ImageU8 original = decodeImageFile(c.path, o.background);
    d.originalWidth = original.width;
    d.originalHeight = original.height;
    d.image = preprocessImage(original, o);
    d.ok = true;
  } catch (const std::exception& e) {
    const std::string msg = e.what();
    const std::string prefix = c.path + ": ";
    d.error = msg.rfind(prefix, 0) == 0 ? msg.substr(prefix.size()) : msg;
  }
  return d;
}

// Decodes with up to hardware_concurrency() threads; results keep the input order.
std::vector<Decoded> decodeAll(const std::vector<const Candidate*>& todo, const ImportOptions& o) {
  std::vector<Decoded> out(todo.size());
  const size_t threads = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
  std::vector<std::future<void>> workers;
  for (size_t t = 0; t < threads; ++t)
    workers.push_back(std::async(std::launch::async, [&, t] {
      for (size_t i = t; i < todo.size(); i += threads) out[i] = decodeOne(*todo[i], o);
    }));
  for (auto& w : workers) w.get();
  return out;
}

ImportIssue skipped(const Candidate& c, std::string reason) { return {ImportIssue::Kind::Skipped, c.path, std::move(reason)}; }

struct ImportResult {
  DatasetPack pack;
  ImportReport report;
};

ImportResult runImport(Scan& s, const ImportOptions& o) {
  ImportResult r;
  ImportReport& report = r.report;
  report.root = s.root;
  report.filesScanned = static_cast<int>(s.files.size());
  std::map<std::string, std::string> firstByHash;
  std::vector<const Candidate*> todo;
  for (const auto& c : s.files) {
    if (!c.readable) report.issues.push_back(skipped(c, c.readError));
    else if (c.size == 0) report.issues.push_back(skipped(c, "zero-byte file"));
    else if (auto it = firstByHash.find(c.bytesHash); it != firstByHash.end())
      report.issues.push_back(skipped(c, "duplicate of " + it->second));
    else {
      firstByHash[c.bytesHash] = c.path;
      todo.push_back(&c);
    }
  }
  std::vector<Decoded> decoded = decodeAll(todo, o);
  DatasetPack& pack = r.pack;
  pack.width = o.width;
  pack.height = o.height;
  double minAspect = 1e9, maxAspect = 0;
  for (size_t i = 0; i < todo.size(); ++i) {
    const Candidate& c = *todo[i];
    const Decoded& d = decoded[i];
    if (!d.ok) {
      report.issues.push_back(skipped(c, d.error));
      continue;
    }
    if (d.originalWidth < o.width || d.originalHeight < o.height)
      report.issues.push_back({ImportIssue::Kind::Warning, c.path,
                               "smaller than " + std::to_string(o.width) + "x" + std::to_string(o.height) + " (" +
                                   std::to_string(d.originalWidth) + "x" + std::to_string(d.originalHeight) + "); upscaled"});
    const double aspect = static_cast<double>(d.originalWidth) / d.originalHeight;
    minAspect = std::min(minAspect, aspect);
    maxAspect = std::max(maxAspect, aspect);
    pack.sources.push_back(c.relative);
    pack.pixels.insert(pack.pixels.end(), d.image.pixels.begin(), d.image.pixels.end());
  }
  report.imagesAccepted = pack.count();
  if (pack.count() > 1 && maxAspect / minAspect > 1.1) {
    char text[160];
    std::snprintf(text, sizeof text, "mixed aspect ratios (%.2f to %.2f); they are %s to %dx%d", minAspect, maxAspect,
                  o.resize == ResizePolicy::CenterCrop ? "center-cropped" : (o.resize == ResizePolicy::Pad ? "padded" : "stretched"),
                  o.width, o.height);
    report.notes.push_back(text);
  }
  if (s.otherFiles > 0) report.notes.push_back(std::to_string(s.otherFiles) + " files without an image extension were ignored");
  return r;
}

std::string noUsableImageMessage(const ImportReport& report) {
  std::string message = "none of the " + std::to_string(report.filesScanned) + " image files in " + report.root + " can be used:";
  int shown = 0;
  for (const auto& i : report.issues) {
    if (i.kind != ImportIssue::Kind::Skipped) continue;
    if (shown++ == 5) {
      message += "\n  ...";
      break;
    }
    message += "\n  " + i.file + ": " + i.reason;
  }
  return message;
}

}  // namespace

std::string defaultPackCacheDir() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return std::string(xdg) + "/fewshot-studio/packs";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.cache/fewshot-studio/packs";
  return (fs::temp_directory_path() / "fewshot-studio-packs").string();
}

DatasetPack importDataset(const std::string& path, const ImportOptions& options, ImportReport* report) {
  Scan s = scan(path, options.recursive);
  hashFiles(s);
  const std::string key = cacheKey(s, options);
  const std::string dir = options.cacheDir.empty() ? defaultPackCacheDir() : options.cacheDir;
  const std::string packPath = dir + "/" + key + ".fspack", reportPath = dir + "/" + key + ".report.json";
  if (options.useCache && fs::exists(packPath) && fs::exists(reportPath)) {
    try {
      DatasetPack pack = loadDatasetPack(packPath);
      nlohmann::json j = nlohmann::json::parse(util::readFileBytes(reportPath));
      if (report) {
        *report = ImportReport{};
        report->root = path;
        report->filesScanned = j.value("files_scanned", 0);
        report->imagesAccepted = pack.count();
        for (const auto& i : j.at("issues"))
          report->issues.push_back({i.at("kind") == "skipped" ? ImportIssue::Kind::Skipped : ImportIssue::Kind::Warning,
                                    i.at("file"), i.at("reason")});
        report->notes = j.value("notes", std::vector<std::string>{});
        report->loadedFromCache = true;
        report->cachePath = packPath;
      }
      return pack;
    } catch (const std::exception&) {
      // A damaged cache entry is rebuilt below.
    }
  }
  ImportResult r = runImport(s, options);
  if (r.pack.count() == 0) throw DatasetError(noUsableImageMessage(r.report));
  r.pack.contentHash = key;
  if (options.useCache) {
    try {
      saveDatasetPack(r.pack, packPath);
      util::writeFileAtomically(reportPath, r.report.toJson().dump(1));
      r.report.cachePath = packPath;
    } catch (const std::exception& e) {
      r.report.notes.push_back(std::string("could not write the cache (") + e.what() + "); the next start decodes again");
    }
  }
  if (report) *report = r.report;
  return std::move(r.pack);
}

ImportReport checkDataset(const std::string& path, const ImportOptions& options) {
  Scan s = scan(path, options.recursive);
  hashFiles(s);
  return runImport(s, options).report;
}

}  // namespace fewshot::data
