// `fewshot sample`: a grid of samples from a run's EMA generator.
#include <cmath>
#include <iostream>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "core/explore/run_generator.h"
#include "core/io/image_grid.h"
#include "core/io/png_writer.h"
#include "core/train/thread_count.h"

namespace fewshot::cli {

int runSampleCommand(const Args& args) {
  if (isConSinGanRun(args)) return runConSinGanSampleCommand(args);
  ArgParser p("fewshot sample --run RUN_DIR --out grid.png [--n 64] [--seed S]",
              "Write a grid of samples from the EMA generator of a run's newest checkpoint.");
  p.addOption("run", "RUN_DIR", "run directory");
  p.addOption("checkpoint", "FILE", "a specific checkpoint instead of the newest");
  p.addOption("out", "FILE", "output PNG");
  p.addOption("n", "N", "number of samples", "64");
  p.addOption("seed", "S", "latent seed", "0");
  p.addOption("columns", "N", "grid columns (default: square)");
  p.addOption("bn", "MODE", "batch (official: batch statistics) | eval (running statistics)", "batch");
  p.addOption("device", "DEV", "cpu, cuda or cuda:N", "cpu");
  p.addOption("threads", "N", "CPU threads (0: all cores)", "0");
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  if (!p.has("run") && !p.has("checkpoint")) throw UsageError("--run RUN_DIR is required");
  if (!p.has("out")) throw UsageError("--out FILE is required");
  const int n = p.getInt("n");
  if (n < 1 || n > 4096) throw UsageError("--n must be between 1 and 4096");
  const std::string bn = p.get("bn");
  if (bn != "batch" && bn != "eval") throw UsageError("--bn must be batch or eval");
  train::applyThreadCount(p.getInt("threads"));

  auto generator = explore::RunGenerator::load(p.get("run"), p.get("checkpoint"), p.get("device"));
  const uint64_t seed = static_cast<uint64_t>(p.getInt("seed"));
  torch::Tensor images = generator.generate(
      generator.latentsForSeed(seed, n),
      bn == "batch" ? explore::NormMode::BatchStatistics : explore::NormMode::RunningStatistics, seed);
  const int columns = p.has("columns") ? p.getInt("columns") : static_cast<int>(std::ceil(std::sqrt(n)));
  io::writePng(io::makeImageGrid(images, columns), p.get("out"));
  std::cerr << "Wrote " << n << " samples (iteration " << generator.iteration() << ", " << generator.checkpointPath()
            << ") to " << p.get("out") << "\n";
  return 0;
}

}  // namespace fewshot::cli
