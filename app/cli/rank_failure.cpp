#include "app/cli/rank_failure.h"

#include <sys/wait.h>

#include <cstring>

namespace fewshot::cli {

std::string describeWaitStatus(int status) {
  if (WIFEXITED(status)) return "exited with code " + std::to_string(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return std::string("was killed by signal ") + strsignal(WTERMSIG(status));
  return "ended";
}

bool endedCleanly(int status) { return WIFEXITED(status) && WEXITSTATUS(status) == 0; }

void RankFailure::record(int rank, int status, bool killedByLauncher) {
  if (endedCleanly(status)) return;
  const bool signalDeath = WIFSIGNALED(status) && !killedByLauncher;
  if (any() && (namedSignalDeath_ || !signalDeath)) return;
  message_ = "rank " + std::to_string(rank) + " of " + std::to_string(processes_) + " " + describeWaitStatus(status);
  namedSignalDeath_ = signalDeath;
  exitCode_ = WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

}  // namespace fewshot::cli
