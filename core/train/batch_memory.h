// Refuses batch sizes that cannot fit in this machine's memory before anything is allocated, so that a
// typo like --batch 100000 is an error message rather than the out-of-memory killer.
#pragma once
#include <cstdint>
#include <string>

#include "core/config/training_config.h"

namespace fewshot::train {

// A lower bound of the memory one training image costs, as a multiple of its float input tensor
// (3 x size x size x 4 bytes). Measured: FastGAN's demo preset (64 px, effnet-lpips) peaks at about
// 4100x (1.89 GB at batch 8, 6.75 GB at batch 32); the bound is set well below so that it only refuses
// batches that surely do not fit, whatever the family.
constexpr double kMinBytesPerInputByte = 1000;

// At least this many bytes for the batch of `config` (its activations, not the models).
uint64_t minimumBatchBytes(const TrainingConfig& config);

// Empty when the batch may fit, else the reason naming --batch, the estimate and the memory present.
// CPU runs are checked against the physical memory; other devices are not checked here.
std::string checkBatchFitsInMemory(const TrainingConfig& config);

}  // namespace fewshot::train
