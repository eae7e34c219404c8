#pragma once

namespace fewshot {
inline constexpr const char* kVersion = "0.1.0";
}  // namespace fewshot
