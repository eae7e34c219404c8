// Reading environment variables the way the settings that honour them expect.
#pragma once

#include <string>

namespace fewshot::util {

// The variable's value, or "" when it is not set.
std::string environmentValue(const char* name);

}  // namespace fewshot::util
