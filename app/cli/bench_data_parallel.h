// `fewshot bench train --nproc N` (issue 16): the same training timed in one process and in N processes that
// split its batch, side by side in one run; images/s of both and the scaling efficiency.
#pragma once
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "core/distributed/world.h"
#include "core/config/training_config.h"

namespace fewshot::cli {

// In the launcher: times `config` here, then starts this program again as N ranks with `benchArgs` (the
// arguments after `bench train`) and reads rank 0's timing. On a CPU each rank gets its share of the
// threads the one-process run used. Returns the result: seconds per iteration and images/s of both,
// the speed-up and the efficiency (speed-up / N).
nlohmann::json benchDataParallel(const Args& benchArgs, const train::TrainingConfig& config, int processes,
                                 int warmup, int iters);

// In one of those ranks: joins the others, times the same iterations, and rank 0 reports its timing to the
// launcher. Returns the exit code.
int benchDataParallelRank(const distributed::World& world, train::TrainingConfig config, int warmup, int iters);

// The result of benchDataParallel for a terminal.
void printDataParallelBench(const nlohmann::json& result);

}  // namespace fewshot::cli
