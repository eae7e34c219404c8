// `fewshot bench train`: seconds per training iteration (median after warm-up), iterations/s and
// achieved GFLOP/s from the model's multiply-accumulate count, on synthetic data.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <iostream>
#include <random>
#include <set>

#include "app/cli/arg_parser.h"
#include "app/cli/bench_data_parallel.h"
#include "app/cli/bench_timing.h"
#include "app/cli/commands.h"
#include "app/cli/setting_options.h"
#include "core/augment/ada_pipeline.h"
#include "core/augment/diff_augment.h"
#include "core/config/family_options.h"
#include "core/metrics/live_metrics.h"
#include "core/models/family_registry.h"
#include "core/models/fastgan/fastgan_discriminator.h"
#include "core/models/fastgan/reconstruction_loss.h"
#include "core/train/mixed_precision.h"
#include "core/train/thread_count.h"
#include "core/train/trainer.h"

namespace fewshot::cli {
namespace {

template <typename Fn>
double timeMedian(int warmup, int iters, const torch::Device& device, Fn&& fn) {
  return median(timeRuns(warmup, iters, device, std::forward<Fn>(fn)));
}

// The training settings `bench train` takes, spelled as `fewshot train` spells them.
const std::set<std::string> kBenchSettings = {
    "size", "batch", "ngf", "ndf", "device", "threads", "random-features", "reconstruction-loss", "precision",
    "device-random"};

// A setting's value as JSON (0 when the family has no such option).
nlohmann::json settingValue(const config::FamilyOptions& family, const std::string& option,
                            const train::TrainingConfig& c) {
  const config::Setting* s = family.findOption(option);
  if (!s) return 0;
  return std::visit([](const auto& v) { return nlohmann::json(v); }, s->read(c));
}

// The family's bench preset at 256 px and batch 8 unless given, changed as the family asks before timing.
// `onlyItsOwn`: options the family lacks are left out instead of refused (the --versus family).
train::TrainingConfig benchConfig(const ArgParser& p, const config::FamilyOptions& family, bool onlyItsOwn) {
  train::TrainingConfig c = family.presetConfig(family.benchPreset);
  c.setImageSize(256);
  c.batchSize = 8;
  std::set<std::string> options;
  for (const std::string& o : kBenchSettings)
    if (!onlyItsOwn || family.findOption(o)) options.insert(o);
  applySettingOptions(p, family, c, options);
  if (family.prepareBench) family.prepareBench(c);
  try {
    c.validate();
  } catch (const config::SettingError& e) {
    throw usageError(e, family);
  }
  return c;
}

int benchTrain(const Args& args) {
  ArgParser p("fewshot bench train --model NAME [--size 256] [--batch 8] [--iters 5] [--warmup 2] [--nproc N]",
              "Time training iterations on synthetic data and report the median.");
  p.addOption("model", "NAME", "model family: " + config::familyIdList(), config::allFamilyOptions().front().id);
  p.addOption("iters", "N", "timed iterations", "5");
  p.addOption("warmup", "N", "untimed iterations first", "2");
  addSettingOptions(p, kBenchSettings);
  p.addOption("versus", "MODEL", "also time MODEL (same size, batch, widths) in this run and report the ratio");
  p.addOption("versus-precision", "P", "also time the same model in precision P in this run and report the ratio");
  p.addFlag("compare-reconstruction", "also time pixel-l1 in the same run and report the ratio");
  p.addOption("metrics-samples", "N", "also time one live-metrics evaluation on N samples (0: no)", "0");
  p.addOption("nproc", "N",
              "time the same training in 1 process and in N processes that split the batch (as `fewshot train "
              "--nproc N`), side by side: images/s and scaling efficiency; the other comparisons are not made");
  p.addFlag("json", "print the result as JSON");
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  const config::FamilyOptions* family = config::findFamilyOptions(p.get("model"));
  if (!family) throw UsageError("unknown --model '" + p.get("model") + "' (" + config::familyIdList() + ")");
  train::TrainingConfig c = benchConfig(p, *family, false);
  const int iters = p.getInt("iters"), warmup = p.getInt("warmup");
  if (iters < 1 || warmup < 0) throw UsageError("--iters must be >= 1 and --warmup >= 0");
  if (const distributed::World world = distributed::worldFromEnvironment(); world.distributed())
    return benchDataParallelRank(world, c, warmup, iters);
  if (p.has("nproc")) {
    const int processes = p.getInt("nproc");
    if (processes < 2 || processes > 256) throw UsageError("--nproc must be a whole number from 2 to 256");
    const nlohmann::json result = benchDataParallel(args, c, processes, warmup, iters);
    if (p.has("json"))
      std::cout << result.dump(2) << "\n";
    else
      printDataParallelBench(result);
    return 0;
  }
  const int threads = train::applyThreadCount(c.threads);

  data::DatasetPack pack = syntheticPack(c.imageSize(), std::max(16, c.batchSize));
  const torch::Device device = train::parseDevice(c.device);
  auto trainer = train::createTrainer(c, pack, device);
  trainer->step();  // untimed; PGGAN's growth phases pass within it (prepareBench)
  const double macs = trainer->macsPerIteration();
  const std::vector<double> sorted = timeRuns(warmup, iters, device, [&] { trainer->step(); });
  const double median = fewshot::cli::median(sorted);
  const double gflops = 2.0 * macs / median / 1e9;
  const StepBreakdown breakdown = profileSteps(*trainer, device, iters);
  c.reconstructionLoss = fastgan::resolveReconstructionLoss(c.reconstructionLoss, c.metrics.weightsDir);
  double pixelMedian = 0, metricsSeconds = 0;
  if (p.has("compare-reconstruction")) {
    train::TrainingConfig pixel = c;
    pixel.reconstructionLoss = "pixel-l1";
    auto pixelTrainer = train::createTrainer(pixel, pack, device);
    pixelMedian = fewshot::cli::median(timeRuns(warmup, iters, device, [&] { pixelTrainer->step(); }));
  }
  if (const int n = p.getInt("metrics-samples"); n > 0) {
    metrics::LiveMetrics live(c.metrics, pack, device);
    live.realFeatures();  // computed once per dataset and cached: not part of the recurring cost
    const std::vector<double> t = timeRuns(1, 3, device, [&] { live.evaluate(trainer->generateImages(n, 1), 1); });
    metricsSeconds = fewshot::cli::median(t);
  }
  double precisionMedian = 0;
  if (p.has("versus-precision")) {
    train::TrainingConfig other = c;
    other.precision = p.get("versus-precision");
    try {
      other.validate();
    } catch (const config::SettingError& e) {
      throw UsageError("--versus-precision: " + std::string(e.what()));
    }
    precisionMedian = medianStepSeconds(other, pack, device, warmup, iters);
  }
  trainer.reset();
  double versusMedian = 0;
  if (p.has("versus")) {
    // The other family's bench settings with the same options (size, batch, widths, device).
    const config::FamilyOptions* versus = config::findFamilyOptions(p.get("versus"));
    if (!versus) throw UsageError("unknown --versus '" + p.get("versus") + "' (" + config::familyIdList() + ")");
    const train::TrainingConfig v = benchConfig(p, *versus, true);
    versusMedian = medianStepSeconds(v, pack, device, warmup, iters);
  }
  nlohmann::json result = {{"model", c.model},
                           {"size", c.imageSize()},
                           {"batch", c.batchSize},
                           {"ngf", settingValue(*family, "ngf", c)},
                           {"ndf", settingValue(*family, "ndf", c)},
                           {"device", device.str()},
                           {"threads", threads},
                           {"iterations_timed", iters},
                           {"warmup", warmup},
                           {"median_seconds_per_iteration", median},
                           {"min_seconds", sorted.front()},
                           {"max_seconds", sorted.back()},
                           {"iterations_per_second", 1.0 / median},
                           {"gflop_per_iteration", 2.0 * macs / 1e9},
                           {"achieved_gflop_per_second", gflops},
                           {"reconstruction_loss", c.reconstructionLoss},
                           {"precision", c.precision},
                           {"profiled_seconds_per_iteration", breakdown.seconds},
                           {"data_loading_seconds_per_iteration", breakdown.dataLoading},
                           {"synchronisation_seconds_per_iteration", breakdown.synchronisation},
                           {"synchronisations_per_iteration", breakdown.synchronisations},
                           {"other_seconds_per_iteration", breakdown.rest},
                           {"precision_used", train::precisionName(train::resolvePrecision(c.precision, device))}};
  const models::FamilyDescriptor& descriptor = models::family(c.model);
  if (family->findOption("random-features")) result["random_features"] = settingValue(*family, "random-features", c);
  if (!descriptor.benchNote.empty()) result["gflop_note"] = descriptor.benchNote;
  const std::vector<std::string> notes =
      descriptor.runNotes ? descriptor.runNotes(c, pack) : std::vector<std::string>{};
  if (p.has("versus")) {
    result["versus_model"] = p.get("versus");
    result["versus_median_seconds_per_iteration"] = versusMedian;
    result["ratio_to_versus"] = median / versusMedian;
  }
  if (precisionMedian > 0) {
    result["versus_precision"] = p.get("versus-precision");
    result["versus_precision_median_seconds_per_iteration"] = precisionMedian;
    // Above 1: this run's precision is that much faster than the other.
    result["speedup_over_versus_precision"] = precisionMedian / median;
  }
  if (pixelMedian > 0) {
    result["pixel_l1_median_seconds_per_iteration"] = pixelMedian;
    result["reconstruction_cost_ratio"] = median / pixelMedian;
  }
  if (metricsSeconds > 0) {
    result["metrics_seconds"] = metricsSeconds;
    result["metrics_samples"] = p.getInt("metrics-samples");
    // Interval at which one evaluation costs 10 % of the training time in between.
    result["metrics_every_for_10_percent"] = std::ceil(metricsSeconds / (0.1 * median));
  }
  if (p.has("json")) {
    std::cout << result.dump(2) << "\n";
  } else {
    std::printf("model %s, %d px, batch %d, ngf %d, ndf %d, %s, %d threads\n", c.model.c_str(), c.imageSize(),
                c.batchSize, result["ngf"].get<int>(), result["ndf"].get<int>(), device.str().c_str(), threads);
    std::printf("median %.3f s/iteration (min %.3f, max %.3f over %d after %d warm-up)\n", median, sorted.front(),
                sorted.back(), iters, warmup);
    std::printf("%.3f iterations/s, %.1f GFLOP per iteration (convolutions, fwd+bwd), %.1f GFLOP/s achieved\n",
                1.0 / median, 2.0 * macs / 1e9, gflops);
    std::printf(
        "per iteration (a profiled pass, %.3f s): data loading %.4f s (%.1f %%), host synchronisation %.4f s in %.2f "
        "reads (%.1f %%), the rest %.3f s (networks, augmentation, optimiser)\n",
        breakdown.seconds, breakdown.dataLoading, 100 * breakdown.dataLoading / breakdown.seconds,
        breakdown.synchronisation, breakdown.synchronisations, 100 * breakdown.synchronisation / breakdown.seconds,
        breakdown.rest);
    for (const std::string& note : notes) std::printf("%s\n", note.c_str());
    if (!descriptor.benchNote.empty()) std::printf("GFLOP: %s\n", descriptor.benchNote.c_str());
    if (p.has("versus"))
      std::printf("%s: median %.3f s/iteration; %s / %s = %.2f x\n", p.get("versus").c_str(), versusMedian,
                  c.model.c_str(), p.get("versus").c_str(), median / versusMedian);
    if (precisionMedian > 0)
      std::printf("%s in the same run: median %.3f s/iteration; %s is %.2fx as fast\n",
                  p.get("versus-precision").c_str(), precisionMedian,
                  result["precision_used"].get<std::string>().c_str(), precisionMedian / median);
    if (pixelMedian > 0)
      std::printf("pixel-l1 in the same run: median %.3f s/iteration; %s costs %.2fx\n", pixelMedian,
                  c.reconstructionLoss.c_str(), median / pixelMedian);
    if (metricsSeconds > 0)
      std::printf(
          "one live-metrics evaluation (%d samples): %.3f s = %.1f iterations; every %.0f iterations costs 10 %%\n",
          p.getInt("metrics-samples"), metricsSeconds, metricsSeconds / median,
          std::ceil(metricsSeconds / (0.1 * median)));
  }
  return 0;
}

// Augmentation cost per batch as a ratio to one discriminator forward pass, measured side by side.
int benchAugment(const Args& args) {
  ArgParser p("fewshot bench augment [--size 256] [--batch 8] [--preset bgc] [--p 0.5]",
              "Time the ADA pipeline (and DiffAugment) on one batch against one FastGAN discriminator forward.");
  p.addOption("size", "N", "resolution", "256");
  p.addOption("batch", "N", "batch size", "8");
  p.addOption("preset", "NAME", "ADA preset", "bgc");
  p.addOption("p", "P", "augmentation probability", "0.5");
  p.addOption("iters", "N", "timed repetitions", "10");
  p.addOption("ndf", "N", "discriminator width", "64");
  p.addOption("device", "DEV", "cpu, cuda or cuda:N", "cpu");
  p.addOption("threads", "N", "CPU threads (0: all cores)", "0");
  p.addFlag("supersampled", "official 2x supersampled geometry");
  p.addFlag("json", "print the result as JSON");
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  const int threads = train::applyThreadCount(p.getInt("threads"));
  const torch::Device device = train::parseDevice(p.get("device"));
  fastgan::FastGanConfig c;
  c.imageSize = p.getInt("size");
  c.ndf = p.getInt("ndf");
  try {
    c.validate();
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  const int batch = p.getInt("batch"), iters = p.getInt("iters");
  const double prob = p.getDouble("p");
  AdaAugmentOptions options = AdaAugmentOptions::preset(p.get("preset"));
  options.supersampled = p.has("supersampled");
  AdaPipeline pipeline(options);
  RandomSource random(1);
  fastgan::Discriminator d(c);
  d->to(device);
  torch::NoGradGuard noGrad;
  torch::Tensor images = torch::rand({batch, 3, c.imageSize, c.imageSize}).mul(2).sub(1).to(device);
  torch::Tensor aux = fastgan::resizeNearest(images, 128);
  const DiffAugmentPolicy diff = DiffAugmentPolicy::parse("color,translation");
  const double dForward = timeMedian(2, iters, device, [&] { d->forwardFake(images, aux); });
  const double ada = timeMedian(2, iters, device, [&] { pipeline.apply(images, prob, random); });
  const double diffAug = timeMedian(2, iters, device, [&] { diffAugment(images, diff, random); });
  nlohmann::json result = {{"size", c.imageSize},
                           {"batch", batch},
                           {"preset", p.get("preset")},
                           {"p", prob},
                           {"supersampled", options.supersampled},
                           {"device", device.str()},
                           {"threads", threads},
                           {"d_forward_seconds", dForward},
                           {"ada_seconds", ada},
                           {"diffaugment_seconds", diffAug},
                           {"ada_to_d_forward", ada / dForward},
                           {"diffaugment_to_d_forward", diffAug / dForward}};
  if (p.has("json")) {
    std::cout << result.dump(2) << "\n";
  } else {
    std::printf("%d px, batch %d, %s, %d threads (medians of %d)\n", c.imageSize, batch, device.str().c_str(), threads,
                iters);
    std::printf("discriminator forward      %.4f s\n", dForward);
    std::printf("ADA %-6s p=%.2f%s  %.4f s  = %.3f x D forward\n", p.get("preset").c_str(), prob,
                options.supersampled ? " (2x)" : "", ada, ada / dForward);
    std::printf("DiffAugment color,transl.  %.4f s  = %.3f x D forward\n", diffAug, diffAug / dForward);
  }
  return 0;
}

}  // namespace

int runBenchCommand(const Args& args) {
  if (args.empty() || args[0] == "--help") {
    std::cout << "usage: fewshot bench <train|augment> [options]\n\nBenchmarks:\n"
                 "  train     seconds per training iteration, GFLOP/s\n"
                 "  augment   augmentation cost per batch relative to one discriminator forward\n";
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "train") return benchTrain(Args(args.begin() + 1, args.end()));
  if (args[0] == "augment") return benchAugment(Args(args.begin() + 1, args.end()));
  // `fewshot bench consingan`: single-image families are timed per stage.
  if (const config::FamilyOptions* f = config::findFamilyOptions(args[0]); f && f->singleImage)
    return runConSinGanBench(Args(args.begin() + 1, args.end()));
  throw UsageError("unknown benchmark '" + args[0] + "' (available: train, augment)");
}

}  // namespace fewshot::cli
