#include "core/train/batch_memory.h"

#include <unistd.h>

#include <cstdio>

namespace fewshot::train {

namespace {

uint64_t physicalMemoryBytes() {
  const long pages = sysconf(_SC_PHYS_PAGES), pageSize = sysconf(_SC_PAGESIZE);
  return pages > 0 && pageSize > 0 ? static_cast<uint64_t>(pages) * static_cast<uint64_t>(pageSize) : 0;
}

std::string gib(uint64_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f GiB", static_cast<double>(bytes) / (1024.0 * 1024.0 * 1024.0));
  return text;
}

}  // namespace

uint64_t minimumBatchBytes(const TrainingConfig& config) {
  const double size = config.imageSize();
  const double inputBytes = 3.0 * size * size * sizeof(float);
  return static_cast<uint64_t>(config.batchSize * inputBytes * kMinBytesPerInputByte);
}

std::string checkBatchFitsInMemory(const TrainingConfig& config) {
  if (config.device != "cpu") return {};
  const uint64_t available = physicalMemoryBytes();
  const uint64_t needed = minimumBatchBytes(config);
  if (available == 0 || needed <= available) return {};
  return "--batch " + std::to_string(config.batchSize) + " at " + std::to_string(config.imageSize()) +
         " px needs at least " + gib(needed) + " of memory; this machine has " + gib(available);
}

}  // namespace fewshot::train
