#include "core/util/error_text.h"

namespace fewshot::util {

std::string withoutBacktrace(const std::string& message) {
  std::string text = message;
  for (const char* marker : {"Exception raised from ", "frame #0:"}) {
    const size_t at = text.find(marker);
    if (at != std::string::npos) text.erase(at);
  }
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

}  // namespace fewshot::util
