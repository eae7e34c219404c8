// `fewshot train --nproc N` on one machine: starts this program N times as the ranks of a data-parallel
// run (RANK, LOCAL_RANK, WORLD_SIZE, MASTER_ADDR=127.0.0.1 and a free MASTER_PORT, as torchrun sets them),
// forwards Ctrl-C and SIGUSR1 (a checkpoint request) to them (they stop as after Ctrl-C when the launcher
// itself dies: see stopWithLauncher), and when one fails, gives the others a bounded time to stop on their
// own before ending them, then says which rank failed and how.
#pragma once
#include <string>
#include <vector>

namespace fewshot::cli {

// `commandArgs`: the arguments after the program's name, without --nproc. Returns the exit code for the
// launcher (0 when every rank finished cleanly).
int launchRanks(const std::vector<std::string>& commandArgs, int processes);

// In a rank started by launchRanks: the rank gets SIGINT (a clean stop with a checkpoint, agreed by all
// ranks) when its launcher dies, rather than training on as an orphan.
void stopWithLauncher();

// `args` without `--nproc N` / `--nproc=N`.
std::vector<std::string> withoutProcessCount(const std::vector<std::string>& args);

}  // namespace fewshot::cli
