#include "core/data/dataset_scan.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/data/dataset_import.h"
#include "core/data/parallel_for.h"
#include "core/util/sha256.h"

namespace fewshot::data {
namespace fs = std::filesystem;

namespace {

const char* kExtensionList = "jpg, jpeg, png, bmp, webp, tif or tiff";

ScannedFile scannedFile(std::string path, std::string relative) {
  ScannedFile file;
  file.path = std::move(path);
  file.relative = std::move(relative);
  return file;
}

// Streams the file through SHA-256 so that large files are never held in memory.
void hashFile(ScannedFile& file) {
  std::ifstream in(file.path, std::ios::binary);
  if (!in) {
    file.readError = std::string("cannot open file (") + std::strerror(errno) + ")";
    return;
  }
  util::Sha256 hash;
  std::vector<char> buffer(1 << 20);
  uint64_t size = 0;
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto n = static_cast<size_t>(in.gcount());
    hash.update(buffer.data(), n);
    size += n;
  }
  if (in.bad()) {
    file.readError = "read error";
    return;
  }
  file.size = size;
  file.sha256 = hash.hexDigest();
}

void collect(DatasetScan& scan, const fs::path& folder, bool recursive) {
  auto visit = [&](const fs::directory_entry& entry) {
    std::error_code ec;
    if (!entry.is_regular_file(ec)) return;
    const std::string relative = entry.path().lexically_relative(folder).generic_string();
    if (hasImageExtension(entry.path().string())) scan.files.push_back(scannedFile(entry.path().string(), relative));
    else scan.ignored.push_back(relative);
  };
  const auto options = fs::directory_options::skip_permission_denied;
  if (recursive)
    for (auto it = fs::recursive_directory_iterator(folder, options); it != fs::recursive_directory_iterator(); ++it) visit(*it);
  else
    for (const auto& entry : fs::directory_iterator(folder, options)) visit(entry);
}

}  // namespace

bool hasImageExtension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const char* known : {".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff"})
    if (ext == known) return true;
  return false;
}

DatasetScan scanDataset(const std::string& path, bool recursive) {
  DatasetScan scan;
  scan.root = path;
  std::error_code ec;
  if (path.empty()) throw DatasetError("no dataset path given");
  const fs::file_status status = fs::status(path, ec);
  if (!fs::exists(status)) {
    if (ec && ec != std::errc::no_such_file_or_directory) throw DatasetError("cannot access " + path + ": " + ec.message());
    throw DatasetError(path + " does not exist");
  }
  if (fs::is_regular_file(status)) {
    if (!hasImageExtension(path))
      throw DatasetError(path + " is not an image file (expected " + std::string(kExtensionList) + ")");
    const fs::path file(path);
    scan.baseDir = file.has_parent_path() ? file.parent_path().string() : ".";
    scan.files.push_back(scannedFile(path, file.filename().generic_string()));
    return scan;
  }
  if (!fs::is_directory(status)) throw DatasetError(path + " is neither a folder nor an image file");
  scan.baseDir = path;
  try {
    collect(scan, fs::path(path), recursive);
  } catch (const fs::filesystem_error& e) {
    throw DatasetError("cannot read folder " + path + ": " + e.code().message());
  }
  auto byRelative = [](const ScannedFile& a, const ScannedFile& b) { return a.relative < b.relative; };
  std::sort(scan.files.begin(), scan.files.end(), byRelative);
  std::sort(scan.ignored.begin(), scan.ignored.end());
  if (scan.files.empty()) {
    std::string message = "no image files (" + std::string(kExtensionList) + ") in " + path;
    if (!scan.ignored.empty()) message += " (" + std::to_string(scan.ignored.size()) + " other files ignored)";
    else message += ": the folder contains no files";
    throw DatasetError(message);
  }
  return scan;
}

void hashScannedFiles(DatasetScan& scan) {
  parallelFor(scan.files.size(), [&](size_t i) { hashFile(scan.files[i]); }, 4);
}

}  // namespace fewshot::data
