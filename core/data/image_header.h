// Image dimensions read from the file header before any decoder runs. Decoders trust the header and
// allocate width x height x channels at once, so a 634-byte JPEG claiming 32000x32000 pixels would
// cost gigabytes; checking the header first makes such files cheap to refuse ("too large").
#pragma once
#include <cstdint>
#include <string>

#include "core/data/image_format.h"

namespace fewshot::data {

struct ImageHeader {
  enum class Status { Ok, NeedMoreBytes, Damaged };
  Status status = Status::Damaged;
  int64_t width = 0, height = 0;
  int channels = 0;  // samples per pixel when the header says, else 0
  int bitsPerSample = 8;
  std::string problem;  // Damaged: why, e.g. "corrupt JPEG (no frame header before the image data)"

  bool ok() const { return status == Status::Ok; }
  uint64_t pixels() const { return static_cast<uint64_t>(width) * static_cast<uint64_t>(height); }
};

// `bytes` is the start of the file (or all of it: `complete`). With a prefix, NeedMoreBytes means the
// dimensions lie further in (e.g. a TIFF directory at the end of the file); never reads past `bytes`.
ImageHeader readImageHeader(const std::string& bytes, ImageFormat format, bool complete);

// The default limit on width x height: 100 megapixels, or FEWSHOT_MAX_MEGAPIXELS from the environment.
uint64_t defaultMaxImagePixels();
// "too large (32000×32000 pixels = 1024 megapixels; the limit is 100)"
std::string tooLargeReason(const ImageHeader& header, uint64_t maxPixels);
// Peak memory of decoding such an image and converting it to RGB (bytes), for bounding parallel decoding.
uint64_t decodeMemoryEstimate(const ImageHeader& header, uint64_t fileBytes);

}  // namespace fewshot::data
