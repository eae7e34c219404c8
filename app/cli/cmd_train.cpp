// `fewshot train`: start a new run or resume one, with a progress bar and clean Ctrl-C handling.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <set>
#include <thread>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "app/cli/progress_bar.h"
#include "app/cli/rank_launcher.h"
#include "app/cli/setting_options.h"
#include "app/cli/train_ranks.h"
#include "core/config/family_options.h"
#include "core/distributed/world.h"
#include "core/models/family_registry.h"
#include "core/train/batch_memory.h"
#include "core/train/thread_count.h"
#include "core/train/training_session.h"

namespace fewshot::cli {
namespace {

std::atomic<int> interruptCount{0};
std::atomic<int> checkpointRequests{0};

void onTrainingInterrupt(int) {
  if (++interruptCount >= 2) std::signal(SIGINT, SIG_DFL);
}

// SIGUSR1 asks for a checkpoint after the current iteration (the studio's Save checkpoint for a run it
// trains in several processes; `kill -USR1` from a shell does the same).
void onCheckpointRequest(int) { ++checkpointRequests; }

ArgParser makeParser() {
  ArgParser p(
      "fewshot train --data DIR --out RUN_DIR [options]\n"
      "       fewshot train --resume RUN_DIR [--iters N] [--device DEV]",
      "Train a model on a folder of images (or a .fspack dataset pack), or resume a run.\n"
      "Ctrl-C stops after the current iteration and saves a checkpoint; a second Ctrl-C aborts. SIGUSR1 saves a\n"
      "checkpoint after the current iteration and trains on.\n"
      "Options that name a family (\"pggan: ...\") apply to that --model only.");
  p.addOption("resume", "RUN_DIR", "continue an existing run from its newest usable checkpoint");
  p.addOption("model", "NAME", "model family: " + config::familyIdList(), config::allFamilyOptions().front().id);
  p.addOption("preset", "NAME",
              "demo (64 px, narrow, for a CPU) | cpu-128 | official (256 px) | paper (the official code's "
              "defaults); each --model has its own (default: official; pggan and consingan: demo)");
  addSettingOptions(p);
  p.addOption("nproc", "N",
              "train in N processes on this machine (data-parallel: each takes its share of every batch); "
              "under torchrun or Slurm leave it out, RANK and WORLD_SIZE are read from the environment");
  p.addCheck("nproc", "[1 - 256]", [](const std::string& v) {
    const int n = std::atoi(v.c_str());
    return n >= 1 && n <= 256 && std::to_string(n) == v ? std::string()
                                                        : "--nproc must be a whole number from 1 to 256";
  });
  p.addFlag("json", "print one JSON object per event on stdout instead of the progress bar");
  p.addFlag("print-config", "print the settings the run would use (its config.json) and exit without training");
  return p;
}

// The preset of --model, then the options given over it, then what follows from them. `checkMemory`: refuse
// a batch that cannot fit in this machine's memory (not for --print-config, which may be for another one).
train::TrainingConfig configFromArgs(const ArgParser& a, bool checkMemory = true) {
  const config::FamilyOptions* family = config::findFamilyOptions(a.get("model"));
  if (!family) throw UsageError("unknown --model '" + a.get("model") + "' (" + config::familyIdList() + ")");
  train::TrainingConfig c;
  try {
    c = family->presetConfig(a.has("preset") ? a.get("preset") : family->defaultPreset);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  const std::set<std::string> given = applySettingOptions(a, *family, c);
  if (family->deriveSettings) family->deriveSettings(c, [&](const std::string& key) { return given.count(key) > 0; });
  if (given.count("threads"))
    if (const std::string problem = train::checkThreadCount(c.threads); !problem.empty())
      throw UsageError(problem + " (--threads)");
  try {
    c.validate();
  } catch (const config::SettingError& e) {
    throw usageError(e, *family);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  if (!checkMemory) return c;
  if (const std::string problem = train::checkBatchFitsInMemory(c); !problem.empty())
    throw UsageError(problem + " (--batch)");
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
  auto get = [&](const std::string& k) {
    auto it = e.values.find(k);
    return it == e.values.end() ? NAN : it->second;
  };
  const bool fid = e.values.count("metric_fid") > 0;
  char line[320];
  std::snprintf(line, sizeof line,
                "metrics @%lld: %s %.3f  %s %.5f ± %.5f  diversity %.3f  "
                "nearest-image distance %.3f  (%.1f s, %.1f %% of training)",
                static_cast<long long>(e.iteration), e.message.c_str(), get(fid ? "metric_fid" : "metric_fd_effnet"),
                fid ? "KID" : "KID-EffNet", get(fid ? "metric_kid" : "metric_kid_effnet"),
                get(fid ? "metric_kid_std" : "metric_kid_effnet_std"), get("metric_diversity"),
                get("metric_nearest_distance"), get("metrics_seconds"), 100.0 * get("metrics_time_fraction"));
  return line;
}

// The session of this process: a new run or a resumed one. `writes` false: a data-parallel rank other than
// 0, which opens the run rank 0 created or resumed, read-only. A non-empty `device` replaces the run's (each
// rank of a run on several GPUs has its own).
std::unique_ptr<train::TrainingSession> openSession(const ArgParser& parser, bool json, bool writes,
                                                    std::string device = {}) {
  std::unique_ptr<train::TrainingSession> session;
  if (device.empty() && parser.has("device")) device = parser.get("device");
  if (!writes) {
    const std::string run = parser.has("resume") ? parser.get("resume") : parser.get("out");
    return train::TrainingSession::resumeRun(run, parser.has("iters") ? parser.getInt("iters") : 0, device, false);
  }
  if (parser.has("resume")) {
    // A run keeps the settings it was created with; only its length and its device can change.
    std::set<std::string> refused = givenSettingOptions(parser);
    refused.erase("iters");
    refused.erase("device");
    for (const char* opt : {"model", "preset"})
      if (parser.has(opt)) refused.insert(opt);
    if (!refused.empty()) throw UsageError("--" + *refused.begin() + " cannot be combined with --resume");
    session = train::TrainingSession::resumeRun(parser.get("resume"), parser.has("iters") ? parser.getInt("iters") : 0,
                                                device);
    if (!json) std::cerr << "Resuming " << parser.get("resume") << " at iteration " << session->iteration() << "\n";
  } else {
    if (!parser.has("data") && !parser.has("image"))
      throw UsageError("--data DIR (or --image IMG for consingan) is required (or --resume RUN_DIR)");
    if (!parser.has("out")) throw UsageError("--out RUN_DIR is required");
    train::TrainingConfig config = configFromArgs(parser);
    if (!device.empty()) config.device = device;
    const models::FamilyDescriptor& family = models::family(config.model);
    data::ImportReport report;
    session = train::TrainingSession::createNew(config, &report);
    if (!json) {
      if (!family.singleImage) {
        std::cerr << "Dataset: " << session->dataset().count() << " images at " << config.imageSize() << " px"
                  << (report.loadedFromCache ? " (from cache)" : "") << "\n";
        if (report.skippedCount() + report.warningCount() > 0) std::cerr << report.toText();
      }
      if (family.runNotes)
        for (const std::string& note : family.runNotes(session->config(), session->dataset()))
          std::cerr << note << "\n";
      std::cerr << "Run directory: " << config.runDir << "\n";
    }
  }
  return session;
}

}  // namespace

int runTrainCommand(const Args& args) {
  ArgParser parser = makeParser();
  if (!parser.parse(args)) {
    std::cout << parser.help();
    return 0;
  }
  bool json = parser.has("json");
  std::signal(SIGUSR1, onCheckpointRequest);  // before anything slow: the default action would end the process
  const distributed::World world = distributed::worldFromEnvironment();
  const int processes = parser.has("nproc") ? parser.getInt("nproc") : 1;
  if (processes > 1 && !world.distributed() && !parser.has("print-config")) {
    Args rankArgs{"train"};
    for (const std::string& a : withoutProcessCount(args)) rankArgs.push_back(a);
    return launchRanks(rankArgs, processes);
  }
  if (world.distributed() && parser.has("nproc") && processes != world.size)
    throw UsageError("--nproc " + std::to_string(processes) + " differs from WORLD_SIZE " + std::to_string(world.size) +
                     " set by the launcher");
  if (parser.has("print-config") && !parser.has("resume")) {
    std::cout << nlohmann::json(configFromArgs(parser, false)).dump(2) << "\n";
    return 0;
  }
  std::unique_ptr<train::TrainingSession> session;
  if (world.distributed()) {
    if (!world.isMain()) json = false;  // the other ranks report only their errors
    session = openRankSession(world, runDevice(parser, [&] { return configFromArgs(parser, false); }),
                              [&](bool writes, const std::string& device) {
                                return openSession(parser, parser.has("json") && writes, writes, device);
                              });
  } else {
    session = openSession(parser, json, true);
  }

  ProgressBar bar(!json && world.isMain() && ::isatty(STDERR_FILENO));
  std::mutex printMutex;
  std::atomic<bool> failed{false};
  session->setEventCallback([&](const train::TrainingEvent& e) {
    std::lock_guard<std::mutex> lock(printMutex);
    if (!world.isMain()) {  // rank 0 reports the run; the others only what went wrong on their side
      if (e.kind == train::TrainingEvent::Kind::Error) {
        std::cerr << "rank " << world.rank << ": error: " << e.message << "\n";
        failed = true;
      }
      return;
    }
    if (json) {
      std::cout << eventToJson(e).dump() << std::endl;
      if (e.kind == train::TrainingEvent::Kind::Error) failed = true;
      return;
    }
    using K = train::TrainingEvent::Kind;
    switch (e.kind) {
      case K::Started: bar.message("Training on " + e.message); break;
      case K::Iteration:
        bar.update(e.iteration, e.totalIterations, e.values.at("iterations_per_second"), e.values.at("eta_seconds"),
                   e.values);
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
  auto previous = std::signal(SIGINT, onTrainingInterrupt);
  if (world.distributed()) stopWithLauncher();
  session->start();
  bool stopSent = false;
  int checkpointsAsked = checkpointRequests;
  using State = train::TrainingSession::State;
  while (session->state() != State::Finished && session->state() != State::Failed) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    for (; checkpointsAsked < checkpointRequests; ++checkpointsAsked) session->requestCheckpoint();
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
