#include "core/models/common/seeded_construction.h"

namespace fewshot {

std::mutex& globalGeneratorMutex() {
  static std::mutex m;
  return m;
}

}  // namespace fewshot
