// A bounds-checked reader for the zip container of torch.save files (stored entries, deflate when
// the build has zlib, zip64 records). Every offset and size is validated before use; damaged
// archives raise ZipError naming the file and the problem.
#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace fewshot::io {

class ZipError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// What reading entries may allocate, checked against the sizes the archive declares before any
// allocation. A deflated entry cannot expand more than 1032:1, so its declared size is also capped by
// its compressed size; entries that overlap in the file (a classic zip bomb) count every time they are read.
struct ZipLimits {
  uint64_t maxEntryBytes = uint64_t{8} << 30;  // one entry, uncompressed
  uint64_t maxTotalBytes = 0;                  // all read() results together; 0: 4 x the archive size + 64 MiB
  uint64_t maxArchiveBytes = uint64_t{8} << 30;  // open(): larger files are refused unread
};

class ZipReader {
 public:
  // `name` is used in messages (usually the path). The archive bytes are kept in memory.
  ZipReader(std::string bytes, std::string name, ZipLimits limits = {});
  // Regular files only (a FIFO or a device is refused, never opened for reading).
  static ZipReader open(const std::string& path, ZipLimits limits = {});

  std::vector<std::string> names() const;
  bool contains(const std::string& entry) const;
  // Uncompressed entry contents, CRC-checked. Throws ZipError, also when a limit would be exceeded.
  std::string read(const std::string& entry) const;
  const std::string& name() const { return name_; }

 private:
  struct Entry {
    std::string name;
    uint16_t method = 0;
    uint32_t crc = 0;
    uint64_t compressedSize = 0, size = 0, localOffset = 0;
  };
  const Entry& find(const std::string& entry) const;
  std::string bytes_, name_;
  ZipLimits limits_;
  std::vector<Entry> entries_;
  mutable uint64_t bytesRead_ = 0;
};

uint32_t crc32Bytes(const char* data, size_t size);

}  // namespace fewshot::io
