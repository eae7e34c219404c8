#include "core/train/run_directory.h"

#include <cstdio>
#include <filesystem>

namespace fewshot::train {
namespace fs = std::filesystem;

namespace {
std::string numbered(const std::string& dir, const char* prefix, int64_t n, const char* ext) {
  char name[64];
  std::snprintf(name, sizeof name, "%s%08lld%s", prefix, static_cast<long long>(n), ext);
  return dir + "/" + name;
}
}  // namespace

std::string RunDirectory::samplePath(int64_t iteration) const {
  return numbered(samplesDir(), "iter_", iteration, ".png");
}

std::string RunDirectory::nearestSamplePath(int64_t iteration) const {
  return numbered(samplesDir(), "nearest_iter_", iteration, ".png");
}

std::string RunDirectory::checkpointPath(int64_t iteration) const {
  return numbered(checkpointsDir(), "ckpt_", iteration, ".pt");
}

bool RunDirectory::exists() const { return fs::is_regular_file(configPath()); }

void RunDirectory::create() const {
  fs::create_directories(samplesDir());
  fs::create_directories(checkpointsDir());
}

}  // namespace fewshot::train
