// Options shared by the explore commands (sample, mix, interpolate): run/checkpoint, BN mode,
// latent scale, device and threads.
#pragma once
#include <string>
#include <vector>

#include "app/cli/arg_parser.h"
#include "core/explore/run_generator.h"

namespace fewshot::cli {

void addGeneratorOptions(ArgParser& p, const std::string& defaultBn);
// Applies --threads and loads the run's generator; throws UsageError for bad options.
explore::RunGenerator loadGenerator(const ArgParser& p);
explore::NormMode normMode(const ArgParser& p);
double latentScale(const ArgParser& p);
std::vector<uint64_t> seedsOption(const ArgParser& p, const std::string& name);

}  // namespace fewshot::cli
