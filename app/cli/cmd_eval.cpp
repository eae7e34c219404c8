// `fewshot eval`: offline FD/KID (or FID/KID with NVIDIA's Inception file), diversity and nearest-neighbour
// distance of a run's EMA generator against its training set.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "app/cli/progress_bar.h"
#include "core/data/dataset_pack.h"
#include "core/explore/run_generator.h"
#include "core/io/png_writer.h"
#include "core/metrics/diversity.h"
#include "core/metrics/feature_statistics.h"
#include "core/metrics/frechet_distance.h"
#include "core/metrics/kernel_distance.h"
#include "core/metrics/live_metrics.h"
#include "core/metrics/nearest_neighbors.h"
#include "core/metrics/real_features_cache.h"
#include "core/train/checkpoint.h"
#include "core/train/run_directory.h"
#include "core/train/trainer.h"
#include "core/train/thread_count.h"
#include "core/util/atomic_file.h"

namespace fewshot::cli {

// Where evaluated samples come from. FastGAN runs sample through the explorer (batch statistics, as the
// official evaluation does); the other families through their trainer restored from the checkpoint.
struct GeneratedSource {
  train::TrainingConfig config;
  int64_t iteration = 0;
  std::string checkpoint;
  std::function<torch::Tensor(int64_t begin, int64_t end)> generate;  // samples [begin, end) of the seed's stream
};

GeneratedSource openGeneratedSource(const train::RunDirectory& run, const std::string& checkpoint,
                                    const std::string& device, const data::DatasetPack& pack, uint64_t seed,
                                    int count) {
  GeneratedSource source;
  const train::TrainingConfig config = train::readCheckpointHeader(
      checkpoint.empty() ? train::findLatestUsableCheckpoint(run).path : checkpoint).config;
  if (config.model == "fastgan") {
    auto generator = std::make_shared<explore::RunGenerator>(explore::RunGenerator::load(run.root(), checkpoint, device));
    source.config = generator->config();
    source.iteration = generator->iteration();
    source.checkpoint = generator->checkpointPath();
    source.generate = [generator, seed, latents = generator->latentsForSeed(seed, count)](int64_t begin, int64_t end) {
      return generator->generate(latents.slice(0, begin, end), explore::NormMode::BatchStatistics,
                                 seed + static_cast<uint64_t>(begin));
    };
    return source;
  }
  source.checkpoint = checkpoint.empty() ? train::findLatestUsableCheckpoint(run).path : checkpoint;
  const train::CheckpointHeader header = train::readCheckpointHeader(source.checkpoint);
  source.config = header.config;
  source.iteration = header.iteration;
  std::shared_ptr<train::Trainer> trainer = train::createTrainer(header.config, pack, train::parseDevice(device));
  train::loadCheckpoint(source.checkpoint, *trainer);
  source.generate = [trainer, seed](int64_t begin, int64_t end) {
    return trainer->generateImages(end - begin, seed + static_cast<uint64_t>(begin));
  };
  return source;
}

int runEvalCommand(const Args& args) {
  ArgParser p("fewshot eval --run RUN_DIR [--n 5000] [--inception FILE]",
              "Compute distribution metrics of a run's EMA generator against its training images:\n"
              "FD-EffNet / KID-EffNet on EfficientNet-Lite0 features (not comparable with published FIDs), or\n"
              "FID / KID with NVIDIA's TorchScript inception-2015-12-05.pt given by --inception.\n"
              "Writes RUN_DIR/eval_<iteration>_n<N>.json and prints the values.");
  p.addOption("run", "RUN_DIR", "run directory");
  p.addOption("checkpoint", "FILE", "a specific checkpoint instead of the newest");
  p.addOption("n", "N", "generated samples", "5000");
  p.addOption("inception", "FILE", "NVIDIA's inception-2015-12-05.pt (TorchScript): report FID/KID");
  p.addOption("weights-dir", "DIR", "folder with the EfficientNet-Lite0 weights (packaging/fetch-weights.sh)");
  p.addOption("seed", "S", "latent seed", "0");
  p.addOption("batch", "N", "generation batch size", "32");
  p.addOption("device", "DEV", "cpu, cuda or cuda:N", "cpu");
  p.addOption("threads", "N", "CPU threads (0: all cores)", "0");
  p.addFlag("json", "print the result as one JSON object on stdout");
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  if (!p.has("run")) throw UsageError("--run RUN_DIR is required");
  const int n = p.getInt("n");
  if (n < 2 || n > 1000000) throw UsageError("--n must be between 2 and 1000000");
  const int batch = p.getInt("batch");
  if (batch < 2) throw UsageError("--batch must be at least 2");
  train::applyThreadCount(p.getInt("threads"));

  train::RunDirectory run(p.get("run"));
  data::DatasetPack pack = data::loadDatasetPack(run.datasetPackPath());
  const uint64_t seed = static_cast<uint64_t>(p.getInt("seed"));
  const GeneratedSource source = openGeneratedSource(run, p.get("checkpoint"), p.get("device"), pack, seed, n);
  metrics::MetricsConfig mc = source.config.metrics;
  mc.inceptionFile = p.get("inception");
  if (p.has("weights-dir")) mc.weightsDir = p.get("weights-dir");
  metrics::LiveMetrics live(mc, pack, train::parseDevice(p.get("device")));
  const std::string name = live.extractor().displayName();

  ProgressBar bar(!p.has("json") && ::isatty(STDERR_FILENO));
  const auto start = std::chrono::steady_clock::now();
  auto progress = [&](int64_t done, int64_t total, const char* what) {
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double rate = elapsed > 0 ? done / elapsed : 0;
    bar.update(done, total, rate, rate > 0 ? (total - done) / rate : 0, {});
    (void)what;
  };
  if (!p.has("json")) bar.message("real features (" + std::to_string(pack.count()) + " training images, cached)");
  torch::Tensor real = live.realFeatures([&](int64_t d, int64_t t) { progress(d, t, "real"); });
  if (!p.has("json")) bar.message("generating " + std::to_string(n) + " samples");
  std::vector<torch::Tensor> parts;
  torch::Tensor firstSamples;
  for (int64_t i = 0; i < n; i += batch) {
    torch::Tensor images = source.generate(i, std::min<int64_t>(n, i + batch));
    if (!firstSamples.defined()) firstSamples = images.slice(0, 0, 8).clone();
    parts.push_back(live.extractor().extract(images));
    progress(std::min<int64_t>(n, i + batch), n, "generated");
  }
  bar.finish();
  torch::Tensor generated = torch::cat(parts);

  const double fd = metrics::frechetDistance(metrics::computeStatistics(real), metrics::computeStatistics(generated));
  metrics::KernelDistance kid = metrics::kernelDistance(real, generated, 100, 1000, 12345);
  const int64_t divCount = std::min<int64_t>(n, 1000);
  const double diversity = metrics::meanPairwiseDistance(generated.slice(0, 0, divCount));
  const double realDiversity = metrics::meanPairwiseDistance(real.slice(0, 0, std::min<int64_t>(real.size(0), 1000)));
  metrics::NearestNeighbors nn = metrics::nearestNeighbors(generated, real);

  const bool inception = !mc.inceptionFile.empty();
  const std::string fdKey = inception ? "fid" : "fd_effnet", kidKey = inception ? "kid" : "kid_effnet";
  nlohmann::json result = {{"iteration", source.iteration},
                           {"checkpoint", source.checkpoint},
                           {"extractor", live.extractor().id()},
                           {"n_generated", n},
                           {"n_real", real.size(0)},
                           {"metric_" + fdKey, fd},
                           {"metric_" + kidKey, kid.mean},
                           {"metric_" + kidKey + "_std", kid.std},
                           {"kid_subsets", kid.subsets},
                           {"kid_subset_size", kid.subsetSize},
                           {"metric_diversity", diversity},
                           {"diversity_real", realDiversity},
                           {"metric_nearest_distance", nn.distances.mean().item<double>()},
                           {"metric_nearest_distance_min", nn.distances.min().item<double>()}};
  char file[64];
  std::snprintf(file, sizeof file, "/eval_%08lld_n%d.json", static_cast<long long>(source.iteration), n);
  util::writeFileAtomically(run.root() + file, result.dump(2) + "\n");
  if (p.has("json")) {
    std::cout << result.dump() << std::endl;
    return 0;
  }
  std::printf("%s (%d generated vs %lld real, iteration %lld): %.4f\n", name.c_str(), n,
              static_cast<long long>(real.size(0)), static_cast<long long>(source.iteration), fd);
  std::printf("%s: %.6f ± %.6f (%lld subsets of %lld)\n", inception ? "KID" : "KID-EffNet", kid.mean, kid.std,
              static_cast<long long>(kid.subsets), static_cast<long long>(kid.subsetSize));
  std::printf("diversity: %.4f (training set: %.4f)\n", diversity, realDiversity);
  std::printf("nearest training image distance: mean %.4f, min %.4f\n", nn.distances.mean().item<double>(),
              nn.distances.min().item<double>());
  if (!inception)
    std::printf("note: FD-EffNet uses EfficientNet-Lite0 features; it is not FID and not comparable with papers.\n");
  std::printf("wrote %s%s\n", run.root().c_str(), file);
  return 0;
}

}  // namespace fewshot::cli
