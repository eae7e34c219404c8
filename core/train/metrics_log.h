// metrics.jsonl: one JSON object per record, appended and flushed immediately so that a crash
// loses nothing that was reported.
#pragma once
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace fewshot::train {

class MetricsLog {
 public:
  explicit MetricsLog(std::string path);
  void append(const nlohmann::json& record);
  // Drops records after `iteration` (they belong to work lost since the checkpoint we resume from).
  void truncateAfter(int64_t iteration);
  // Reads all complete records; a torn last line (crash mid-write) is ignored.
  static std::vector<nlohmann::json> read(const std::string& path);

 private:
  std::string path_;
  std::ofstream out_;
};

}  // namespace fewshot::train
