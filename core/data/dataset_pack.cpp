#include "core/data/dataset_pack.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "core/util/atomic_file.h"
#include "core/util/sha256.h"

namespace fewshot::data {
namespace {

// File layout (integers little-endian):
//   "FSPACK"  magic (6 bytes), then the format version as two ASCII digits, "01"
//   u32 width, u32 height, u32 count
//   count source paths, then the content hash, each as u32 byte length + UTF-8 bytes
//   pixels: count * height * width * 3 bytes, RGB, row-major
//   SHA-256 of every byte above (32 bytes), so truncation and bit rot are detected
const char kMagic[6] = {'F', 'S', 'P', 'A', 'C', 'K'};
const char kVersion[2] = {'0', '1'};
constexpr uint32_t kMaxSide = 16384, kMaxCount = 10000000, kMaxString = 4096;
constexpr size_t kDigestBytes = 32;

class HashingWriter {
 public:
  explicit HashingWriter(std::ostream& out) : out_(out) {}
  void bytes(const void* data, size_t n) {
    out_.write(static_cast<const char*>(data), static_cast<std::streamsize>(n));
    hash_.update(data, n);
  }
  void u32(uint32_t v) {
    const uint8_t le[4] = {uint8_t(v), uint8_t(v >> 8), uint8_t(v >> 16), uint8_t(v >> 24)};
    bytes(le, 4);
  }
  void string(const std::string& s) {
    u32(static_cast<uint32_t>(s.size()));
    bytes(s.data(), s.size());
  }
  void finish() {
    const auto digest = hash_.digest();
    out_.write(reinterpret_cast<const char*>(digest.data()), digest.size());
  }

 private:
  std::ostream& out_;
  util::Sha256 hash_;
};

class HashingReader {
 public:
  HashingReader(const std::string& path, uint64_t fileSize)
      : path_(path), size_(fileSize), in_(path, std::ios::binary) {
    if (!in_) throw std::runtime_error("cannot open dataset pack " + path + ": " + std::strerror(errno));
  }
  void bytes(void* data, size_t n, const char* what) {
    if (pos_ + n > size_) fail("is truncated (it ends inside the " + std::string(what) + ")");
    in_.read(static_cast<char*>(data), static_cast<std::streamsize>(n));
    if (static_cast<size_t>(in_.gcount()) != n) fail("could not be read completely (" + std::string(what) + ")");
    hash_.update(data, n);
    pos_ += n;
  }
  uint32_t u32(const char* what) {
    uint8_t le[4];
    bytes(le, 4, what);
    return uint32_t(le[0]) | uint32_t(le[1]) << 8 | uint32_t(le[2]) << 16 | uint32_t(le[3]) << 24;
  }
  std::string string(const char* what) {
    const uint32_t n = u32(what);
    if (n > kMaxString) fail("is damaged (a " + std::string(what) + " of " + std::to_string(n) + " bytes)");
    std::string s(n, '\0');
    bytes(s.data(), n, what);
    return s;
  }
  uint64_t position() const { return pos_; }
  uint64_t size() const { return size_; }
  std::array<uint8_t, kDigestBytes> digest() { return hash_.digest(); }
  void rawBytes(void* data, size_t n) {  // the trailing checksum, not part of the hash
    in_.read(static_cast<char*>(data), static_cast<std::streamsize>(n));
    if (static_cast<size_t>(in_.gcount()) != n) fail("could not be read completely (checksum)");
  }
  [[noreturn]] void fail(const std::string& problem) const {
    throw std::runtime_error("dataset pack " + path_ + " " + problem);
  }

 private:
  std::string path_;
  uint64_t size_;
  std::ifstream in_;
  util::Sha256 hash_;
  uint64_t pos_ = 0;
};

}  // namespace

void saveDatasetPack(const DatasetPack& pack, const std::string& path) {
  if (pack.width <= 0 || pack.height <= 0 || static_cast<uint32_t>(pack.width) > kMaxSide ||
      static_cast<uint32_t>(pack.height) > kMaxSide)
    throw std::invalid_argument("saveDatasetPack: invalid image size " + std::to_string(pack.width) + "x" +
                                std::to_string(pack.height) + " for " + path);
  if (pack.pixels.size() != pack.imageBytes() * pack.count())
    throw std::invalid_argument("saveDatasetPack: pixel data does not match width, height and count for " + path);
  for (const auto& s : pack.sources)
    if (s.size() > kMaxString) throw std::invalid_argument("saveDatasetPack: source path too long: " + s.substr(0, 80));
  util::writeFileAtomically(path, [&](std::ostream& out) {
    HashingWriter w(out);
    w.bytes(kMagic, sizeof kMagic);
    w.bytes(kVersion, sizeof kVersion);
    w.u32(static_cast<uint32_t>(pack.width));
    w.u32(static_cast<uint32_t>(pack.height));
    w.u32(static_cast<uint32_t>(pack.count()));
    for (const auto& s : pack.sources) w.string(s);
    w.string(pack.contentHash);
    w.bytes(pack.pixels.data(), pack.pixels.size());
    w.finish();
  });
}

DatasetPack loadDatasetPack(const std::string& path) {
  std::error_code ec;
  const auto fileSize = std::filesystem::file_size(path, ec);
  if (ec) throw std::runtime_error("cannot read dataset pack " + path + ": " + ec.message());
  HashingReader r(path, fileSize);
  char magic[sizeof kMagic] = {};
  const size_t magicBytes = std::min<uint64_t>(fileSize, sizeof magic);
  r.bytes(magic, magicBytes, "header");
  if (fileSize == 0) r.fail("is empty (zero bytes)");
  if (std::memcmp(magic, kMagic, magicBytes) != 0) r.fail("is not a FewShot Studio dataset pack (wrong magic bytes)");
  char version[sizeof kVersion];
  r.bytes(version, sizeof version, "header");
  if (std::memcmp(version, kVersion, sizeof kVersion) != 0)
    r.fail("has format version '" + std::string(version, sizeof version) + "'; this build reads version '" +
           std::string(kVersion, sizeof kVersion) + "' (import the images again)");
  DatasetPack pack;
  const uint32_t width = r.u32("header"), height = r.u32("header"), count = r.u32("header");
  if (width == 0 || height == 0 || width > kMaxSide || height > kMaxSide || count > kMaxCount)
    r.fail("has a damaged header (" + std::to_string(width) + "x" + std::to_string(height) + ", " +
           std::to_string(count) + " images)");
  pack.width = static_cast<int>(width);
  pack.height = static_cast<int>(height);
  pack.sources.reserve(count);
  for (uint32_t i = 0; i < count; ++i) pack.sources.push_back(r.string("source list"));
  pack.contentHash = r.string("content hash");
  const uint64_t pixelBytes = static_cast<uint64_t>(pack.imageBytes()) * count;
  const uint64_t expected = r.position() + pixelBytes + kDigestBytes;
  if (fileSize < expected)
    r.fail("is truncated (" + std::to_string(fileSize) + " bytes, expected " + std::to_string(expected) + ")");
  if (fileSize > expected)
    r.fail("is damaged (" + std::to_string(fileSize - expected) + " unexpected bytes after the images)");
  pack.pixels.resize(pixelBytes);
  r.bytes(pack.pixels.data(), pack.pixels.size(), "pixels");
  uint8_t stored[kDigestBytes];
  r.rawBytes(stored, sizeof stored);
  const auto digest = r.digest();
  if (std::memcmp(stored, digest.data(), kDigestBytes) != 0) r.fail("is damaged (checksum mismatch)");
  return pack;
}

}  // namespace fewshot::data
