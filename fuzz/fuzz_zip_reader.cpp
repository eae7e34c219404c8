// libFuzzer target: the zip reader behind `fewshot import`. Every entry of whatever parses is read;
// errors must be ZipError, allocations stay within the declared limits (libFuzzer's -rss_limit_mb).
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/io/zip_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    const fewshot::io::ZipReader zip(std::string(reinterpret_cast<const char*>(data), size), "fuzz.zip");
    for (const auto& name : zip.names()) {
      try {
        (void)zip.read(name);
      } catch (const fewshot::io::ZipError&) {
      }
    }
  } catch (const fewshot::io::ZipError&) {
  }
  return 0;
}
