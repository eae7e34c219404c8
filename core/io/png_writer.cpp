#include "core/io/png_writer.h"

#include <array>
#include <cstdint>
#include <stdexcept>

#ifdef FEWSHOT_WITH_ZLIB
#include <zlib.h>
#endif

#include "core/util/atomic_file.h"

namespace fewshot::io {
namespace {

uint32_t crc32Of(const std::string& bytes, size_t begin) {
  static const std::array<uint32_t, 256> table = [] {
    std::array<uint32_t, 256> t{};
    for (uint32_t n = 0; n < 256; ++n) {
      uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  uint32_t c = 0xFFFFFFFFu;
  for (size_t i = begin; i < bytes.size(); ++i) c = table[(c ^ static_cast<uint8_t>(bytes[i])) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

void putU32(std::string& out, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<char>((v >> shift) & 0xFF));
}

void putChunk(std::string& out, const char* type, const std::string& data) {
  putU32(out, static_cast<uint32_t>(data.size()));
  const size_t start = out.size();
  out.append(type, 4);
  out += data;
  putU32(out, crc32Of(out, start));
}

std::string deflateStored(const std::string& raw) {
  std::string z = "\x78\x01";
  uint32_t a = 1, b = 0;
  for (unsigned char ch : raw) {
    a = (a + ch) % 65521;
    b = (b + a) % 65521;
  }
  size_t pos = 0;
  do {
    const size_t len = std::min<size_t>(65535, raw.size() - pos);
    const bool last = pos + len == raw.size();
    z.push_back(last ? 1 : 0);
    z.push_back(static_cast<char>(len & 0xFF));
    z.push_back(static_cast<char>(len >> 8));
    z.push_back(static_cast<char>(~len & 0xFF));
    z.push_back(static_cast<char>((~len >> 8) & 0xFF));
    z.append(raw, pos, len);
    pos += len;
  } while (pos < raw.size());
  putU32(z, (b << 16) | a);
  return z;
}

std::string compress(const std::string& raw) {
#ifdef FEWSHOT_WITH_ZLIB
  uLongf size = compressBound(raw.size());
  std::string out(size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(raw.data()), raw.size(),
                6) == Z_OK) {
    out.resize(size);
    return out;
  }
#endif
  return deflateStored(raw);
}

}  // namespace

std::string encodePng(const data::ImageU8& image) {
  if (image.width <= 0 || image.height <= 0 || (image.channels != 3 && image.channels != 4) ||
      image.pixels.size() != static_cast<size_t>(image.width) * image.height * image.channels)
    throw std::invalid_argument("encodePng: image must be RGB or RGBA with matching pixel data");
  std::string raw;
  const size_t stride = static_cast<size_t>(image.width) * image.channels;
  raw.reserve((stride + 1) * image.height);
  for (int y = 0; y < image.height; ++y) {
    raw.push_back('\0');  // filter type: none
    raw.append(reinterpret_cast<const char*>(image.row(y)), stride);
  }
  std::string png = "\x89PNG\r\n\x1a\n";
  std::string header;
  putU32(header, static_cast<uint32_t>(image.width));
  putU32(header, static_cast<uint32_t>(image.height));
  header += std::string{8, static_cast<char>(image.channels == 4 ? 6 : 2), 0, 0, 0};
  putChunk(png, "IHDR", header);
  putChunk(png, "IDAT", compress(raw));
  putChunk(png, "IEND", "");
  return png;
}

void writePng(const data::ImageU8& image, const std::string& path) {
  util::writeFileAtomically(path, encodePng(image));
}

}  // namespace fewshot::io
