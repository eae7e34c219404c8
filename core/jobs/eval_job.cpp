#include "core/jobs/eval_job.h"

#include <cstdio>

#include "core/data/dataset_pack.h"
#include "core/explore/run_sampler.h"
#include "core/io/image_grid.h"
#include "core/io/png_writer.h"
#include "core/jobs/augmented_reference.h"
#include "core/jobs/job_support.h"
#include "core/metrics/diversity.h"
#include "core/metrics/feature_statistics.h"
#include "core/metrics/frechet_distance.h"
#include "core/metrics/kernel_distance.h"
#include "core/metrics/live_metrics.h"
#include "core/metrics/nearest_neighbors.h"
#include "core/train/run_directory.h"
#include "core/util/atomic_file.h"

namespace fewshot::jobs {

EvalResult runEvalJob(const EvalJob& job, const EvalProgress& progress) {
  if (job.count < 2) throw std::invalid_argument("evaluation needs at least 2 generated samples");
  if (job.batch < 2) throw std::invalid_argument("the generation batch must be at least 2");
  auto stage = [&](const std::string& what) {
    if (progress.stage) progress.stage(what);
  };
  const train::RunDirectory run(job.runDir);
  auto sampler = explore::RunSampler::open(job.runDir, job.checkpoint, job.device);
  sampler->require(models::Capability::LiveMetrics);
  const data::DatasetPack pack = data::loadDatasetPack(run.datasetPackPath());
  metrics::MetricsConfig mc = sampler->config().metrics;
  mc.inceptionFile = job.inceptionFile;
  if (!job.weightsDir.empty()) mc.weightsDir = job.weightsDir;
  metrics::LiveMetrics live(mc, pack, sampler->device());

  EvalResult result;
  result.extractorName = live.extractor().displayName();
  result.inception = !mc.inceptionFile.empty();
  stage("real features (" + std::to_string(pack.count()) + " training images, cached)");
  auto reportCount = [&](int64_t done, int64_t total) {
    report(progress.progress, static_cast<int>(done), static_cast<int>(total));
  };
  torch::Tensor real = live.realFeatures(reportCount);
  const bool augmented = job.augmentedReferenceP > 0;
  double fdRealToReference = 0;
  torch::Tensor referencePreview;
  if (augmented) {
    if (job.augmentedCopies < 1) throw std::invalid_argument("the augmented reference needs at least one copy");
    stage("augmented real features (" + std::to_string(job.augmentedCopies) + " draws per image)");
    const torch::Tensor plain = real;
    real = augmentedRealFeatures(pack, sampler->config(), job.augmentedReferenceP, job.augmentedCopies, job.seed,
                                 live.extractor(), reportCount, &referencePreview);
    fdRealToReference = metrics::frechetDistance(metrics::computeStatistics(plain), metrics::computeStatistics(real));
  }
  stage("generating " + std::to_string(job.count) + " samples");
  const int n = job.count;
  // One latent stream; the family's BN mode (FastGAN's official evaluation: batch statistics); the noise
  // of each batch seeded from its start.
  const torch::Tensor latents = sampler->latentsForSeed(job.seed, n);
  std::vector<torch::Tensor> parts;
  report(progress.progress, 0, n);
  for (int begin = 0; begin < n; begin += job.batch) {
    const int end = std::min(n, begin + job.batch);
    const explore::RenderOptions render{sampler->defaultNormMode(), job.seed + static_cast<uint64_t>(begin)};
    parts.push_back(live.extractor().extract(sampler->render(latents.slice(0, begin, end), render)));
    report(progress.progress, end, n);
  }
  const torch::Tensor generated = torch::cat(parts);

  const double fd = metrics::frechetDistance(metrics::computeStatistics(real), metrics::computeStatistics(generated));
  const metrics::KernelDistance kid = metrics::kernelDistance(real, generated, 100, 1000, 12345);
  const double diversity = metrics::meanPairwiseDistance(generated.slice(0, 0, std::min<int64_t>(n, 1000)));
  const double realDiversity = metrics::meanPairwiseDistance(real.slice(0, 0, std::min<int64_t>(real.size(0), 1000)));
  const metrics::NearestNeighbors nn = metrics::nearestNeighbors(generated, real);

  const std::string fdKey = result.inception ? "fid" : "fd_effnet", kidKey = result.inception ? "kid" : "kid_effnet";
  result.values = {{"iteration", sampler->iteration()},
                   {"checkpoint", sampler->checkpointPath()},
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
  char stem[96];
  std::snprintf(stem, sizeof stem, "/eval_%08lld_n%d", static_cast<long long>(sampler->iteration()), n);
  std::string file = stem;
  if (augmented) {
    // The metrics above are then against the augmented set; `fd_real_to_reference` says how far it is
    // from the plain training images.
    result.values["reference"] = "augmented";
    result.values["reference_p"] = job.augmentedReferenceP;
    result.values["reference_copies"] = job.augmentedCopies;
    result.values["reference_supersampled"] = sampler->config().adaSupersampled;
    result.values["fd_real_to_reference"] = fdRealToReference;
    char suffix[32];
    std::snprintf(suffix, sizeof suffix, "_augp%.2f", job.augmentedReferenceP);
    file += suffix;
    // What the generator was compared with, to look at beside the run's sample grids.
    io::writePng(io::makeImageGrid(referencePreview, 8), run.root() + file + ".png");
  }
  result.path = run.root() + file + ".json";
  util::writeFileAtomically(result.path, result.values.dump(2) + "\n");
  return result;
}

}  // namespace fewshot::jobs
