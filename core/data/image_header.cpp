#include "core/data/image_header.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <algorithm>

namespace fewshot::data {
namespace {

using Status = ImageHeader::Status;
constexpr int64_t kMaxSide = int64_t{1} << 31;  // sides beyond this are refused before any product is formed

uint32_t u8(const std::string& b, size_t i) { return static_cast<uint8_t>(b[i]); }
uint32_t be16(const std::string& b, size_t i) { return (u8(b, i) << 8) | u8(b, i + 1); }
uint32_t be32(const std::string& b, size_t i) { return (be16(b, i) << 16) | be16(b, i + 2); }
uint32_t le16(const std::string& b, size_t i) { return u8(b, i) | (u8(b, i + 1) << 8); }
uint32_t le24(const std::string& b, size_t i) { return le16(b, i) | (u8(b, i + 2) << 16); }
uint32_t le32(const std::string& b, size_t i) { return le16(b, i) | (le16(b, i + 2) << 16); }

ImageHeader damaged(std::string problem) {
  ImageHeader h;
  h.status = Status::Damaged;
  h.problem = std::move(problem);
  return h;
}

ImageHeader needMore() {
  ImageHeader h;
  h.status = Status::NeedMoreBytes;
  return h;
}

// The header ends beyond `bytes`: with a prefix, read more; with the whole file, it is truncated.
ImageHeader shortHeader(bool complete, const char* format) {
  return complete ? damaged(std::string("truncated ") + format + " (the file ends inside its header)") : needMore();
}

ImageHeader sized(int64_t width, int64_t height, int channels, int bits, const char* format) {
  if (width <= 0 || height <= 0)
    return damaged(std::string("corrupt ") + format + " (the header gives a size of " + std::to_string(width) + "x" +
                   std::to_string(height) + ")");
  ImageHeader h;
  h.status = Status::Ok;
  h.width = std::min(width, kMaxSide);
  h.height = std::min(height, kMaxSide);
  h.channels = channels;
  h.bitsPerSample = bits > 0 ? bits : 8;
  return h;
}

bool isStartOfFrame(uint32_t marker) {
  return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

ImageHeader jpegHeader(const std::string& b, bool complete) {
  size_t pos = 2;
  while (true) {
    while (pos + 1 < b.size() && u8(b, pos) == 0xFF && u8(b, pos + 1) == 0xFF) ++pos;  // fill bytes
    if (pos + 4 > b.size()) return shortHeader(complete, "JPEG");
    if (u8(b, pos) != 0xFF) return damaged("corrupt JPEG (unexpected data between header segments)");
    const uint32_t marker = u8(b, pos + 1);
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
      pos += 2;
      continue;
    }
    if (marker == 0xD9 || marker == 0xDA) return damaged("corrupt JPEG (no frame header before the image data)");
    const size_t length = be16(b, pos + 2);
    if (length < 2) return damaged("corrupt JPEG (a header segment of length " + std::to_string(length) + ")");
    if (isStartOfFrame(marker)) {
      if (pos + 10 > b.size()) return shortHeader(complete, "JPEG");
      const int bits = static_cast<int>(u8(b, pos + 4));
      const int64_t height = be16(b, pos + 5), width = be16(b, pos + 7);
      const int components = static_cast<int>(u8(b, pos + 9));
      if (height == 0) return damaged("unsupported JPEG (the height is defined after the image data, by a DNL marker)");
      return sized(width, height, components, bits, "JPEG");
    }
    pos += 2 + length;
  }
}

ImageHeader pngHeader(const std::string& b, bool complete) {
  if (b.size() < 26) return shortHeader(complete, "PNG");
  if (b.compare(12, 4, "IHDR") != 0) return damaged("corrupt PNG (the first chunk is not IHDR)");
  const int bits = static_cast<int>(u8(b, 24));
  const uint32_t colourType = u8(b, 25);
  const int channels = colourType == 0 ? 1 : colourType == 2 ? 3 : colourType == 3 ? 4 : colourType == 4 ? 2 : 4;
  return sized(be32(b, 16), be32(b, 20), channels, bits, "PNG");
}

ImageHeader bmpHeader(const std::string& b, bool complete) {
  if (b.size() < 26) return shortHeader(complete, "BMP");
  const uint32_t headerSize = le32(b, 14);
  if (headerSize == 12) return sized(le16(b, 18), le16(b, 20), 4, 8, "BMP");
  if (headerSize < 16) return damaged("corrupt BMP (an info header of " + std::to_string(headerSize) + " bytes)");
  const int64_t width = static_cast<int32_t>(le32(b, 18));
  const int64_t height = std::llabs(static_cast<int32_t>(le32(b, 22)));  // negative: stored top-down
  return sized(width, height, 4, 8, "BMP");
}

ImageHeader webpHeader(const std::string& b, bool complete) {
  if (b.size() < 30) return shortHeader(complete, "WebP");
  const std::string chunk = b.substr(12, 4);
  if (chunk == "VP8 ") {
    if (u8(b, 23) != 0x9d || u8(b, 24) != 0x01 || u8(b, 25) != 0x2a)
      return damaged("corrupt WebP (bad VP8 frame header)");
    return sized(le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF, 4, 8, "WebP");
  }
  if (chunk == "VP8L") {
    if (u8(b, 20) != 0x2f) return damaged("corrupt WebP (bad lossless header)");
    const uint32_t bits = le32(b, 21);
    return sized((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1, 4, 8, "WebP");
  }
  if (chunk == "VP8X") return sized(int64_t{le24(b, 24)} + 1, int64_t{le24(b, 27)} + 1, 4, 8, "WebP");
  return damaged("corrupt or unsupported WebP (first chunk '" + chunk + "')");
}

// The first image file directory: ImageWidth (256), ImageLength (257), BitsPerSample (258),
// SamplesPerPixel (277). The directory may sit anywhere, often at the end of the file.
ImageHeader tiffHeader(const std::string& b, bool complete) {
  if (b.size() < 8) return shortHeader(complete, "TIFF");
  const bool little = b[0] == 'I';
  auto u16 = [&](size_t i) { return little ? le16(b, i) : be16(b, i); };
  auto u32 = [&](size_t i) { return little ? le32(b, i) : be32(b, i); };
  const uint64_t ifd = u32(4);
  if (ifd < 8) return damaged("corrupt TIFF (image directory at offset " + std::to_string(ifd) + ")");
  if (ifd + 2 > b.size()) return shortHeader(complete, "TIFF");
  const uint64_t count = u16(ifd);
  if (ifd + 2 + count * 12 > b.size()) return shortHeader(complete, "TIFF");
  // BitsPerSample holds one SHORT per sample: inline for up to two, else at an offset.
  auto firstShort = [&](size_t e) -> uint32_t {
    if (u32(e + 4) <= 2) return u16(e + 8);
    const uint64_t at = u32(e + 8);
    return at + 2 <= b.size() ? u16(static_cast<size_t>(at)) : 8;
  };
  int64_t width = -1, height = -1;
  int bits = 8, samples = 1;
  for (uint64_t k = 0; k < count; ++k) {
    const size_t e = static_cast<size_t>(ifd + 2 + k * 12);
    const uint32_t tag = u16(e), type = u16(e + 2);
    const int64_t value = type == 3 ? u16(e + 8) : type == 4 ? u32(e + 8) : -1;  // SHORT or LONG, inline
    if (tag == 256)
      width = value;
    else if (tag == 257)
      height = value;
    else if (tag == 258 && type == 3)
      bits = static_cast<int>(firstShort(e));
    else if (tag == 277 && value > 0)
      samples = static_cast<int>(std::min<int64_t>(value, 16));
  }
  if (width < 0 || height < 0) return damaged("corrupt TIFF (no image size in the first image directory)");
  return sized(width, height, samples, bits, "TIFF");
}

}  // namespace

ImageHeader readImageHeader(const std::string& bytes, ImageFormat format, bool complete) {
  switch (format) {
    case ImageFormat::Jpeg:
      return jpegHeader(bytes, complete);
    case ImageFormat::Png:
      return pngHeader(bytes, complete);
    case ImageFormat::Bmp:
      return bmpHeader(bytes, complete);
    case ImageFormat::WebP:
      return webpHeader(bytes, complete);
    case ImageFormat::Tiff:
      return tiffHeader(bytes, complete);
    case ImageFormat::Unknown:
      break;
  }
  return damaged("not an image");
}

uint64_t defaultMaxImagePixels() {
  static const uint64_t limit = [] {
    const char* text = std::getenv("FEWSHOT_MAX_MEGAPIXELS");
    char* end = nullptr;
    const double megapixels = text ? std::strtod(text, &end) : 0;
    if (text && end != text && *end == '\0' && megapixels >= 0.001 && megapixels <= 1e6)
      return static_cast<uint64_t>(megapixels * 1e6);
    return uint64_t{100'000'000};
  }();
  return limit;
}

std::string tooLargeReason(const ImageHeader& h, uint64_t maxPixels) {
  auto megapixels = [](uint64_t pixels) {
    char text[32];
    const double mp = static_cast<double>(pixels) / 1e6;
    std::snprintf(text, sizeof text, mp >= 10 ? "%.0f" : "%.2g", mp);
    return std::string(text);
  };
  return "too large (" + std::to_string(h.width) + "\u00d7" + std::to_string(h.height) +
         " pixels = " + megapixels(h.pixels()) + " megapixels; the limit is " + megapixels(maxPixels) + ")";
}

uint64_t decodeMemoryEstimate(const ImageHeader& h, uint64_t fileBytes) {
  const uint64_t channels = h.channels > 0 ? static_cast<uint64_t>(h.channels) : 4;
  const uint64_t sampleBytes = h.bitsPerSample > 16 ? 4 : h.bitsPerSample > 8 ? 2 : 1;
  // The decoded picture, its 8-bit and RGB conversions, the RGB copy and the oriented copy.
  const uint64_t perPixel = channels * sampleBytes + (sampleBytes > 1 ? channels : 0) + 3 + 3 + 3;
  return fileBytes + h.pixels() * perPixel;
}

}  // namespace fewshot::data
