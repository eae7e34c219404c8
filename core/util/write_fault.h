// Test hook for the atomic writer: makes writes to matching paths fail with an OS error (ENOSPC by
// default) after a number of bytes, as a full disk would, without LD_PRELOAD or a real full disk.
#pragma once
#include <cerrno>
#include <cstdint>
#include <optional>
#include <string>

namespace fewshot::util {

struct WriteFault {
  std::string pathContains;     // applies to targets whose path contains this ("" = every write)
  uint64_t failAfterBytes = 0;  // bytes that still reach the file before the failure
  int error = ENOSPC;
  bool atSync = false;  // fail in fsync() instead, as delayed allocation on a full disk does
};

// Installs (or, with nullopt, removes) the fault for all threads.
void setWriteFaultForTesting(std::optional<WriteFault> fault);
// The installed fault when it applies to `path`.
std::optional<WriteFault> writeFaultFor(const std::string& path);

}  // namespace fewshot::util
