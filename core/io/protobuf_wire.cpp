#include "core/io/protobuf_wire.h"

#include <cstring>

namespace fewshot::io::protobuf {

void varint(std::string& out, uint64_t value) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7f) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

void key(std::string& out, uint32_t field, Wire wire) { varint(out, (static_cast<uint64_t>(field) << 3) | wire); }

void intField(std::string& out, uint32_t field, int64_t value) {
  key(out, field, Varint);
  varint(out, static_cast<uint64_t>(value));
}

void bytesField(std::string& out, uint32_t field, const std::string& bytes) {
  key(out, field, Bytes);
  varint(out, bytes.size());
  out += bytes;
}

// Fixed-width fields are little-endian on the wire; we only build for little-endian hosts (x86-64, aarch64).
void floatField(std::string& out, uint32_t field, float value) {
  key(out, field, Fixed32);
  char raw[4];
  std::memcpy(raw, &value, 4);
  out.append(raw, 4);
}

void doubleField(std::string& out, uint32_t field, double value) {
  key(out, field, Fixed64);
  char raw[8];
  std::memcpy(raw, &value, 8);
  out.append(raw, 8);
}

}  // namespace fewshot::io::protobuf
