// `fewshot eval`: offline FD/KID (or FID/KID with NVIDIA's Inception file), diversity and nearest-neighbour
// distance of a run's EMA generator against its training set (families with distribution metrics).
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "app/cli/explore_args.h"
#include "app/cli/progress_bar.h"
#include "core/jobs/eval_job.h"
#include "core/train/thread_count.h"

namespace fewshot::cli {

int runEvalCommand(const Args& args) {
  ArgParser p("fewshot eval --run RUN_DIR [--n 5000] [--inception FILE] [--augmented-reference P]",
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
  p.addOption("augmented-reference", "P",
              "compare with the training images augmented by the run's ADA pipeline at this p instead (the "
              "leak measure: FD to these over FD to the plain images)");
  p.addOption("augmented-copies", "N", "augmented draws per training image", "10");
  p.addFlag("json", "print the result as one JSON object on stdout");
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  if (!p.has("run")) throw UsageError("--run RUN_DIR is required");
  jobs::EvalJob job;
  job.count = p.getInt("n");
  if (job.count < 2 || job.count > 1000000) throw UsageError("--n must be between 2 and 1000000");
  job.batch = p.getInt("batch");
  if (job.batch < 2) throw UsageError("--batch must be at least 2");
  requireCapability(p, models::Capability::LiveMetrics);
  train::applyThreadCount(p.getInt("threads"));
  job.runDir = p.get("run");
  job.checkpoint = p.get("checkpoint");
  job.device = p.get("device");
  job.seed = static_cast<uint64_t>(p.getInt("seed"));
  job.inceptionFile = p.get("inception");
  job.weightsDir = p.get("weights-dir");
  if (p.has("augmented-reference")) {
    job.augmentedReferenceP = p.getDouble("augmented-reference");
    if (!(job.augmentedReferenceP > 0 && job.augmentedReferenceP <= 1))
      throw UsageError("--augmented-reference must be above 0 and at most 1");
    job.augmentedCopies = p.getInt("augmented-copies");
    if (job.augmentedCopies < 1 || job.augmentedCopies > 1000)
      throw UsageError("--augmented-copies must be between 1 and 1000");
  }

  const bool json = p.has("json");
  ProgressBar bar(!json && ::isatty(STDERR_FILENO));
  auto start = std::chrono::steady_clock::now();
  jobs::EvalProgress progress;
  progress.stage = [&](const std::string& what) {
    if (!json) bar.message(what);
    start = std::chrono::steady_clock::now();
  };
  progress.progress = [&](int done, int total) {
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double rate = elapsed > 0 ? done / elapsed : 0;
    bar.update(done, total, rate, rate > 0 ? (total - done) / rate : 0, {});
    return true;
  };
  const jobs::EvalResult r = jobs::runEvalJob(job, progress);
  bar.finish();
  if (json) {
    std::cout << r.values.dump() << std::endl;
    return 0;
  }
  const nlohmann::json& v = r.values;
  const std::string fdKey = r.inception ? "metric_fid" : "metric_fd_effnet";
  const std::string kidKey = r.inception ? "metric_kid" : "metric_kid_effnet";
  std::printf("%s (%d generated vs %lld real, iteration %lld): %.4f\n", r.extractorName.c_str(), job.count,
              v["n_real"].get<long long>(), v["iteration"].get<long long>(), v[fdKey].get<double>());
  std::printf("%s: %.6f ± %.6f (%lld subsets of %lld)\n", r.inception ? "KID" : "KID-EffNet", v[kidKey].get<double>(),
              v[kidKey + "_std"].get<double>(), v["kid_subsets"].get<long long>(),
              v["kid_subset_size"].get<long long>());
  std::printf("diversity: %.4f (training set: %.4f)\n", v["metric_diversity"].get<double>(),
              v["diversity_real"].get<double>());
  std::printf("nearest training image distance: mean %.4f, min %.4f\n", v["metric_nearest_distance"].get<double>(),
              v["metric_nearest_distance_min"].get<double>());
  if (v.contains("reference"))
    std::printf("reference: training images augmented at p = %.2f (%lld draws each); FD from the plain images: %.4f\n",
                v["reference_p"].get<double>(), v["reference_copies"].get<long long>(),
                v["fd_real_to_reference"].get<double>());
  if (!r.inception)
    std::printf("note: FD-EffNet uses EfficientNet-Lite0 features; it is not FID and not comparable with papers.\n");
  std::printf("wrote %s\n", r.path.c_str());
  return 0;
}

}  // namespace fewshot::cli
