#include "core/util/environment.h"

#include <cstdlib>

namespace fewshot::util {

std::string environmentValue(const char* name) {
  const char* value = std::getenv(name);
  return value ? std::string(value) : std::string();
}

}  // namespace fewshot::util
