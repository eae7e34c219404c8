#include "app/cli/bench_data_parallel.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

#include "app/cli/arg_parser.h"
#include "app/cli/bench_timing.h"
#include "app/cli/rank_launcher.h"
#include "app/cli/train_ranks.h"
#include "core/distributed/collectives.h"
#include "core/distributed/data_parallel.h"
#include "core/train/thread_count.h"
#include "core/train/trainer.h"
#include "core/util/atomic_file.h"

namespace fewshot::cli {

namespace {

// How the launcher tells its ranks where rank 0 writes its timing and how many threads each uses.
constexpr const char* kResultVariable = "FEWSHOT_BENCH_RESULT";
constexpr const char* kRankThreadsVariable = "FEWSHOT_BENCH_RANK_THREADS";

double imagesPerSecond(int batch, double secondsPerIteration) { return batch / secondsPerIteration; }

}  // namespace

nlohmann::json benchDataParallel(const Args& benchArgs, const train::TrainingConfig& config, int processes,
                                 int warmup, int iters) {
  if (config.batchSize % processes != 0)
    throw UsageError("--batch " + std::to_string(config.batchSize) + " cannot be shared evenly by " +
                     std::to_string(processes) + " processes: choose a batch size divisible by " +
                     std::to_string(processes));
  const torch::Device device = train::parseDevice(config.device);
  if (const std::string why = distributed::collectivesUnavailableReason(device); !why.empty())
    throw std::runtime_error(why);
  const int threads = train::applyThreadCount(config.threads);
  const data::DatasetPack pack = syntheticPack(config.imageSize(), std::max(16, config.batchSize));
  const double singleMedian = medianStepSeconds(config, pack, device, warmup, iters);

  // The ranks share this machine's cores as the one process had them all (GPUs: one each).
  const int rankThreads = device.is_cpu() ? std::max(1, threads / processes) : threads;
  const std::filesystem::path resultPath =
      std::filesystem::temp_directory_path() / ("fewshot-bench-" + std::to_string(getpid()) + ".json");
  ::setenv(kResultVariable, resultPath.c_str(), 1);
  ::setenv(kRankThreadsVariable, std::to_string(rankThreads).c_str(), 1);
  Args rankArgs{"bench", "train"};
  for (const std::string& a : withoutProcessCount(benchArgs)) rankArgs.push_back(a);
  const int code = launchRanks(rankArgs, processes);
  if (code != 0) {
    std::filesystem::remove(resultPath);
    throw std::runtime_error("the " + std::to_string(processes) + "-process run failed (exit code " +
                             std::to_string(code) + "); its ranks' errors are above");
  }
  const nlohmann::json ranks = nlohmann::json::parse(util::readFileBytes(resultPath.string()));
  std::filesystem::remove(resultPath);

  const double parallelMedian = ranks.at("median_seconds_per_iteration");
  const double speedup = singleMedian / parallelMedian;
  return {{"model", config.model},
          {"size", config.imageSize()},
          {"batch", config.batchSize},
          {"device", device.str()},
          {"processes", processes},
          {"iterations_timed", iters},
          {"warmup", warmup},
          {"single_threads", threads},
          {"single_median_seconds_per_iteration", singleMedian},
          {"single_images_per_second", imagesPerSecond(config.batchSize, singleMedian)},
          {"rank_threads", rankThreads},
          {"rank_batch", config.batchSize / processes},
          {"parallel_median_seconds_per_iteration", parallelMedian},
          {"parallel_min_seconds", ranks.at("min_seconds")},
          {"parallel_max_seconds", ranks.at("max_seconds")},
          {"parallel_images_per_second", imagesPerSecond(config.batchSize, parallelMedian)},
          {"per_rank_images_per_second", imagesPerSecond(config.batchSize / processes, parallelMedian)},
          {"speedup", speedup},
          {"scaling_efficiency", speedup / processes}};
}

int benchDataParallelRank(const distributed::World& world, train::TrainingConfig config, int warmup, int iters) {
  stopWithLauncher();
  if (const char* threads = std::getenv(kRankThreadsVariable)) config.threads = std::atoi(threads);
  train::applyThreadCount(config.threads);
  config.device = rankDevice(world, config.device);
  const torch::Device device = train::parseDevice(config.device);
  auto group = std::make_shared<distributed::DataParallel>(
      distributed::connect(world, device, std::chrono::seconds(600)));
  const data::DatasetPack pack = syntheticPack(config.imageSize(), std::max(16, config.batchSize));
  auto trainer = train::createTrainer(config, pack, device);
  trainer->joinDataParallel(group);
  trainer->step();
  // The ranks run in step (every step ends with the gradients' all-reduce), so rank 0's times are the run's.
  const std::vector<double> seconds = timeRuns(warmup, iters, device, [&] { trainer->step(); });
  const char* resultPath = std::getenv(kResultVariable);
  if (world.isMain() && resultPath) {
    const nlohmann::json result = {{"median_seconds_per_iteration", median(seconds)},
                                   {"min_seconds", seconds.front()},
                                   {"max_seconds", seconds.back()}};
    util::writeFileAtomically(resultPath, result.dump());
  }
  return 0;
}

void printDataParallelBench(const nlohmann::json& r) {
  auto threads = [](int n) { return std::to_string(n) + (n == 1 ? " thread" : " threads"); };
  std::printf("model %s, %d px, batch %d, %s (medians of %d after %d warm-up)\n",
              r["model"].get<std::string>().c_str(), r["size"].get<int>(), r["batch"].get<int>(),
              r["device"].get<std::string>().c_str(), r["iterations_timed"].get<int>(), r["warmup"].get<int>());
  std::printf("1 process (%s): %.3f s/iteration, %.1f images/s\n", threads(r["single_threads"]).c_str(),
              r["single_median_seconds_per_iteration"].get<double>(), r["single_images_per_second"].get<double>());
  std::printf("%d processes (%s and batch %d each): %.3f s/iteration, %.1f images/s (%.1f per process)\n",
              r["processes"].get<int>(), threads(r["rank_threads"]).c_str(), r["rank_batch"].get<int>(),
              r["parallel_median_seconds_per_iteration"].get<double>(), r["parallel_images_per_second"].get<double>(),
              r["per_rank_images_per_second"].get<double>());
  std::printf("speed-up %.2fx, scaling efficiency %.0f %%\n", r["speedup"].get<double>(),
              100.0 * r["scaling_efficiency"].get<double>());
}

}  // namespace fewshot::cli
