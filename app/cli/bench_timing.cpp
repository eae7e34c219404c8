#include "app/cli/bench_timing.h"

#include <random>
#include <string>

#include "core/train/step_profile.h"
#include "core/train/trainer.h"

namespace fewshot::cli {

data::DatasetPack syntheticPack(int size, int count) {
  data::DatasetPack pack;
  pack.width = pack.height = size;
  pack.pixels.resize(pack.imageBytes() * count);
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> byte(0, 255);
  for (auto& px : pack.pixels) px = static_cast<uint8_t>(byte(rng));
  for (int i = 0; i < count; ++i) pack.sources.push_back("synthetic_" + std::to_string(i));
  pack.contentHash = "synthetic";
  return pack;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
}

StepBreakdown profileSteps(train::Trainer& trainer, const torch::Device& device, int iters) {
  train::setStepProfiling(true);
  const std::vector<double> seconds = timeRuns(0, iters, device, [&] { trainer.step(); });
  const train::StepPhaseTimes phases = train::takeStepPhaseTimes();
  train::setStepProfiling(false);
  StepBreakdown b;
  for (double s : seconds) b.seconds += s / iters;
  b.dataLoading = phases.dataLoadingSeconds / iters;
  b.synchronisation = phases.synchronisationSeconds / iters;
  b.synchronisations = static_cast<double>(phases.synchronisations) / iters;
  b.rest = b.seconds - b.dataLoading - b.synchronisation;
  return b;
}

double medianStepSeconds(const train::TrainingConfig& config, const data::DatasetPack& pack,
                         const torch::Device& device, int warmup, int iters) {
  auto trainer = train::createTrainer(config, pack, device);
  trainer->step();
  return median(timeRuns(warmup, iters, device, [&] { trainer->step(); }));
}

}  // namespace fewshot::cli
