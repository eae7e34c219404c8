// Free space on the file system that holds a path, for checks before large writes.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace fewshot::util {

// Bytes an unprivileged process may still write on the file system of `path` (or of its nearest
// existing parent); nullopt when the file system does not say.
std::optional<uint64_t> freeBytes(const std::string& path);

}  // namespace fewshot::util
