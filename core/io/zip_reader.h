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

class ZipReader {
 public:
  // `name` is used in messages (usually the path). The archive bytes are kept in memory.
  ZipReader(std::string bytes, std::string name);
  static ZipReader open(const std::string& path);

  std::vector<std::string> names() const;
  bool contains(const std::string& entry) const;
  // Uncompressed entry contents, CRC-checked. Throws ZipError.
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
  std::vector<Entry> entries_;
};

uint32_t crc32Bytes(const char* data, size_t size);

}  // namespace fewshot::io
