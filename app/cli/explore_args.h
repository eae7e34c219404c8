// Options shared by the commands that take a run (sample, mix, interpolate, export, eval, ...):
// run/checkpoint, BN mode, latent scale, device and threads, and refusals with the family's reason.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "app/cli/arg_parser.h"
#include "core/explore/run_sampler.h"

namespace fewshot::cli {

// `defaultBn` empty: the family's own BN mode (FastGAN: batch statistics, Projected GAN: eval).
void addGeneratorOptions(ArgParser& p, const std::string& defaultBn);
// The family of --run (or --checkpoint), from its config alone; UsageError without either.
const models::FamilyDescriptor& runFamily(const ArgParser& p);
// A refusal (UsageError, exit 2) with the family's reason when the run's family cannot do `c`.
void requireCapability(const ArgParser& p, models::Capability c);
// Applies --threads, checks --bn and --scale, and opens the run's sampler.
std::unique_ptr<explore::RunSampler> openSampler(const ArgParser& p);
explore::NormMode normMode(const ArgParser& p, const explore::RunSampler& sampler);
double latentScale(const ArgParser& p);
std::vector<uint64_t> seedsOption(const ArgParser& p, const std::string& name);
// UsageError when --`option` names a file whose extension is not .png (these commands write PNG data only).
void requirePngName(const ArgParser& p, const std::string& option);
// True for names ending in an image format's extension (.jpg, .png, .webp, ...), any case.
bool hasImageExtension(const std::string& path);

}  // namespace fewshot::cli
