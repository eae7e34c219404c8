#include "core/io/zip_reader.h"

#include <algorithm>
#include <array>

#ifdef FEWSHOT_WITH_ZLIB
#include <zlib.h>
#endif

#include "core/util/regular_file.h"

namespace fewshot::io {
namespace {

constexpr uint32_t kLocalHeader = 0x04034b50, kCentralHeader = 0x02014b50, kEnd = 0x06054b50, kEnd64 = 0x06064b50,
                   kEnd64Locator = 0x07064b50;
constexpr uint64_t kMaxEntries = 1u << 20;
constexpr uint64_t kMaxDeflateRatio = 1032;  // deflate's best case: 258-byte matches coded in 2 bits

// Little-endian reads with a bounds check against the whole archive.
class Cursor {
 public:
  Cursor(const std::string& bytes, uint64_t pos, const std::string& name) : b_(bytes), pos_(pos), name_(name) {}
  void need(uint64_t n) const {
    if (pos_ > b_.size() || n > b_.size() - pos_)
      throw ZipError(name_ + ": truncated or damaged zip archive (a record runs past the end of the file)");
  }
  uint64_t le(int n) {
    need(n);
    uint64_t v = 0;
    for (int i = n - 1; i >= 0; --i) v = v << 8 | static_cast<uint8_t>(b_[pos_ + i]);
    pos_ += n;
    return v;
  }
  std::string str(uint64_t n) {
    need(n);
    std::string s = b_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  void skip(uint64_t n) {
    need(n);
    pos_ += n;
  }
  uint64_t pos() const { return pos_; }

 private:
  const std::string& b_;
  uint64_t pos_;
  const std::string& name_;
};

}  // namespace

uint32_t crc32Bytes(const char* data, size_t size) {
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
  for (size_t i = 0; i < size; ++i) c = table[(c ^ static_cast<uint8_t>(data[i])) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

ZipReader ZipReader::open(const std::string& path, ZipLimits limits) {
  try {
    return ZipReader(util::readRegularFile(path, limits.maxArchiveBytes), path, limits);
  } catch (const util::FileReadError& e) {
    throw ZipError(e.what());
  }
}

ZipReader::ZipReader(std::string bytes, std::string name, ZipLimits limits)
    : bytes_(std::move(bytes)), name_(std::move(name)), limits_(limits) {
  if (limits_.maxTotalBytes == 0)
    limits_.maxTotalBytes = 4 * static_cast<uint64_t>(bytes_.size()) + (uint64_t{64} << 20);
  if (bytes_.size() < 22) throw ZipError(name_ + ": not a zip archive (too short)");
  // The end record sits within the last 64 KiB + 22 bytes (its comment is at most 65535 bytes).
  int64_t endPos = -1;
  const int64_t lowest = std::max<int64_t>(0, static_cast<int64_t>(bytes_.size()) - 22 - 65535);
  for (int64_t p = static_cast<int64_t>(bytes_.size()) - 22; p >= lowest; --p)
    if (Cursor(bytes_, p, name_).le(4) == kEnd) {
      endPos = p;
      break;
    }
  if (endPos < 0) throw ZipError(name_ + ": not a zip archive or truncated (no end-of-directory record)");
  Cursor end(bytes_, endPos + 4, name_);
  end.skip(6);
  uint64_t count = end.le(2);
  uint64_t dirSize = end.le(4), dirOffset = end.le(4);
  if (count == 0xFFFF || dirSize == 0xFFFFFFFF || dirOffset == 0xFFFFFFFF) {
    if (endPos < 20) throw ZipError(name_ + ": damaged zip64 archive (no zip64 locator)");
    Cursor locator(bytes_, endPos - 20, name_);
    if (locator.le(4) != kEnd64Locator) throw ZipError(name_ + ": damaged zip64 archive (no zip64 locator)");
    locator.skip(4);
    Cursor end64(bytes_, locator.le(8), name_);
    if (end64.le(4) != kEnd64) throw ZipError(name_ + ": damaged zip64 archive (bad zip64 end record)");
    end64.skip(8 + 2 + 2 + 4 + 4 + 8);
    count = end64.le(8);
    dirSize = end64.le(8);
    dirOffset = end64.le(8);
  }
  if (count > kMaxEntries) throw ZipError(name_ + ": implausible zip archive (" + std::to_string(count) + " entries)");
  if (dirOffset > bytes_.size() || dirSize > bytes_.size() - dirOffset)
    throw ZipError(name_ + ": truncated or damaged zip archive (central directory outside the file)");
  Cursor dir(bytes_, dirOffset, name_);
  for (uint64_t i = 0; i < count; ++i) {
    if (dir.le(4) != kCentralHeader)
      throw ZipError(name_ + ": damaged zip archive (bad central directory entry " + std::to_string(i) + ")");
    Entry e;
    dir.skip(4);
    const uint64_t flags = dir.le(2);
    e.method = static_cast<uint16_t>(dir.le(2));
    dir.skip(4);
    e.crc = static_cast<uint32_t>(dir.le(4));
    e.compressedSize = dir.le(4);
    e.size = dir.le(4);
    const uint64_t nameLen = dir.le(2), extraLen = dir.le(2), commentLen = dir.le(2);
    dir.skip(8);
    e.localOffset = dir.le(4);
    e.name = dir.str(nameLen);
    const uint64_t extraEnd = dir.pos() + extraLen;
    while (dir.pos() + 4 <= extraEnd) {
      const uint64_t id = dir.le(2), len = dir.le(2);
      if (id == 1) {  // zip64: the 0xFFFFFFFF fields follow in order
        Cursor z(bytes_, dir.pos(), name_);
        if (e.size == 0xFFFFFFFF) e.size = z.le(8);
        if (e.compressedSize == 0xFFFFFFFF) e.compressedSize = z.le(8);
        if (e.localOffset == 0xFFFFFFFF) e.localOffset = z.le(8);
      }
      dir.skip(len);
    }
    if (dir.pos() > extraEnd) throw ZipError(name_ + ": damaged zip archive (bad extra field in " + e.name + ")");
    dir.skip(extraEnd - dir.pos() + commentLen);
    if (flags & 1) throw ZipError(name_ + ": encrypted zip entries are not supported (" + e.name + ")");
    entries_.push_back(std::move(e));
  }
}

std::vector<std::string> ZipReader::names() const {
  std::vector<std::string> out;
  for (const auto& e : entries_) out.push_back(e.name);
  return out;
}

bool ZipReader::contains(const std::string& entry) const {
  return std::any_of(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.name == entry; });
}

const ZipReader::Entry& ZipReader::find(const std::string& entry) const {
  for (const auto& e : entries_)
    if (e.name == entry) return e;
  throw ZipError(name_ + ": the archive has no entry '" + entry + "'");
}

std::string ZipReader::read(const std::string& entryName) const {
  const Entry& e = find(entryName);
  Cursor local(bytes_, e.localOffset, name_);
  if (local.le(4) != kLocalHeader) throw ZipError(name_ + ": damaged zip archive (bad local header of " + e.name + ")");
  local.skip(22);
  const uint64_t nameLen = local.le(2), extraLen = local.le(2);
  local.skip(nameLen + extraLen);
  local.need(e.compressedSize);
  const char* data = bytes_.data() + local.pos();
  // Sizes are checked against the limits before anything is allocated.
  if (e.method == 8 && e.size > e.compressedSize * kMaxDeflateRatio + 1024)
    throw ZipError(name_ + ": implausible zip entry " + e.name + " (" + std::to_string(e.compressedSize) +
                   " compressed bytes cannot inflate to the " + std::to_string(e.size) + " it declares)");
  if (e.size > limits_.maxEntryBytes)
    throw ZipError(name_ + ": zip entry " + e.name + " is too large (" + util::byteCountText(e.size) +
                   "; the limit is " + util::byteCountText(limits_.maxEntryBytes) + ")");
  if (e.size > limits_.maxTotalBytes - std::min(bytesRead_, limits_.maxTotalBytes))
    throw ZipError(name_ + ": the zip entries read add up to more than " + util::byteCountText(limits_.maxTotalBytes) +
                   " (overlapping or repeated entries?)");
  bytesRead_ += e.size;
  std::string out;
  if (e.method == 0) {
    if (e.compressedSize != e.size) throw ZipError(name_ + ": damaged zip archive (size mismatch in " + e.name + ")");
    out.assign(data, e.size);
  } else if (e.method == 8) {
#ifdef FEWSHOT_WITH_ZLIB
    out.resize(e.size);
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) throw ZipError(name_ + ": cannot start inflating " + e.name);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
    z.avail_in = static_cast<uInt>(std::min<uint64_t>(e.compressedSize, 0xFFFFFFFFu));
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(std::min<uint64_t>(e.size, 0xFFFFFFFFu));
    const int rc = inflate(&z, Z_FINISH);
    const uint64_t produced = z.total_out;
    inflateEnd(&z);
    if (rc != Z_STREAM_END || produced != e.size) throw ZipError(name_ + ": damaged compressed entry " + e.name);
#else
    throw ZipError(name_ + ": entry " + e.name + " is compressed and this build has no zlib");
#endif
  } else {
    throw ZipError(name_ + ": unsupported compression method " + std::to_string(e.method) + " for " + e.name);
  }
  if (crc32Bytes(out.data(), out.size()) != e.crc)
    throw ZipError(name_ + ": damaged zip archive (CRC mismatch in " + e.name + ")");
  return out;
}

}  // namespace fewshot::io
