// libFuzzer target: the image-file checks that run before any decoder (format sniffing, header sizes,
// truncation, EXIF orientation), then the decoder itself behind the header gate with a 4-megapixel
// limit: an input whose header passes must decode within libFuzzer's memory limit.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/data/dataset_import.h"
#include "core/data/exif_orientation.h"
#include "core/data/image_decoder.h"
#include "core/data/image_format.h"
#include "core/data/image_header.h"

using namespace fewshot::data;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const ImageFormat format = sniffImageFormat(bytes);
  if (format == ImageFormat::Unknown) {
    (void)describeNonImage(bytes);
    return 0;
  }
  for (const size_t cut : {size_t{0}, size / 2, size}) (void)readImageHeader(bytes.substr(0, cut), format, cut == size);
  const ImageHeader header = readImageHeader(bytes, format, true);
  if (header.ok()) (void)decodeMemoryEstimate(header, size);
  (void)findTruncation(bytes, format);
  (void)readExifOrientation(bytes, format);
  try {
    (void)decodeImageBytes(bytes, "fuzz", {255, 255, 255}, 4'000'000);
  } catch (const DatasetError&) {
  }
  return 0;
}
