// Finding a dataset's image files and hashing their bytes: the input of both the cache key and the
// duplicate check, done before (and, on a cache hit, instead of) any decoding.
#pragma once
#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace fewshot::data {

struct ScannedFile {
  std::string path;       // as found on disk
  std::string relative;   // relative to DatasetScan::baseDir, with '/' separators
  uint64_t size = 0;
  std::string sha256;     // hex digest of the bytes; empty when the file could not be read
  std::string readError;  // why it could not be read, else empty
};

struct DatasetScan {
  std::string root;                  // the path as given (a folder or one image file)
  std::string baseDir;               // the folder `relative` paths start from
  std::vector<ScannedFile> files;    // files with an image extension, sorted by relative path
  std::vector<std::string> ignored;  // other files (relative paths, sorted)
  // Entries neither used nor ignored, with the reason: unreadable folders, FIFOs, devices, sockets,
  // broken links and link loops without an image extension (those with one are in `files`, with a
  // readError), and, when not recursive, folders named like images. (relative path, reason), sorted.
  std::vector<std::pair<std::string, std::string>> unreadable;
};

// jpg, jpeg, png, bmp, webp, tif, tiff in any letter case.
bool hasImageExtension(const std::string& path);

// Throws DatasetError naming `path` when it is missing, unreadable, not an image file, or a folder
// without any image file.
DatasetScan scanDataset(const std::string& path, bool recursive);

// Fills size and sha256 (or readError) of every file, a few files at a time in parallel. Files that do not
// start like an image, or hold more than maxFileBytes, get a readError instead of being read to the end.
void hashScannedFiles(DatasetScan& scan, uint64_t maxFileBytes = std::numeric_limits<uint64_t>::max());

}  // namespace fewshot::data
