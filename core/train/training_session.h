// A training run on its own worker thread, with Start / Pause / Resume / Stop and events through a
// callback (COLMAP-style controller). The CLI and the studio drive runs only through this class.
#pragma once
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "core/config/training_config.h"
#include "core/data/dataset_import.h"
#include "core/metrics/live_metrics.h"
#include "core/train/divergence_guard.h"
#include "core/train/metrics_log.h"
#include "core/train/run_directory.h"
#include "core/train/tensorboard_log.h"
#include "core/train/trainer.h"
#include "core/train/training_event.h"

namespace fewshot::train {

class TrainingSession {
 public:
  enum class State { Idle, Running, Paused, Stopping, Finished, Failed };

  // New run: imports the dataset (cached), writes config.json and the dataset pack into runDir.
  // Throws (DatasetError, std::invalid_argument, ...) with a message naming the problem.
  static std::unique_ptr<TrainingSession> createNew(const TrainingConfig& config, data::ImportReport* report = nullptr);
  // The same run folder without a session (the studio's run in several processes: `fewshot train --resume`
  // trains it); returns the config it recorded.
  static TrainingConfig createRunOnly(const TrainingConfig& config, data::ImportReport* report = nullptr);
  // Existing run: loads the newest usable checkpoint. `totalIterations` > 0 replaces the target; a
  // non-empty `device` (cpu, cuda, cuda:N) replaces the recorded one (config.json records the new one).
  // `writes` false: the session of a data-parallel rank other than 0, which reads the run folder and
  // never writes it.
  static std::unique_ptr<TrainingSession> resumeRun(const std::string& runDir, int64_t totalIterations = 0,
                                                    const std::string& device = {}, bool writes = true);
  // Before start(): this session is one rank of a data-parallel run (issue 16). Its trainer shares every
  // batch with the other ranks; the logged values are their average; a stop or checkpoint asked for on
  // any rank happens on all of them at the same iteration; only rank 0 writes the run folder.
  void joinDataParallel(std::shared_ptr<distributed::DataParallel> group);

  ~TrainingSession();  // stops (saving a checkpoint) and joins

  void setEventCallback(TrainingEventCallback callback);  // before start(); called on the worker
  void start();
  void pause();
  void resume();
  void stop();               // finishes the current iteration, saves a checkpoint, ends
  void requestCheckpoint();  // saves after the current iteration
  void wait();               // blocks until the worker ends

  State state() const { return state_.load(); }
  int64_t iteration() const { return iteration_.load(); }
  const TrainingConfig& config() const { return config_; }
  const RunDirectory& runDirectory() const { return run_; }
  const data::DatasetPack& dataset() const { return pack_; }
  std::string deviceDescription() const;
  // Warnings found while opening the run (e.g. damaged checkpoints skipped).
  const std::vector<std::string>& openWarnings() const { return openWarnings_; }
  // Tests: the step that reaches `iteration` reports a NaN loss, once (exercises the divergence guard).
  void injectNonFiniteLossForTesting(int64_t iteration) { injectNonFiniteAt_ = iteration; }
  // Tests, before start(): read each step's values after the next step is queued, as on a GPU.
  void readOneStepLateForTesting() { readOneStepLateForTesting_ = true; }
  // Tests, before start(): replaces the trainer by `wrap(trainer)` (e.g. one whose saved weights hold NaN);
  // a rollback builds a plain trainer again.
  void wrapTrainerForTesting(const std::function<std::unique_ptr<Trainer>(std::unique_ptr<Trainer>)>& wrap) {
    trainer_ = wrap(std::move(trainer_));
  }

 private:
  TrainingSession(TrainingConfig config, data::DatasetPack pack);
  void run();
  // training_session_loop.cpp: the loop, whether it reads a step's values one step late, whether an
  // iteration needs samples, metrics or a checkpoint, and the record and event of one step (false when
  // the step's values made the run roll back).
  void loop();
  bool readsOneStepLate() const;
  bool actsAt(int64_t iteration) const;
  bool logStep(int64_t iteration, std::map<std::string, double> values, double seconds);
  void publish(TrainingEvent event);
  void saveCheckpoint();
  // Undoes a diverged step (training_session_rollback.cpp): reloads the newest usable checkpoint (or the
  // initial state) with both learning rates halved, or throws once config.maxRollbacks are used up.
  void recoverFromDivergence(int64_t iteration, const std::string& reason);
  // saveCheckpoint(), or, when the weights to save hold NaN/inf, a rollback (false).
  bool saveCheckpointOrRollBack();
  void writeSamples();
  // metrics.jsonl, and the TensorBoard event file when the run writes one.
  void appendRecord(const nlohmann::json& record);
  void openTensorBoard();
  // Runs a TensorBoard write; a failure turns TensorBoard off for this session with a warning.
  void toTensorBoard(const std::function<void(TensorBoardLog&)>& write);
  // Live metrics at a sample tick, within the configured share of training time (see MetricsConfig).
  void maybeEvaluateMetrics(bool force = false);
  // Data-parallel runs: the step's values averaged over the ranks, with the stop and checkpoint requests
  // of every rank (training_session_data_parallel.cpp). `saveNow` is set when any rank asked to save.
  // `seconds`: this rank's step time; every rank's is gathered in the same collective (rankSeconds_).
  std::map<std::string, double> agreeWithRanks(const std::map<std::string, double>& values, double seconds,
                                               bool& saveNow);
  // Data-parallel runs: world_size, images_per_second (all ranks) and rank_R_images_per_second (each rank's
  // share of the batch over its own smoothed step time) for the progress line of the CLI and the studio.
  void addRankThroughput(std::map<std::string, double>& values) const;

  TrainingConfig config_;
  RunDirectory run_;
  data::DatasetPack pack_;
  torch::Device device_;
  int threads_ = 1;  // the intra-op threads the worker uses on the CPU
  std::unique_ptr<Trainer> trainer_;
  std::unique_ptr<MetricsLog> metrics_;
  std::unique_ptr<TensorBoardLog> tensorboard_;
  TrainingEventCallback callback_;
  std::vector<std::string> openWarnings_;

  std::thread worker_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::atomic<State> state_{State::Idle};
  std::atomic<int64_t> iteration_{0};
  bool pauseRequested_ = false, stopRequested_ = false, checkpointRequested_ = false;
  int64_t lastCheckpointIteration_ = -1;
  int64_t lastSampleIteration_ = -1;
  std::unique_ptr<metrics::LiveMetrics> liveMetrics_;
  bool metricsUnavailable_ = false;
  double trainingSeconds_ = 0, metricsSeconds_ = 0, lastMetricsCost_ = 0;
  DivergenceGuard guard_{config_.lossBlowupFactor};
  int rollbacks_ = 0;
  int64_t injectNonFiniteAt_ = -1;
  std::shared_ptr<distributed::DataParallel> group_;  // null outside data-parallel runs
  bool writes_ = true;                                // false on ranks other than 0
  bool agreedStop_ = false;                           // data-parallel: every rank stops at the next iteration
  std::vector<double> rankSeconds_;                   // data-parallel: each rank's smoothed step time
  bool agreedSave_ = false;                           // data-parallel: a rank asked for a checkpoint
  double smoothedSeconds_ = 0;                        // for it/s and the ETA
  int timedSteps_ = 0;
  bool readOneStepLateForTesting_ = false;
};

const char* toString(TrainingSession::State state);

}  // namespace fewshot::train
