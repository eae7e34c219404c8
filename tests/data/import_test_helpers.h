// Helpers shared by the dataset-import tests.
#pragma once
#include <filesystem>
#include <string>

#include "core/data/dataset_import.h"

namespace fewshot::testing {

template <typename F>
std::string errorOf(F&& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "(no exception)";
}

inline bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

inline const data::ImportIssue* issueFor(const data::ImportReport& r, const std::string& suffix) {
  for (const auto& i : r.issues)
    if (i.file.size() >= suffix.size() && i.file.compare(i.file.size() - suffix.size(), suffix.size(), suffix) == 0)
      return &i;
  return nullptr;
}

inline size_t filesIn(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  size_t n = 0;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); ++it) ++n;
  return n;
}


}  // namespace fewshot::testing
