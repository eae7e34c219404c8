// What the `fewshot bench` commands time with: synthetic data, timed repetitions, their median.
#pragma once
#include <algorithm>
#include <chrono>
#include <vector>

#include <torch/torch.h>

#include "core/config/training_config.h"
#include "core/data/dataset_pack.h"
#include "core/train/trainer.h"

namespace fewshot::cli {

// `count` images of noise at `size` px, the same every time.
data::DatasetPack syntheticPack(int size, int count);

double median(std::vector<double> v);

// Runs `fn` `warmup` times untimed, then `iters` times timed; returns the seconds, sorted. CUDA work is
// waited for before each clock reading.
template <typename Fn>
std::vector<double> timeRuns(int warmup, int iters, const torch::Device& device, Fn&& fn) {
  auto sync = [&] {
    if (device.is_cuda()) torch::cuda::synchronize();
  };
  for (int i = 0; i < warmup; ++i) fn();
  sync();
  std::vector<double> seconds;
  for (int i = 0; i < iters; ++i) {
    const auto begin = std::chrono::steady_clock::now();
    fn();
    sync();
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count());
  }
  std::sort(seconds.begin(), seconds.end());
  return seconds;
}

// Where `iters` more steps of `trainer` spend their time (per iteration, means): loading the batch and
// host synchronisation, timed as core/train/step_profile.h says, and the rest (the networks' forward and
// backward passes, augmentation, optimiser, EMA). A separate pass after the timed one: on a GPU its data
// phases wait for the device, so its total is a little above the median.
struct StepBreakdown {
  double seconds = 0, dataLoading = 0, synchronisation = 0, rest = 0;
  double synchronisations = 0;  // host reads per iteration
};
StepBreakdown profileSteps(train::Trainer& trainer, const torch::Device& device, int iters);

// Median seconds per step of a trainer built from `config`, after one untimed step (PGGAN's growth phases
// pass within it) and `warmup` more.
double medianStepSeconds(const train::TrainingConfig& config, const data::DatasetPack& pack,
                         const torch::Device& device, int warmup, int iters);

}  // namespace fewshot::cli
