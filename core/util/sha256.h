// SHA-256 (FIPS 180-4), for content hashes of dataset files, cache keys and pack checksums.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace fewshot::util {

class Sha256 {
 public:
  Sha256();
  void update(const void* data, size_t size);
  void update(const std::string& s) { update(s.data(), s.size()); }
  std::array<uint8_t, 32> digest();  // finalises; the object must not be updated afterwards
  std::string hexDigest();

 private:
  void block(const uint8_t* p);
  std::array<uint32_t, 8> h_;
  std::array<uint8_t, 64> buffer_{};
  size_t buffered_ = 0;
  uint64_t length_ = 0;
};

std::string sha256Hex(const std::string& bytes);

}  // namespace fewshot::util
