// Crash-safe file replacement: write to a temporary file beside the target, fsync it, rename it
// over the target, fsync the directory. A crash at any point leaves either the old or the new file.
#pragma once
#include <functional>
#include <ostream>
#include <string>

namespace fewshot::util {

// Calls `write` with a stream on a temporary file, then commits it to `path` atomically.
// Throws std::runtime_error naming `path` if anything fails; the old file is then untouched.
void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write);
void writeFileAtomically(const std::string& path, const std::string& bytes);

// Reads a whole file; throws std::runtime_error naming the path when it cannot be read.
std::string readFileBytes(const std::string& path);

}  // namespace fewshot::util
