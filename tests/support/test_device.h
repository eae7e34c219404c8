// The device the core tests train on: FEWSHOT_TEST_DEVICE (cuda, cuda:1, ...), else "cpu".
// packaging/gpu-check.sh sets it to run the same tests on a GPU.
#pragma once
#include <cstdlib>
#include <string>

namespace fewshot::testing {

inline std::string testDevice() {
  const char* d = std::getenv("FEWSHOT_TEST_DEVICE");
  return d && *d ? d : "cpu";
}

inline bool testDeviceIsCuda() { return testDevice().rfind("cuda", 0) == 0; }

}  // namespace fewshot::testing
