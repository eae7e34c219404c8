// File names are bytes; JSON text must be UTF-8. These keep reports printable and, with the hex form,
// lossless for names that are not UTF-8.
#pragma once
#include <string>

namespace fewshot::util {

bool isValidUtf8(const std::string& s);
// `s` with every byte that is not part of a valid UTF-8 sequence replaced by U+FFFD.
std::string toValidUtf8(const std::string& s);
std::string toHex(const std::string& bytes);
// Inverse of toHex(); throws std::invalid_argument on anything else.
std::string fromHex(const std::string& hex);

}  // namespace fewshot::util
