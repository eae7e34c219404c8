// Reading files that may be hostile: only regular files are opened (a FIFO would block forever, a
// device such as /dev/zero streams without end), and sizes are checked before anything is allocated.
#pragma once
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>

namespace fewshot::util {

// what() is "PATH: PROBLEM"; problem() alone reads as a reason in a report.
class FileReadError : public std::runtime_error {
 public:
  FileReadError(const std::string& path, const std::string& problem)
      : std::runtime_error(path + ": " + problem), problem_(problem) {}
  const std::string& problem() const { return problem_; }

 private:
  std::string problem_;
};

// Empty when `path` is a regular file (symbolic links followed), else what it is instead, e.g.
// "a named pipe (FIFO), not a regular file; ...", "no such file", "a symbolic link loop (...)".
std::string regularFileProblem(const std::string& path);

// The whole file; throws FileReadError naming the path when it is not a regular file, cannot be read,
// or holds more than maxBytes (problem "too large (3.0 GiB; the limit is 816 MiB)").
std::string readRegularFile(const std::string& path, uint64_t maxBytes = std::numeric_limits<uint64_t>::max());

// At most `count` bytes from the start of a regular file, and its size in *fileSize.
std::string readRegularFilePrefix(const std::string& path, size_t count, uint64_t* fileSize);

// "3.0 GiB", "816 MiB", "634 bytes".
std::string byteCountText(uint64_t bytes);

}  // namespace fewshot::util
