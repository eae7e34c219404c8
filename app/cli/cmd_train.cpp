// `fewshot train`: start a new run or resume one, with a progress bar and clean Ctrl-C handling.
#include <unistd.h>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <chrono>
#include <csignal>
#include <iostream>
#include <mutex>
#include <thread>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "app/cli/progress_bar.h"
#include "app/cli/train_consingan.h"
#include "core/models/family_registry.h"
#include "core/train/batch_memory.h"
#include "core/train/thread_count.h"
#include "core/train/training_session.h"

namespace fewshot::cli {
namespace {

std::atomic<int> interruptCount{0};

void onInterrupt(int) {
  if (++interruptCount >= 2) std::signal(SIGINT, SIG_DFL);
}

ArgParser makeParser() {
  ArgParser p("fewshot train --data DIR --out RUN_DIR [options]\n"
              "       fewshot train --resume RUN_DIR [--iters N] [--device DEV]",
              "Train a model on a folder of images (or a .fspack dataset pack), or resume a run.\n"
              "Ctrl-C stops after the current iteration and saves a checkpoint; a second Ctrl-C aborts.");
  p.addOption("data", "DIR", "folder of images, a single image, or a .fspack pack");
  p.addOption("image", "IMG", "the one training image of --model consingan (same as --data)");
  p.addOption("out", "RUN_DIR", "run directory to create (config, metrics, samples, checkpoints)");
  p.addOption("resume", "RUN_DIR", "continue an existing run from its newest usable checkpoint");
  p.addOption("preset", "NAME",
              "demo (64 px, narrow, for a CPU) | cpu-128 | official (256 px) | paper (the official code's "
              "defaults); each --model has its own (default: official; pggan and consingan: demo)");
  p.addOption("model", "NAME", "model family", "fastgan");
  p.addOption("size", "N", "training resolution: 32, 64, 128, 256, 512 or 1024 (pggan: a power of two from 8)");
  p.addOption("iters", "N", "total iterations (with --resume: the new total)");
  p.addOption("batch", "N", "batch size");
  p.addOption("lr", "RATE", "learning rate of G and D");
  p.addOption("seed", "S", "random seed");
  p.addOption("ema", "DECAY", "EMA decay of the generator weights (official 0.999)");
  p.addOption("device", "DEV", "cpu, cuda or cuda:N (with --resume: continue the run there)");
  p.addOption("threads", "N", "CPU threads (0: all cores)");
  p.addOption("ngf", "N", "generator width (official 64)");
  p.addOption("ndf", "N", "discriminator width (official 64)");
  p.addOption("augment", "MODE", "none | diffaugment | ada (adaptive p) | fixed (constant --p)");
  p.addOption("ada-preset", "NAME", "ADA augmentations: blit, geom, color, bg, bgc, bgcf, bgcfn, bgcfnc");
  p.addOption("ada-target", "R", "ADA r_t target");
  p.addOption("ada-kimg", "K", "thousands of real images for ADA p to move by 1");
  p.addOption("p", "P", "augmentation probability of --augment fixed");
  p.addFlag("ada-supersampled", "official 2x supersampled ADA resampling (slower)");
  p.addOption("policy", "LIST", "DiffAugment policy, e.g. color,translation,cutout");
  p.addOption("sample-every", "N", "write a sample grid every N iterations");
  p.addOption("checkpoint-every", "N", "write a checkpoint every N iterations");
  p.addOption("keep-checkpoints", "K", "keep the newest K checkpoints");
  p.addOption("max-rollbacks", "N",
              "divergence guard: roll back to the last checkpoint with halved learning rates at most N times (3)");
  p.addOption("resize", "POLICY", "crop | pad | stretch");
  p.addOption("resampling", "MODE", "area | bilinear");
  p.addOption("background", "RRGGBB", "colour that transparent pixels are composited over");
  p.addFlag("mbstd", "FastGAN: add PGGAN's minibatch-stddev feature to D's logits head (off by default)");
  p.addOption("pggan-kimg-per-phase", "K", "PGGAN: thousands of real images per stabilisation and per fade (sets both)");
  p.addOption("pggan-fade-kimg", "K", "PGGAN: thousands of real images per fade (after --pggan-kimg-per-phase)");
  p.addOption("pggan-fmap-base", "N", "PGGAN width: channels nf(s) = min(base / 2^s, max) (paper 8192)");
  p.addOption("pggan-fmap-max", "N", "PGGAN width: most channels of any block (paper 512)");
  p.addOption("reconstruction-loss", "NAME", "auto (effnet-lpips when the weights are installed) | effnet-lpips | pixel-l1");
  p.addOption("weights-dir", "DIR", "folder with the EfficientNet-Lite0 weights (default: per-user data dir)");
  p.addOption("inception", "FILE", "NVIDIA's inception-2015-12-05.pt: live FID/KID instead of FD/KID-EffNet");
  p.addOption("metrics-every", "N", "live metrics every N iterations (0: automatic, within 10 % of training time)");
  p.addOption("metrics-samples", "N", "fixed-seed EMA samples per live evaluation");
  p.addFlag("no-metrics", "no live metrics");
  p.addFlag("random-features", "projected: frozen RANDOM feature network instead of the pretrained one (experiment)");
  p.addFlag("full-generator", "projected: full FastGAN up blocks instead of fastgan_lite");
  p.addFlag("tensorboard", "also write scalars and sample grids as TensorBoard event files in the run folder "
                           "(kept on resume; 'fewshot tensorboard RUN' converts any run)");
  p.addFlag("json", "print one JSON object per event on stdout instead of the progress bar");
  addConSinGanTrainOptions(p);
  return p;
}

train::TrainingConfig configFromArgs(const ArgParser& a) {
  const models::FamilyDescriptor* family = models::findFamily(a.get("model"));
  if (!family) throw UsageError("unknown --model '" + a.get("model") + "' (" + models::familyIdList() + ")");
  if (family->singleImage) return conSinGanConfigFromArgs(a);
  train::TrainingConfig c;
  try {
    c = family->presetConfig(a.has("preset") ? a.get("preset") : family->defaultPreset);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  c.dataPath = a.get("data");
  c.runDir = a.get("out");
  if (a.has("size")) c.setImageSize(a.getInt("size"));
  if (a.has("iters")) c.iterations = a.getInt("iters");
  if (a.has("batch")) c.batchSize = a.getInt("batch");
  if (a.has("lr")) c.lrG = c.lrD = a.getDouble("lr");
  if (a.has("ema")) c.emaDecay = a.getDouble("ema");
  if (a.has("seed")) c.seed = static_cast<uint64_t>(a.getInt("seed"));
  if (a.has("device")) c.device = a.get("device");
  if (a.has("threads")) {
    c.threads = a.getInt("threads");
    if (const std::string problem = train::checkThreadCount(c.threads); !problem.empty()) throw UsageError(problem);
  }
  if (a.has("ngf")) c.fastgan.ngf = a.getInt("ngf");
  if (a.has("ndf")) c.fastgan.ndf = a.getInt("ndf");
  if (c.model == "projected") {
    if (a.has("ngf")) c.projected.ngf = a.getInt("ngf");
    if (a.has("ndf")) c.projected.ndf = a.getInt("ndf");
    if (a.has("random-features")) c.projected.randomFeatures = true;
    if (a.has("weights-dir")) c.projected.weightsDir = a.get("weights-dir");
    if (a.has("full-generator")) c.projected.lite = false;
  } else if (a.has("random-features") || a.has("full-generator")) {
    throw UsageError("--random-features and --full-generator apply to --model projected only");
  }
  if (a.has("augment")) c.augment = a.get("augment");
  if (a.has("policy")) c.diffAugmentPolicy = a.get("policy");
  if (a.has("ada-preset")) c.adaPreset = a.get("ada-preset");
  if (a.has("ada-target")) c.adaTarget = a.getDouble("ada-target");
  if (a.has("ada-kimg")) c.adaKimg = a.getDouble("ada-kimg");
  if (a.has("p")) c.fixedP = a.getDouble("p");
  if (a.has("ada-supersampled")) c.adaSupersampled = true;
  if (a.has("sample-every")) c.sampleEvery = a.getInt("sample-every");
  if (a.has("checkpoint-every")) c.checkpointEvery = a.getInt("checkpoint-every");
  if (a.has("keep-checkpoints")) c.keepCheckpoints = a.getInt("keep-checkpoints");
  if (a.has("max-rollbacks")) c.maxRollbacks = a.getInt("max-rollbacks");
  if (a.has("resize")) c.resizePolicy = a.get("resize");
  if (a.has("resampling")) c.resampling = a.get("resampling");
  if (a.has("background")) c.background = a.get("background");
  if (a.has("mbstd")) c.fastgan.minibatchStddev = true;
  if (a.has("pggan-kimg-per-phase")) c.pggan.stabiliseKimg = c.pggan.fadeKimg = a.getDouble("pggan-kimg-per-phase");
  if (a.has("pggan-fade-kimg")) c.pggan.fadeKimg = a.getDouble("pggan-fade-kimg");
  if (a.has("pggan-fmap-base")) c.pggan.fmapBase = a.getInt("pggan-fmap-base");
  if (a.has("pggan-fmap-max")) c.pggan.fmapMax = a.getInt("pggan-fmap-max");
  if (a.has("reconstruction-loss")) c.reconstructionLoss = a.get("reconstruction-loss");
  if (a.has("weights-dir")) c.metrics.weightsDir = a.get("weights-dir");
  if (a.has("inception")) c.metrics.inceptionFile = a.get("inception");
  if (a.has("metrics-every")) c.metrics.every = a.getInt("metrics-every");
  if (a.has("metrics-samples")) c.metrics.samples = a.getInt("metrics-samples");
  if (a.has("no-metrics")) c.metrics.enabled = false;
  try {
    c.validate();
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  if (const std::string problem = train::checkBatchFitsInMemory(c); !problem.empty()) throw UsageError(problem);
  return c;
}

nlohmann::json eventToJson(const train::TrainingEvent& e) {
  nlohmann::json j = {{"event", train::toString(e.kind)}, {"iteration", e.iteration}, {"total", e.totalIterations}};
  for (const auto& [k, v] : e.values) j[k] = v;
  if (!e.message.empty()) j["message"] = e.message;
  if (!e.path.empty()) j["path"] = e.path;
  return j;
}

std::string formatMetrics(const train::TrainingEvent& e) {
  auto get = [&](const std::string& k) { auto it = e.values.find(k); return it == e.values.end() ? NAN : it->second; };
  const bool fid = e.values.count("metric_fid") > 0;
  char line[320];
  std::snprintf(line, sizeof line,
                "metrics @%lld: %s %.3f  %s %.5f ± %.5f  diversity %.3f  nearest-image distance %.3f  (%.1f s, %.1f %% of training)",
                static_cast<long long>(e.iteration), e.message.c_str(), get(fid ? "metric_fid" : "metric_fd_effnet"),
                fid ? "KID" : "KID-EffNet", get(fid ? "metric_kid" : "metric_kid_effnet"),
                get(fid ? "metric_kid_std" : "metric_kid_effnet_std"), get("metric_diversity"),
                get("metric_nearest_distance"), get("metrics_seconds"), 100.0 * get("metrics_time_fraction"));
  return line;
}

}  // namespace

int runTrainCommand(const Args& args) {
  ArgParser parser = makeParser();
  if (!parser.parse(args)) {
    std::cout << parser.help();
    return 0;
  }
  const bool json = parser.has("json");
  std::unique_ptr<train::TrainingSession> session;
  if (parser.has("resume")) {
    for (const char* opt : {"data", "image", "out", "size", "model", "preset", "tensorboard"})
      if (parser.has(opt)) throw UsageError(std::string("--") + opt + " cannot be combined with --resume");
    session = train::TrainingSession::resumeRun(parser.get("resume"), parser.has("iters") ? parser.getInt("iters") : 0,
                                                parser.has("device") ? parser.get("device") : std::string());
    if (!json) std::cerr << "Resuming " << parser.get("resume") << " at iteration " << session->iteration() << "\n";
  } else {
    if (!parser.has("data") && !parser.has("image"))
      throw UsageError("--data DIR (or --image IMG for consingan) is required (or --resume RUN_DIR)");
    if (!parser.has("out")) throw UsageError("--out RUN_DIR is required");
    train::TrainingConfig config = configFromArgs(parser);
    config.tensorboard = parser.has("tensorboard");
    data::ImportReport report;
    session = train::TrainingSession::createNew(config, &report);
    if (!json && config.model == "consingan") {
      printConSinGanRunSummary(config, session->dataset());
    } else if (!json) {
      std::cerr << "Dataset: " << session->dataset().count() << " images at " << config.imageSize() << " px"
                << (report.loadedFromCache ? " (from cache)" : "") << "\n";
      if (report.skippedCount() + report.warningCount() > 0) std::cerr << report.toText();
      std::cerr << "Run directory: " << config.runDir << "\n";
      if (config.model == "projected")
        std::cerr << "Feature network: "
                  << (config.projected.randomFeatures
                          ? "RANDOM EfficientNet-Lite0 (--random-features: an experiment, not Projected GAN proper)"
                          : "pretrained EfficientNet-Lite0")
                  << "\n";
      const std::string& loss = session->config().reconstructionLoss;
      if (config.model == "fastgan")
        std::cerr << "Reconstruction loss: " << loss
                << (loss == "pixel-l1"
                        ? " (fallback: no pretrained weights; run packaging/fetch-weights.sh for the perceptual loss)"
                        : " (LPIPS-style distance on pretrained EfficientNet-Lite0 features; the official code uses LPIPS-VGG)")
                << "\n";
    }
  }

  ProgressBar bar(!json && ::isatty(STDERR_FILENO));
  std::mutex printMutex;
  std::atomic<bool> failed{false};
  session->setEventCallback([&](const train::TrainingEvent& e) {
    std::lock_guard<std::mutex> lock(printMutex);
    if (json) {
      std::cout << eventToJson(e).dump() << std::endl;
      if (e.kind == train::TrainingEvent::Kind::Error) failed = true;
      return;
    }
    using K = train::TrainingEvent::Kind;
    switch (e.kind) {
      case K::Started: bar.message("Training on " + e.message); break;
      case K::Iteration:
        bar.update(e.iteration, e.totalIterations, e.values.at("iterations_per_second"), e.values.at("eta_seconds"), e.values);
        break;
      case K::Samples: bar.message("samples: " + e.path); break;
      case K::Checkpoint: bar.message("checkpoint: " + e.path); break;
      case K::Warning: bar.message("warning: " + e.message); break;
      case K::Metrics: bar.message(formatMetrics(e)); break;
      case K::Error:
        bar.finish();
        std::cerr << "error: " << e.message << "\n";
        failed = true;
        break;
      case K::Finished:
        bar.finish();
        std::cerr << (e.message == "stopped" ? "Stopped" : "Finished") << " at iteration " << e.iteration
                  << "; resume with: fewshot train --resume " << session->runDirectory().root() << "\n";
        break;
      default: break;
    }
  });

  interruptCount = 0;
  auto previous = std::signal(SIGINT, onInterrupt);
  session->start();
  bool stopSent = false;
  using State = train::TrainingSession::State;
  while (session->state() != State::Finished && session->state() != State::Failed) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (interruptCount > 0 && !stopSent) {
      stopSent = true;
      std::lock_guard<std::mutex> lock(printMutex);
      bar.message("Stopping after this iteration and saving a checkpoint (Ctrl-C again to abort)...");
      session->stop();
    }
  }
  session->wait();
  std::signal(SIGINT, previous);
  return failed ? 1 : 0;
}

}  // namespace fewshot::cli
