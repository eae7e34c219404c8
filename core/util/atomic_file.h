// Crash-safe file replacement: write to a temporary file beside the target, fsync it, rename it
// over the target, fsync the directory. A crash at any point leaves either the old or the new file
// (and at worst a temporary ".NAME.tmp-PID-RANDOM", see temporary_names.h).
#pragma once
#include <functional>
#include <ostream>
#include <stdexcept>
#include <string>

namespace fewshot::util {

// A write that failed; the message names the path and the cause ("disk full ..." or the OS error).
class FileWriteError : public std::runtime_error {
 public:
  FileWriteError(const std::string& message, bool diskFull) : std::runtime_error(message), diskFull_(diskFull) {}
  bool diskFull() const { return diskFull_; }

 private:
  bool diskFull_;
};

// Calls `write` with a stream on a temporary file, then commits it to `path` atomically. Whatever
// fails (the OS, or `write` throwing anything), the temporary file is removed, the old file stays
// untouched and FileWriteError is thrown. An OS write error does not break the stream: `write` runs
// to its end (the rest goes nowhere) so that writers that cannot handle a failing stream, such as
// LibTorch's archive writer, never see one; the error is reported afterwards.
void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write);
void writeFileAtomically(const std::string& path, const std::string& bytes);

// Reads a whole regular file; throws FileReadError (regular_file.h) naming the path otherwise.
std::string readFileBytes(const std::string& path);

}  // namespace fewshot::util
