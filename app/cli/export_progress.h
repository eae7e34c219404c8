// Progress for long exports (videos, timelapses): a redrawn bar on a TTY, a line per 10 %
// otherwise. Ctrl-C cancels the export cleanly (no partial file) instead of killing the process.
#pragma once
#include <chrono>
#include <string>

#include "core/io/frame_sink.h"

namespace fewshot::cli {

class ExportProgress {
 public:
  explicit ExportProgress(std::string what);  // e.g. "frames"
  ~ExportProgress();
  io::ProgressFn callback();

 private:
  bool update(int done, int total);
  std::string what_;
  bool interactive_;
  int lastDecile_ = -1;
  std::chrono::steady_clock::time_point start_;
  void (*previousHandler_)(int) = nullptr;
};

}  // namespace fewshot::cli
