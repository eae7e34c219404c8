#include "app/cli/explore_args.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

#include "core/explore/latent_ops.h"
#include "core/train/thread_count.h"

namespace fewshot::cli {

void addGeneratorOptions(ArgParser& p, const std::string& defaultBn) {
  p.addOption("run", "RUN_DIR", "run directory (trained or imported)");
  p.addOption("checkpoint", "FILE", "a specific checkpoint instead of the run's newest");
  p.addOption(
      "bn", "MODE",
      "batch (batch statistics, as the official FastGAN samples) | eval (running statistics)" +
          std::string(defaultBn.empty() ? "; default: the family's own (FastGAN batch, Projected GAN eval)" : ""),
      defaultBn);
  p.addOption("scale", "S",
              "latent scale: z is multiplied by S (no family has a mapping network, so this is "
              "not StyleGAN truncation; < 1 trades variety for typical images)",
              "1");
  p.addOption("noise-seed", "S", "seed of the noise injections", "0");
  p.addOption("device", "DEV", "cpu, cuda or cuda:N", "cpu");
  p.addOption("threads", "N", "CPU threads (0: all cores)", "0");
}

const models::FamilyDescriptor& runFamily(const ArgParser& p) {
  if (!p.has("run") && !p.has("checkpoint")) throw UsageError("--run RUN_DIR is required");
  return explore::familyOfRun(p.get("run"), p.get("checkpoint"));
}

void requireCapability(const ArgParser& p, models::Capability c) {
  const models::FamilyDescriptor& family = runFamily(p);
  if (!family.can(c)) throw UsageError(family.whyNot(c));
}

namespace {
bool parseNormMode(const std::string& bn, explore::NormMode* mode) {
  if (bn == "batch")
    *mode = explore::NormMode::BatchStatistics;
  else if (bn == "eval")
    *mode = explore::NormMode::RunningStatistics;
  else
    return false;
  return true;
}
}  // namespace

explore::NormMode normMode(const ArgParser& p, const explore::RunSampler& sampler) {
  explore::NormMode mode = sampler.defaultNormMode();
  if (!p.get("bn").empty() && !parseNormMode(p.get("bn"), &mode)) throw UsageError("--bn must be batch or eval");
  return mode;
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

std::unique_ptr<explore::RunSampler> openSampler(const ArgParser& p) {
  const models::FamilyDescriptor& family = runFamily(p);
  explore::NormMode ignored;
  if (!p.get("bn").empty() && !parseNormMode(p.get("bn"), &ignored)) throw UsageError("--bn must be batch or eval");
  if (latentScale(p) != 1.0 && !family.can(models::Capability::LatentsJson))
    throw UsageError("--scale: " + family.whyNot(models::Capability::LatentsJson));
  train::applyThreadCount(p.getInt("threads"));
  return explore::RunSampler::open(p.get("run"), p.get("checkpoint"), p.get("device"));
}

namespace {

std::string lowerExtension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

}  // namespace

bool hasImageExtension(const std::string& path) {
  static const std::set<std::string> kImageExtensions = {".png", ".jpg", ".jpeg", ".bmp", ".gif",
                                                         ".tif", ".tiff", ".webp", ".ppm", ".pgm"};
  return kImageExtensions.count(lowerExtension(path)) > 0;
}

void requirePngName(const ArgParser& p, const std::string& option) {
  if (!p.has(option)) return;
  const std::string path = p.get(option);
  if (lowerExtension(path) != ".png")
    throw UsageError("--" + option + " " + path + ": this command writes PNG images; give the file a .png name");
}

}  // namespace fewshot::cli
