// Zip archives written byte by byte for the zip-reader tests: stored or deflated entries whose declared
// sizes and offsets can lie, as hostile files do.
#pragma once
#include <zlib.h>

#include <cstdint>
#include <string>
#include <vector>

namespace fewshot::testing {

struct ZipEntrySpec {
  std::string name, data;
  bool deflate = false;
  int64_t declaredSize = -1;  // the uncompressed size written in the headers (-1: the real one)
  int64_t localOffset = -1;   // where the central directory says the entry is (-1: where it is)
  bool centralOnly = false;   // listed in the central directory only (with localOffset: an overlapping entry)
  int64_t declaredCrc = -1;   // the CRC written in the headers (-1: that of `data`)
};

inline std::string le16(uint32_t v) { return {char(v & 0xFF), char((v >> 8) & 0xFF)}; }
inline std::string le32(uint32_t v) { return le16(v & 0xFFFF) + le16(v >> 16); }

inline std::string deflateRaw(const std::string& data) {
  z_stream z{};
  deflateInit2(&z, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

inline std::string makeZip(const std::vector<ZipEntrySpec>& entries) {
  std::string body, directory;
  for (const auto& e : entries) {
    const std::string stored = e.deflate ? deflateRaw(e.data) : e.data;
    const auto* bytes = reinterpret_cast<const Bytef*>(e.data.data());
    const uint32_t crc = e.declaredCrc >= 0
                             ? static_cast<uint32_t>(e.declaredCrc)
                             : static_cast<uint32_t>(::crc32(0, bytes, static_cast<uInt>(e.data.size())));
    const int64_t real = static_cast<int64_t>(e.data.size());
    const uint32_t size = static_cast<uint32_t>(e.declaredSize >= 0 ? e.declaredSize : real);
    const uint32_t packed = static_cast<uint32_t>(e.deflate ? static_cast<int64_t>(stored.size()) : size);
    const uint32_t offset =
        static_cast<uint32_t>(e.localOffset >= 0 ? e.localOffset : static_cast<int64_t>(body.size()));
    const std::string common = le16(20) + le16(0) + le16(e.deflate ? 8 : 0) + le32(0) + le32(crc) + le32(packed) +
                               le32(size) + le16(static_cast<uint32_t>(e.name.size()));
    if (!e.centralOnly) body += le32(0x04034b50) + common + le16(0) + e.name + stored;
    directory += le32(0x02014b50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset);
    directory += e.name;
  }
  const std::string end = le32(0x06054b50) + le16(0) + le16(0) + le16(static_cast<uint32_t>(entries.size())) +
                          le16(static_cast<uint32_t>(entries.size())) + le32(static_cast<uint32_t>(directory.size())) +
                          le32(static_cast<uint32_t>(body.size())) + le16(0);
  return body + directory + end;
}

}  // namespace fewshot::testing
