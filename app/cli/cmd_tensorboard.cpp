// `fewshot tensorboard RUN`: TensorBoard event files for an existing run (the logic is core/train/tensorboard_log).
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "core/train/tensorboard_log.h"

namespace fewshot::cli {

int runTensorBoardCommand(const Args& args) {
  ArgParser p("fewshot tensorboard RUN [--no-images]",
              "Write a run's scalars (losses, metrics, ADA p and r_t, phases, seconds per iteration) and its\n"
              "sample grids as TensorBoard event files in the run folder, from metrics.jsonl and samples/.\n"
              "The run's earlier event files (from 'fewshot train --tensorboard' or an earlier conversion) are\n"
              "replaced; they hold nothing that metrics.jsonl and samples/ do not. Convert a run that is not\n"
              "training. Then: tensorboard --logdir RUN (or the folder holding several runs).");
  p.addPositional("RUN", "a run folder (it holds config.json and metrics.jsonl)");
  p.addFlag("no-images", "scalars only, no sample grids");
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  const std::string run = p.positional("RUN");
  const bool interactive = ::isatty(STDERR_FILENO);
  const train::TensorBoardConversion c =
      train::convertRunToTensorBoard(run, !p.has("no-images"), -1, [&](int64_t done, int64_t total) {
        if (interactive) std::fprintf(stderr, "\rconverting %lld / %lld", static_cast<long long>(done),
                                      static_cast<long long>(total));
      });
  if (interactive) std::fprintf(stderr, "\n");
  std::cout << "Wrote " << c.scalars << " scalars from " << c.records << " records and " << c.images << " images to "
            << c.eventFile << "\n";
  if (c.removedFiles > 0) std::cout << "Replaced " << c.removedFiles << " earlier event file(s)\n";
  std::cout << "View with: tensorboard --logdir " << run << "\n";
  return 0;
}

}  // namespace fewshot::cli
