// Hand-made image files for the dataset import tests: PNGs of any colour type and bit depth (palette,
// tRNS, 16-bit, eXIf) written byte by byte, and EXIF orientation blocks spliced into JPEGs.
#pragma once
#include <algorithm>
#include <cstdint>
#include <fstream>
#include <string>
#include <utility>

namespace fewshot::testing {

inline std::string bigEndian32(uint32_t v) {
  return {char(v >> 24), char((v >> 16) & 0xFF), char((v >> 8) & 0xFF), char(v & 0xFF)};
}

inline uint32_t crc32(const std::string& data) {
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char byte : data) {
    crc ^= byte;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

// A zlib stream of uncompressed ("stored") deflate blocks: valid without a compressor.
inline std::string zlibStored(const std::string& raw) {
  std::string out("\x78\x01", 2);
  size_t pos = 0;
  do {
    const size_t n = std::min<size_t>(raw.size() - pos, 65535);
    const bool last = pos + n == raw.size();
    out += char(last ? 1 : 0);
    out += char(n & 0xFF);
    out += char(n >> 8);
    out += char(~n & 0xFF);
    out += char((~n >> 8) & 0xFF);
    out += raw.substr(pos, n);
    pos += n;
  } while (pos < raw.size());
  uint32_t a = 1, b = 0;
  for (unsigned char c : raw) {
    a = (a + c) % 65521;
    b = (b + a) % 65521;
  }
  return out + bigEndian32((b << 16) | a);
}

inline std::string pngChunk(const std::string& type, const std::string& data) {
  return bigEndian32(static_cast<uint32_t>(data.size())) + type + data + bigEndian32(crc32(type + data));
}

// A TIFF structure with IFD0 holding only the orientation tag: the body of an EXIF block.
inline std::string exifTiff(uint16_t orientation, bool littleEndian) {
  auto u16 = [&](uint16_t v) {
    return littleEndian ? std::string{char(v & 0xFF), char(v >> 8)} : std::string{char(v >> 8), char(v & 0xFF)};
  };
  auto u32 = [&](uint32_t v) {
    return u16(littleEndian ? v & 0xFFFF : v >> 16) + u16(littleEndian ? v >> 16 : v & 0xFFFF);
  };
  return std::string(littleEndian ? "II" : "MM") + u16(42) + u32(8) + u16(1) +  // header, IFD0 at 8, one entry
         u16(0x0112) + u16(3) + u32(1) + u16(orientation) + u16(0) +            // orientation, SHORT, 1 value
         u32(0);                                                                 // no next IFD
}

struct PngSpec {
  int width = 0, height = 0;
  int bitDepth = 8;
  int colourType = 2;     // 0 gray, 2 RGB, 3 palette, 4 gray+alpha, 6 RGBA
  std::string pixels;     // unfiltered rows, big-endian samples
  std::string palette;    // RGB triples (colour type 3)
  std::string trns;       // tRNS chunk data
  int exifOrientation = 0;  // 0: no eXIf chunk
};

inline PngSpec pngSpec(int width, int height, int bitDepth, int colourType, std::string pixels) {
  PngSpec spec;
  spec.width = width;
  spec.height = height;
  spec.bitDepth = bitDepth;
  spec.colourType = colourType;
  spec.pixels = std::move(pixels);
  return spec;
}

inline std::string makePng(const PngSpec& s) {
  const size_t rowBytes = s.pixels.size() / s.height;
  std::string raw;
  for (int y = 0; y < s.height; ++y) raw += '\0' + s.pixels.substr(y * rowBytes, rowBytes);  // filter: none
  std::string ihdr = bigEndian32(s.width) + bigEndian32(s.height);
  ihdr += {char(s.bitDepth), char(s.colourType), 0, 0, 0};
  std::string png("\x89PNG\r\n\x1A\n", 8);
  png += pngChunk("IHDR", ihdr);
  if (s.exifOrientation) png += pngChunk("eXIf", exifTiff(static_cast<uint16_t>(s.exifOrientation), false));
  if (!s.palette.empty()) png += pngChunk("PLTE", s.palette);
  if (!s.trns.empty()) png += pngChunk("tRNS", s.trns);
  png += pngChunk("IDAT", zlibStored(raw));
  return png + pngChunk("IEND", "");
}

// Inserts an APP1 Exif segment with the given orientation right after the JPEG's SOI marker.
inline std::string jpegWithExifOrientation(const std::string& jpeg, uint16_t orientation, bool littleEndian) {
  const std::string payload = std::string("Exif\0\0", 6) + exifTiff(orientation, littleEndian);
  const size_t length = payload.size() + 2;
  const std::string app1 = std::string("\xFF\xE1", 2) + char(length >> 8) + char(length & 0xFF);
  return jpeg.substr(0, 2) + app1 + payload + jpeg.substr(2);
}

inline void writeFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace fewshot::testing
