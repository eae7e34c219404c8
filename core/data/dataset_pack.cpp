#include "core/data/dataset_pack.h"

#include <cstring>
#include <stdexcept>

#include "core/util/atomic_file.h"
#include "core/util/sha256.h"

namespace fewshot::data {
namespace {

// Layout (little-endian): magic "FSPACK01", u32 width, u32 height, u32 count, then count strings and
// the content hash as (u32 length, bytes), then the pixels, then SHA-256 of everything before it.
const char kMagic[8] = {'F', 'S', 'P', 'A', 'C', 'K', '0', '1'};

void putU32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void putString(std::string& out, const std::string& s) {
  putU32(out, static_cast<uint32_t>(s.size()));
  out += s;
}

class Reader {
 public:
  Reader(const std::string& bytes, const std::string& path) : bytes_(bytes), path_(path) {}
  uint32_t u32() {
    need(4);
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<uint8_t>(bytes_[pos_ + i])) << (8 * i);
    pos_ += 4;
    return v;
  }
  std::string string() {
    const uint32_t n = u32();
    need(n);
    std::string s = bytes_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  const char* take(size_t n) {
    need(n);
    const char* p = bytes_.data() + pos_;
    pos_ += n;
    return p;
  }
  size_t position() const { return pos_; }

 private:
  void need(size_t n) const {
    if (pos_ + n > bytes_.size()) throw std::runtime_error("dataset pack " + path_ + " is truncated");
  }
  const std::string& bytes_;
  std::string path_;
  size_t pos_ = 0;
};

}  // namespace

void saveDatasetPack(const DatasetPack& pack, const std::string& path) {
  if (pack.pixels.size() != pack.imageBytes() * pack.count())
    throw std::invalid_argument("saveDatasetPack: pixel data does not match width, height and count");
  std::string out(kMagic, sizeof kMagic);
  putU32(out, static_cast<uint32_t>(pack.width));
  putU32(out, static_cast<uint32_t>(pack.height));
  putU32(out, static_cast<uint32_t>(pack.count()));
  for (const auto& s : pack.sources) putString(out, s);
  putString(out, pack.contentHash);
  out.append(reinterpret_cast<const char*>(pack.pixels.data()), pack.pixels.size());
  util::Sha256 h;
  h.update(out);
  const auto digest = h.digest();
  out.append(reinterpret_cast<const char*>(digest.data()), digest.size());
  util::writeFileAtomically(path, out);
}

DatasetPack loadDatasetPack(const std::string& path) {
  std::string bytes;
  try {
    bytes = util::readFileBytes(path);
  } catch (const std::exception& e) {
    throw std::runtime_error(std::string("cannot read dataset pack: ") + e.what());
  }
  if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    throw std::runtime_error(path + " is not a FewShot Studio dataset pack (wrong magic or version)");
  Reader r(bytes, path);
  r.take(sizeof kMagic);
  DatasetPack pack;
  pack.width = static_cast<int>(r.u32());
  pack.height = static_cast<int>(r.u32());
  const uint32_t count = r.u32();
  if (pack.width <= 0 || pack.height <= 0 || pack.width > 16384 || pack.height > 16384 || count > 10000000)
    throw std::runtime_error("dataset pack " + path + " has an implausible header (damaged file)");
  for (uint32_t i = 0; i < count; ++i) pack.sources.push_back(r.string());
  pack.contentHash = r.string();
  const size_t pixelBytes = pack.imageBytes() * count;
  const char* pixels = r.take(pixelBytes);
  pack.pixels.assign(reinterpret_cast<const uint8_t*>(pixels), reinterpret_cast<const uint8_t*>(pixels) + pixelBytes);
  const size_t payload = r.position();
  const char* stored = r.take(32);
  util::Sha256 h;
  h.update(bytes.data(), payload);
  const auto digest = h.digest();
  if (std::memcmp(stored, digest.data(), 32) != 0)
    throw std::runtime_error("dataset pack " + path + " is damaged (checksum mismatch)");
  return pack;
}

}  // namespace fewshot::data
