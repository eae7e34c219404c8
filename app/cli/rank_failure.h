// Which rank the launcher names when a data-parallel run fails, and its exit code. A rank killed from
// outside (the OOM killer, kill -9) is the cause; its peers then exit with an error of their own (a
// collective's connection closed), often so soon after that the launcher reaps both in one poll, in rank
// order. So a signal death is named before an error exit, whatever the order the ranks were reaped in;
// the launcher's own SIGKILL of ranks that outlived the grace period is not a cause.
#pragma once
#include <string>

namespace fewshot::cli {

class RankFailure {
 public:
  explicit RankFailure(int processes) : processes_(processes) {}

  // `waitStatus` as waitpid gives it. `killedByLauncher`: the launcher had SIGKILLed the remaining ranks.
  void record(int rank, int waitStatus, bool killedByLauncher);

  bool any() const { return !message_.empty(); }
  // e.g. "rank 1 of 2 was killed by signal Killed"; empty when every recorded rank ended cleanly.
  const std::string& message() const { return message_; }
  // 0 when every recorded rank ended cleanly; the named rank's exit code, or 1 for a signal.
  int exitCode() const { return exitCode_; }

 private:
  int processes_;
  std::string message_;
  bool namedSignalDeath_ = false;
  int exitCode_ = 0;
};

// "exited with code 3", "was killed by signal Killed".
std::string describeWaitStatus(int waitStatus);
// Exit code 0: the rank finished or stopped as asked.
bool endedCleanly(int waitStatus);

}  // namespace fewshot::cli
