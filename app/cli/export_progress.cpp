#include "app/cli/export_progress.h"

#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>

#include "app/cli/progress_bar.h"

namespace fewshot::cli {
namespace {
std::atomic<bool> gInterrupted{false};
extern "C" void onExportInterrupt(int) { gInterrupted = true; }
}  // namespace

ExportProgress::ExportProgress(std::string what)
    : what_(std::move(what)), interactive_(isatty(STDERR_FILENO)), start_(std::chrono::steady_clock::now()) {
  gInterrupted = false;
  previousHandler_ = std::signal(SIGINT, onExportInterrupt);
}

ExportProgress::~ExportProgress() {
  std::signal(SIGINT, previousHandler_ == SIG_ERR ? SIG_DFL : previousHandler_);
  if (interactive_ && lastDecile_ >= 0) std::fputc('\n', stderr);
}

io::ProgressFn ExportProgress::callback() {
  return [this](int done, int total) { return update(done, total); };
}

bool ExportProgress::update(int done, int total) {
  const double fraction = total > 0 ? static_cast<double>(done) / total : 1.0;
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double eta = done > 0 ? elapsed * (total - done) / done : -1;
  if (interactive_) {
    const int width = 28, filled = static_cast<int>(fraction * width);
    std::fprintf(stderr, "\r[%s%s] %d/%d %s | ETA %s ", std::string(filled, '#').c_str(),
                 std::string(width - filled, '-').c_str(), done, total, what_.c_str(), formatDuration(eta).c_str());
    std::fflush(stderr);
    lastDecile_ = 0;
  } else if (static_cast<int>(fraction * 10) > lastDecile_) {
    lastDecile_ = static_cast<int>(fraction * 10);
    std::fprintf(stderr, "%d%% %d/%d %s\n", lastDecile_ * 10, done, total, what_.c_str());
  }
  return !gInterrupted;
}

}  // namespace fewshot::cli
