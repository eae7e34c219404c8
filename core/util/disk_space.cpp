#include "core/util/disk_space.h"

#include <sys/statvfs.h>

#include <filesystem>

namespace fewshot::util {

std::optional<uint64_t> freeBytes(const std::string& path) {
  std::filesystem::path p = path.empty() ? "." : path;
  std::error_code ec;
  while (!std::filesystem::exists(p, ec) && p.has_parent_path() && p.parent_path() != p) p = p.parent_path();
  struct statvfs s {};
  if (::statvfs(p.c_str(), &s) != 0) return std::nullopt;
  return static_cast<uint64_t>(s.f_bavail) * s.f_frsize;
}

}  // namespace fewshot::util
