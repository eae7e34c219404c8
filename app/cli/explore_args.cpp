#include "app/cli/explore_args.h"

#include "core/explore/latent_ops.h"
#include "core/train/thread_count.h"

namespace fewshot::cli {

void addGeneratorOptions(ArgParser& p, const std::string& defaultBn) {
  p.addOption("run", "RUN_DIR", "run directory (trained or imported)");
  p.addOption("checkpoint", "FILE", "a specific checkpoint instead of the run's newest");
  p.addOption("bn", "MODE", "batch (batch statistics, as the official samples) | eval (running statistics)", defaultBn);
  p.addOption("scale", "S", "latent scale: z is multiplied by S (FastGAN has no mapping network, so this is "
                            "not StyleGAN truncation; < 1 trades variety for typical images)", "1");
  p.addOption("noise-seed", "S", "seed of the noise injections", "0");
  p.addOption("device", "DEV", "cpu, cuda or cuda:N", "cpu");
  p.addOption("threads", "N", "CPU threads (0: all cores)", "0");
}

explore::NormMode normMode(const ArgParser& p) {
  const std::string bn = p.get("bn");
  if (bn == "batch") return explore::NormMode::BatchStatistics;
  if (bn == "eval") return explore::NormMode::RunningStatistics;
  throw UsageError("--bn must be batch or eval");
}

double latentScale(const ArgParser& p) {
  const double s = p.getDouble("scale");
  if (!(s >= 0 && s <= 10)) throw UsageError("--scale must be between 0 and 10");
  return s;
}

std::vector<uint64_t> seedsOption(const ArgParser& p, const std::string& name) {
  try {
    return explore::parseSeedList(p.get(name));
  } catch (const std::invalid_argument& e) {
    throw UsageError("--" + name + ": " + e.what());
  }
}

explore::RunGenerator loadGenerator(const ArgParser& p) {
  if (!p.has("run") && !p.has("checkpoint")) throw UsageError("--run RUN_DIR is required");
  normMode(p);
  latentScale(p);
  train::applyThreadCount(p.getInt("threads"));
  return explore::RunGenerator::load(p.get("run"), p.get("checkpoint"), p.get("device"));
}

}  // namespace fewshot::cli
