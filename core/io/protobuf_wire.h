// Protobuf wire format, encoding only: field keys, varints, length-delimited bytes and fixed-width
// numbers. Enough for the few message types we write by hand (ONNX models, TensorBoard events)
// without depending on libprotobuf.
#pragma once
#include <cstdint>
#include <string>

namespace fewshot::io::protobuf {

enum Wire : uint32_t { Varint = 0, Fixed64 = 1, Bytes = 2, Fixed32 = 5 };

void varint(std::string& out, uint64_t value);
void key(std::string& out, uint32_t field, Wire wire);
// int32/int64/enum/bool fields; a negative value takes ten bytes (two's complement), as protobuf does.
void intField(std::string& out, uint32_t field, int64_t value);
// string, bytes and embedded-message fields.
void bytesField(std::string& out, uint32_t field, const std::string& bytes);
void floatField(std::string& out, uint32_t field, float value);
void doubleField(std::string& out, uint32_t field, double value);

}  // namespace fewshot::io::protobuf
