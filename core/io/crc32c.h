// CRC-32C (Castagnoli polynomial), the checksum of TFRecord framing, and TensorFlow's "masked" form of
// it (a rotation plus a constant, so that a CRC stored inside checksummed data does not look like one).
#pragma once
#include <cstddef>
#include <cstdint>

namespace fewshot::io {

uint32_t crc32c(const void* data, size_t size);
uint32_t maskedCrc32c(const void* data, size_t size);

}  // namespace fewshot::io
