// Terminal progress for `fewshot train`: a redrawn bar on a TTY, periodic lines otherwise.
#pragma once
#include <cstdint>
#include <map>
#include <string>

namespace fewshot::cli {

class ProgressBar {
 public:
  explicit ProgressBar(bool interactive);
  void update(int64_t done, int64_t total, double itPerSecond, double etaSeconds,
              const std::map<std::string, double>& values);
  void message(const std::string& line);  // prints above the bar
  void finish();

 private:
  bool interactive_;
  bool barShown_ = false;
  int lastPercentPrinted_ = -1;
};

std::string formatDuration(double seconds);  // "1:02:03" or "02:03"

}  // namespace fewshot::cli
