#include "core/data/exif_orientation.h"

#include <cstdint>
#include <cstring>

namespace fewshot::data {
namespace {

uint32_t byteAt(const std::string& b, size_t i) { return static_cast<uint8_t>(b[i]); }
uint32_t be16(const std::string& b, size_t i) { return (byteAt(b, i) << 8) | byteAt(b, i + 1); }
uint32_t be32(const std::string& b, size_t i) { return (be16(b, i) << 16) | be16(b, i + 2); }
uint32_t le32(const std::string& b, size_t i) {
  return byteAt(b, i) | (byteAt(b, i + 1) << 8) | (byteAt(b, i + 2) << 16) | (byteAt(b, i + 3) << 24);
}

// Reads tag 0x0112 from IFD0 of the TIFF structure in b[begin, end) (the body of an EXIF block).
int orientationFromTiff(const std::string& b, size_t begin, size_t end) {
  if (end > b.size() || end < begin) return 1;
  if (end - begin >= 6 && std::memcmp(b.data() + begin, "Exif\0\0", 6) == 0) begin += 6;
  if (end < begin + 8) return 1;
  const bool little = b.compare(begin, 2, "II") == 0;
  if (!little && b.compare(begin, 2, "MM") != 0) return 1;
  auto u16 = [&](size_t at) -> uint32_t {
    return little ? (byteAt(b, begin + at) | (byteAt(b, begin + at + 1) << 8)) : be16(b, begin + at);
  };
  auto u32 = [&](size_t at) -> uint32_t {
    return little ? (u16(at) | (u16(at + 2) << 16)) : be32(b, begin + at);
  };
  const size_t size = end - begin;
  const size_t ifd = u32(4);
  if (ifd + 2 > size) return 1;
  const uint32_t entries = u16(ifd);
  for (uint32_t i = 0; i < entries; ++i) {
    const size_t entry = ifd + 2 + 12 * static_cast<size_t>(i);
    if (entry + 12 > size) break;
    if (u16(entry) != 0x0112) continue;
    const uint32_t type = u16(entry + 2);
    const uint32_t value = type == 3 ? u16(entry + 8) : type == 4 ? u32(entry + 8) : 0;
    return value >= 1 && value <= 8 ? static_cast<int>(value) : 1;
  }
  return 1;
}

int jpegOrientation(const std::string& b) {
  size_t pos = 2;
  while (pos + 4 <= b.size() && byteAt(b, pos) == 0xFF) {
    const uint32_t marker = byteAt(b, pos + 1);
    if (marker == 0xFF) {  // fill byte
      ++pos;
      continue;
    }
    if (marker == 0xDA || marker == 0xD9) break;  // image data: no more metadata
    const size_t end = pos + 2 + be16(b, pos + 2);
    if (end > b.size()) break;
    if (marker == 0xE1 && b.compare(pos + 4, 6, std::string("Exif\0\0", 6)) == 0)
      return orientationFromTiff(b, pos + 4, end);
    pos = end;
  }
  return 1;
}

int pngOrientation(const std::string& b) {
  size_t pos = 8;
  while (pos + 12 <= b.size()) {
    const size_t length = be32(b, pos);
    if (pos + 12 + length > b.size()) break;
    if (b.compare(pos + 4, 4, "eXIf") == 0) return orientationFromTiff(b, pos + 8, pos + 8 + length);
    if (b.compare(pos + 4, 4, "IEND") == 0) break;
    pos += 12 + length;
  }
  return 1;
}

int webpOrientation(const std::string& b) {
  size_t pos = 12;
  while (pos + 8 <= b.size()) {
    const size_t length = le32(b, pos + 4);
    if (pos + 8 + length > b.size()) break;
    if (b.compare(pos, 4, "EXIF") == 0) return orientationFromTiff(b, pos + 8, pos + 8 + length);
    pos += 8 + length + (length & 1);
  }
  return 1;
}

}  // namespace

int readExifOrientation(const std::string& bytes, ImageFormat format) {
  switch (format) {
    case ImageFormat::Jpeg: return jpegOrientation(bytes);
    case ImageFormat::Png: return pngOrientation(bytes);
    case ImageFormat::WebP: return webpOrientation(bytes);
    default: return 1;
  }
}

ImageU8 applyExifOrientation(const ImageU8& image, int orientation) {
  if (orientation < 2 || orientation > 8) return image;
  const int w = image.width, h = image.height, c = image.channels;
  const bool swapsAxes = orientation >= 5;
  ImageU8 out;
  out.width = swapsAxes ? h : w;
  out.height = swapsAxes ? w : h;
  out.channels = c;
  out.pixels.resize(image.pixels.size());
  for (int y = 0; y < out.height; ++y) {
    uint8_t* dst = out.row(y);
    for (int x = 0; x < out.width; ++x) {
      int sx = x, sy = y;  // the stored pixel shown at (x, y)
      switch (orientation) {
        case 2: sx = w - 1 - x; break;                          // mirrored horizontally
        case 3: sx = w - 1 - x; sy = h - 1 - y; break;          // rotated 180
        case 4: sy = h - 1 - y; break;                          // mirrored vertically
        case 5: sx = y; sy = x; break;                          // transposed
        case 6: sx = y; sy = h - 1 - x; break;                  // turn 90 clockwise to display
        case 7: sx = w - 1 - y; sy = h - 1 - x; break;          // transversed
        case 8: sx = w - 1 - y; sy = x; break;                  // turn 90 counter-clockwise to display
      }
      std::memcpy(dst + static_cast<size_t>(x) * c, image.row(sy) + static_cast<size_t>(sx) * c, c);
    }
  }
  return out;
}

}  // namespace fewshot::data
