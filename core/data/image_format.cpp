#include "core/data/image_format.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace fewshot::data {
namespace {

bool startsWith(const std::string& bytes, const char* magic, size_t n, size_t at = 0) {
  return bytes.size() >= at + n && std::memcmp(bytes.data() + at, magic, n) == 0;
}

uint32_t u8(const std::string& b, size_t i) { return static_cast<uint8_t>(b[i]); }
uint32_t be16(const std::string& b, size_t i) { return (u8(b, i) << 8) | u8(b, i + 1); }
uint32_t be32(const std::string& b, size_t i) { return (be16(b, i) << 16) | be16(b, i + 2); }
uint32_t le16(const std::string& b, size_t i) { return u8(b, i) | (u8(b, i + 1) << 8); }
uint32_t le32(const std::string& b, size_t i) { return le16(b, i) | (le16(b, i + 2) << 16); }

bool looksLikeText(const std::string& bytes) {
  const size_t n = std::min<size_t>(bytes.size(), 1024);
  size_t control = 0;
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) return false;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return control * 20 < n;  // UTF-8 multibyte sequences are >= 0x80, so they count as text
}

bool containsNoCase(const std::string& bytes, const std::string& needle, size_t limit) {
  const size_t n = std::min(bytes.size(), limit);
  for (size_t i = 0; i + needle.size() <= n; ++i) {
    size_t k = 0;
    while (k < needle.size() && std::tolower(static_cast<unsigned char>(bytes[i + k])) == needle[k]) ++k;
    if (k == needle.size()) return true;
  }
  return false;
}

// Walks the marker segments up to the first scan; the entropy-coded data after it cannot contain
// FF D9 except as the end-of-image marker (FF is always stuffed), so an EOI after SOS means complete.
// Data after the EOI (e.g. the video of a "motion photo") is fine.
std::string jpegTruncation(const std::string& b) {
  size_t pos = 2;
  while (true) {
    while (pos < b.size() && u8(b, pos) == 0xFF && pos + 1 < b.size() && u8(b, pos + 1) == 0xFF) ++pos;  // fill bytes
    if (pos + 2 > b.size()) return "truncated JPEG (ends before the image data)";
    if (u8(b, pos) != 0xFF) return {};  // unusual layout: let the decoder judge
    const uint32_t marker = u8(b, pos + 1);
    if (marker == 0xD9) return "corrupt JPEG (no image data before the end marker)";
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
      pos += 2;
      continue;
    }
    if (pos + 4 > b.size()) return "truncated JPEG (ends inside a header segment)";
    const size_t end = pos + 2 + be16(b, pos + 2);
    if (end > b.size()) return "truncated JPEG (ends inside a header segment)";
    if (marker == 0xDA) {
      if (b.find("\xFF\xD9", end) == std::string::npos) return "truncated JPEG (no end-of-image marker)";
      return {};
    }
    pos = end;
  }
}

std::string pngTruncation(const std::string& b) {
  size_t pos = 8;
  while (true) {
    if (pos == b.size()) return "truncated PNG (no IEND chunk)";
    if (pos + 8 > b.size()) return "truncated PNG (ends inside a chunk header)";
    const uint64_t length = be32(b, pos);
    const std::string type = b.substr(pos + 4, 4);
    for (char c : type)
      if (!std::isalpha(static_cast<unsigned char>(c)))
        return "corrupt PNG (invalid chunk at byte " + std::to_string(pos) + ")";
    if (pos + 12 + length > b.size()) return "truncated PNG (ends inside an " + type + " chunk)";
    if (type == "IEND") return {};
    pos += 12 + length;
  }
}

std::string bmpTruncation(const std::string& b) {
  if (b.size() < 26) return "truncated BMP (incomplete header)";
  const uint64_t dataOffset = le32(b, 10), headerSize = le32(b, 14);
  uint64_t width = 0, height = 0, bitsPerPixel = 0, compression = 0;
  if (headerSize == 12) {
    width = le16(b, 18);
    height = le16(b, 20);
    bitsPerPixel = le16(b, 24);
  } else if (headerSize >= 40 && b.size() >= 34) {
    width = static_cast<uint64_t>(std::llabs(static_cast<int32_t>(le32(b, 18))));
    height = static_cast<uint64_t>(std::llabs(static_cast<int32_t>(le32(b, 22))));
    bitsPerPixel = le16(b, 28);
    compression = le32(b, 30);
  } else {
    return {};
  }
  const bool uncompressed = compression == 0 || compression == 3;
  const uint64_t stride = (width * bitsPerPixel + 31) / 32 * 4;
  const uint64_t expected = uncompressed ? dataOffset + stride * height : dataOffset;
  if (expected > b.size())
    return "truncated BMP (" + std::to_string(b.size()) + " of " + std::to_string(expected) + " bytes)";
  return {};
}

std::string webpTruncation(const std::string& b) {
  if (b.size() < 12) return "truncated WebP (incomplete header)";
  const uint64_t expected = 8 + static_cast<uint64_t>(le32(b, 4));
  if (expected > b.size())
    return "truncated WebP (" + std::to_string(b.size()) + " of " + std::to_string(expected) + " bytes)";
  return {};
}

}  // namespace

ImageFormat sniffImageFormat(const std::string& b) {
  if (startsWith(b, "\xFF\xD8\xFF", 3)) return ImageFormat::Jpeg;
  if (startsWith(b, "\x89PNG\r\n\x1A\n", 8)) return ImageFormat::Png;
  if (startsWith(b, "BM", 2) && b.size() >= 14) return ImageFormat::Bmp;
  if (startsWith(b, "RIFF", 4) && startsWith(b, "WEBP", 4, 8)) return ImageFormat::WebP;
  if (startsWith(b, "II*\0", 4) || startsWith(b, "MM\0*", 4)) return ImageFormat::Tiff;
  return ImageFormat::Unknown;
}

std::string formatName(ImageFormat format) {
  switch (format) {
    case ImageFormat::Jpeg: return "JPEG";
    case ImageFormat::Png: return "PNG";
    case ImageFormat::Bmp: return "BMP";
    case ImageFormat::WebP: return "WebP";
    case ImageFormat::Tiff: return "TIFF";
    case ImageFormat::Unknown: break;
  }
  return "unknown";
}

std::string describeNonImage(const std::string& b) {
  if (b.empty()) return "zero-byte file";
  if (startsWith(b, "GIF8", 4)) return "unsupported format: GIF (convert it to PNG)";
  if (startsWith(b, "ftyp", 4, 4)) {
    const std::string brand = b.size() >= 12 ? b.substr(8, 4) : "";
    if (brand == "avif" || brand == "avis") return "unsupported format: AVIF (convert it to PNG or JPEG)";
    if (brand == "heic" || brand == "heix" || brand == "mif1" || brand == "msf1" || brand == "hevc")
      return "unsupported format: HEIC/HEIF (convert it to JPEG or PNG)";
    return "not an image (a video or other ISO media file)";
  }
  if (startsWith(b, "\x00\x05\x16\x07", 4)) return "not an image (macOS metadata file, AppleDouble \"._\" file)";
  if (startsWith(b, "%PDF", 4)) return "not an image (PDF document)";
  if (startsWith(b, "PK\x03\x04", 4)) return "not an image (ZIP archive)";
  if (looksLikeText(b)) {
    if (containsNoCase(b, "<svg", 4096)) return "unsupported format: SVG (export it to PNG)";
    if (containsNoCase(b, "<html", 4096)) return "not an image (an HTML page, e.g. a failed download)";
    return "not an image (text file)";
  }
  return "not an image (unrecognised content)";
}

std::string findTruncation(const std::string& bytes, ImageFormat format) {
  switch (format) {
    case ImageFormat::Jpeg: return jpegTruncation(bytes);
    case ImageFormat::Png: return pngTruncation(bytes);
    case ImageFormat::Bmp: return bmpTruncation(bytes);
    case ImageFormat::WebP: return webpTruncation(bytes);
    case ImageFormat::Tiff:  // libtiff reports damaged strips itself
    case ImageFormat::Unknown: break;
  }
  return {};
}

}  // namespace fewshot::data
