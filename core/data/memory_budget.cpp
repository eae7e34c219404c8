#include "core/data/memory_budget.h"

#include <unistd.h>

#include <algorithm>

namespace fewshot::data {

uint64_t physicalMemoryBytes() {
  const long pages = ::sysconf(_SC_PHYS_PAGES), pageSize = ::sysconf(_SC_PAGESIZE);
  return pages > 0 && pageSize > 0 ? static_cast<uint64_t>(pages) * static_cast<uint64_t>(pageSize) : 0;
}

uint64_t defaultDecodeMemoryBudget() {
  return std::clamp<uint64_t>(physicalMemoryBytes() / 4, uint64_t{512} << 20, uint64_t{8} << 30);
}

}  // namespace fewshot::data
