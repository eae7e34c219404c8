#include "core/train/batch_memory.h"

#include "core/data/memory_budget.h"
#include "core/util/regular_file.h"

namespace fewshot::train {

uint64_t minimumBatchBytes(const TrainingConfig& config) {
  const double size = config.imageSize();
  const double inputBytes = 3.0 * size * size * sizeof(float);
  return static_cast<uint64_t>(config.batchSize * inputBytes * kMinBytesPerInputByte);
}

std::string checkBatchFitsInMemory(const TrainingConfig& config) {
  if (config.device != "cpu") return {};
  const uint64_t available = data::physicalMemoryBytes();
  const uint64_t needed = minimumBatchBytes(config);
  if (available == 0 || needed <= available) return {};
  return "Batch size " + std::to_string(config.batchSize) + " at " + std::to_string(config.imageSize()) +
         " px needs at least " + util::byteCountText(needed) + " of memory; this machine has " +
         util::byteCountText(available);
}

}  // namespace fewshot::train
