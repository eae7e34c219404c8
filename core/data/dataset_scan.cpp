#include "core/data/dataset_scan.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/data/dataset_import.h"
#include "core/data/image_format.h"
#include "core/data/parallel_for.h"
#include "core/util/regular_file.h"
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

// Streams the file through SHA-256 so that large files are never held in memory. Opened without
// blocking and type-checked on the descriptor: a FIFO swapped in after the scan must not hang the import.
// Files whose first bytes are no image, or that are larger than any image decoded would be, are not read
// further (a 3 GiB sparse "huge.jpg" would otherwise be hashed for a minute).
void hashFile(ScannedFile& file, uint64_t maxFileBytes) {
  if (!file.readError.empty()) return;
  const int fd = ::open(file.path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    file.readError = std::string("cannot open file (") + std::strerror(errno) + ")";
    return;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    file.readError = util::regularFileProblem(file.path);
    if (file.readError.empty()) file.readError = "not a regular file";
    return;
  }
  util::Sha256 hash;
  std::vector<char> buffer(1 << 20);
  uint64_t size = 0;
  while (true) {
    const ssize_t n = ::read(fd, buffer.data(), buffer.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      file.readError = std::string("read error (") + std::strerror(errno) + ")";
      break;
    }
    if (size == 0 && n > 0) {  // the first block: is it worth reading on?
      const std::string head(buffer.data(), std::min<size_t>(static_cast<size_t>(n), 1 << 16));
      if (sniffImageFormat(head) == ImageFormat::Unknown) file.readError = describeNonImage(head);
      else if (static_cast<uint64_t>(st.st_size) > maxFileBytes)
        file.readError = "too large (a " + util::byteCountText(static_cast<uint64_t>(st.st_size)) +
                         " file; the limit is " + util::byteCountText(maxFileBytes) + ")";
      if (!file.readError.empty()) break;
    }
    if (n == 0) break;
    hash.update(buffer.data(), static_cast<size_t>(n));
    size += static_cast<uint64_t>(n);
  }
  ::close(fd);
  if (!file.readError.empty()) return;
  file.size = size;
  file.sha256 = hash.hexDigest();
}

// Why a directory entry that is not a regular file cannot be imported; empty for folders (walked).
std::string entryProblem(const fs::directory_entry& entry) {
  std::error_code ec;
  const fs::file_status target = entry.status(ec);  // follows symbolic links
  if (ec) {
    if (entry.is_symlink()) {
      if (ec == std::errc::too_many_symbolic_link_levels) return "a symbolic link loop";
      if (ec == std::errc::no_such_file_or_directory) return "a broken symbolic link (its target does not exist)";
    }
    return "cannot be examined (" + ec.message() + ")";
  }
  if (fs::is_regular_file(target)) return {};
  return util::regularFileProblem(entry.path().string());
}

// Walks the folders itself (instead of recursive_directory_iterator) so that every entry that is not
// used can be named: unreadable folders, FIFOs, devices, sockets, broken links and link loops. Links to
// folders are not followed, as before.
void collect(DatasetScan& scan, const fs::path& root, bool recursive) {
  std::vector<fs::path> pending{root};
  while (!pending.empty()) {
    const fs::path folder = pending.back();
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(folder, ec);
    if (ec) {
      if (folder == root) throw DatasetError("cannot read folder " + root.string() + ": " + ec.message());
      const std::string relative = folder.lexically_relative(root).generic_string();
      scan.unreadable.push_back({relative, "folder cannot be read (" + ec.message() + ")"});
      continue;
    }
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      const fs::directory_entry& entry = *it;
      const std::string relative = entry.path().lexically_relative(root).generic_string();
      std::error_code typeError;
      if (!entry.is_symlink(typeError) && entry.is_directory(typeError)) {
        if (recursive) pending.push_back(entry.path());
        else if (hasImageExtension(relative)) scan.unreadable.push_back({relative, "a folder, not an image file"});
        continue;
      }
      if (entry.is_symlink(typeError) && fs::is_directory(entry.path(), typeError)) continue;  // not followed
      const std::string problem = entryProblem(entry);
      if (hasImageExtension(relative)) {
        ScannedFile file = scannedFile(entry.path().string(), relative);
        file.readError = problem;
        scan.files.push_back(std::move(file));
      } else if (problem.empty()) {
        scan.ignored.push_back(relative);
      } else {
        scan.unreadable.push_back({relative, problem});
      }
    }
    if (ec) {
      const std::string relative = folder.lexically_relative(root).generic_string();
      scan.unreadable.push_back({relative, "folder could not be read to the end (" + ec.message() + ")"});
    }
  }
}

}  // namespace

bool hasImageExtension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
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
    if (ec && ec != std::errc::no_such_file_or_directory)
      throw DatasetError("cannot access " + path + ": " + ec.message());
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
  if (!fs::is_directory(status))
    throw DatasetError(path + " is neither a folder nor an image file: " + util::regularFileProblem(path));
  scan.baseDir = path;
  try {
    collect(scan, fs::path(path), recursive);
  } catch (const fs::filesystem_error& e) {
    throw DatasetError("cannot read folder " + path + ": " + e.code().message());
  }
  auto byRelative = [](const ScannedFile& a, const ScannedFile& b) { return a.relative < b.relative; };
  std::sort(scan.files.begin(), scan.files.end(), byRelative);
  std::sort(scan.ignored.begin(), scan.ignored.end());
  std::sort(scan.unreadable.begin(), scan.unreadable.end());
  if (scan.files.empty()) {
    std::string message = "no image files (" + std::string(kExtensionList) + ") in " + path;
    if (!scan.ignored.empty()) message += " (" + std::to_string(scan.ignored.size()) + " other files ignored)";
    else message += ": the folder contains no files";
    throw DatasetError(message);
  }
  return scan;
}

void hashScannedFiles(DatasetScan& scan, uint64_t maxFileBytes) {
  parallelFor(scan.files.size(), [&](size_t i) { hashFile(scan.files[i], maxFileBytes); }, 4);
}

}  // namespace fewshot::data
