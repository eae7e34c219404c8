// Paths for tests: a scratch folder per test binary under the build tree.
#pragma once
#include <cstdlib>
#include <filesystem>
#include <string>

namespace fewshot::testing {

inline std::string scratchDir(const std::string& name) {
  const char* bin = std::getenv("FEWSHOT_BINARY_DIR");
  std::filesystem::path root = bin ? std::filesystem::path(bin) / "test-scratch"
                                   : std::filesystem::temp_directory_path() / "fewshot-test-scratch";
  std::filesystem::path dir = root / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

}  // namespace fewshot::testing
