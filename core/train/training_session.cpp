#include "core/train/training_session.h"

#include <chrono>
#include <cmath>

#include "core/distributed/data_parallel.h"
#include "core/io/image_grid.h"
#include "core/io/png_writer.h"
#include "core/models/common/seed_streams.h"
#include "core/models/family_registry.h"
#include "core/train/checkpoint.h"
#include "core/train/mixed_precision.h"
#include "core/train/thread_count.h"
#include "core/util/error_text.h"

namespace fewshot::train {

const char* toString(TrainingSession::State state) {
  switch (state) {
    case TrainingSession::State::Idle: return "idle";
    case TrainingSession::State::Running: return "running";
    case TrainingSession::State::Paused: return "paused";
    case TrainingSession::State::Stopping: return "stopping";
    case TrainingSession::State::Finished: return "finished";
    case TrainingSession::State::Failed: return "failed";
  }
  return "unknown";
}

TrainingSession::TrainingSession(TrainingConfig config, data::DatasetPack pack)
    : config_(std::move(config)), run_(config_.runDir), pack_(std::move(pack)), device_(parseDevice(config_.device)) {
  threads_ = applyThreadCount(config_.threads);
  trainer_ = createTrainer(config_, pack_, device_);
  metrics_ = std::make_unique<MetricsLog>(run_.metricsPath());
}

TrainingSession::~TrainingSession() {
  stop();
  wait();
}

void TrainingSession::setEventCallback(TrainingEventCallback callback) { callback_ = std::move(callback); }

void TrainingSession::start() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (worker_.joinable() || state_ != State::Idle) return;
  state_ = State::Running;
  worker_ = std::thread([this] { run(); });
}

void TrainingSession::pause() {
  std::lock_guard<std::mutex> lock(mutex_);
  pauseRequested_ = true;
}

void TrainingSession::resume() {
  std::lock_guard<std::mutex> lock(mutex_);
  pauseRequested_ = false;
  wake_.notify_all();
}

void TrainingSession::stop() {
  std::lock_guard<std::mutex> lock(mutex_);
  stopRequested_ = true;
  pauseRequested_ = false;
  wake_.notify_all();
}

void TrainingSession::requestCheckpoint() {
  std::lock_guard<std::mutex> lock(mutex_);
  checkpointRequested_ = true;
  wake_.notify_all();
}

void TrainingSession::wait() {
  if (worker_.joinable() && worker_.get_id() != std::this_thread::get_id()) worker_.join();
}

std::string TrainingSession::deviceDescription() const {
  const Precision precision = resolvePrecision(config_.precision, device_);
  const std::string mixed =
      precision == Precision::Fp32 ? "" : std::string(", ") + precisionName(precision) + " mixed precision";
  const std::string processes = group_ ? ", " + std::to_string(group_->size()) + " processes" : "";
  if (device_.is_cuda()) return "CUDA " + device_.str() + mixed + processes;
  // Not at::get_num_threads(): called on another thread (the studio's UI thread), that would set up
  // LibTorch's thread pools for it, which took 15-27 ms of the UI thread (measured with --bench-ui-stall).
  return "CPU, " + std::to_string(threads_) + (threads_ == 1 ? " thread" : " threads") + mixed + processes;
}

void TrainingSession::publish(TrainingEvent event) {
  event.totalIterations = config_.iterations;
  if (event.iteration == 0) event.iteration = iteration_.load();
  if (callback_) callback_(event);
}

void TrainingSession::run() {
  applyThreadCount(config_.threads);  // the intra-op setting is per calling thread with OpenMP
  try {
    for (const auto& w : openWarnings_) publish({TrainingEvent::Kind::Warning, 0, 0, {}, w});
    publish({TrainingEvent::Kind::Started, 0, 0, {}, deviceDescription()});
    if (config_.tensorboard && writes_) openTensorBoard();
    loop();
  } catch (const std::exception& e) {
    state_ = State::Failed;
    std::string message = util::errorText(e);
    if (lastCheckpointIteration_ >= 0)
      message += " (the last checkpoint, iteration " + std::to_string(lastCheckpointIteration_) + ", is intact)";
    publish({TrainingEvent::Kind::Error, 0, 0, {}, message});
  }
}

void TrainingSession::saveCheckpoint() {
  const int64_t it = trainer_->iteration();
  const std::string path =
      writeCheckpointAndPrune(run_, config_, pack_.contentHash, *trainer_, config_.keepCheckpoints);
  lastCheckpointIteration_ = it;
  publish({TrainingEvent::Kind::Checkpoint, it, 0, {}, {}, path});
}

void TrainingSession::writeSamples() {
  const int64_t it = trainer_->iteration();
  torch::Tensor images = trainer_->sampleImages();
  const int columns = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(images.size(0)))));
  auto grid = std::make_shared<data::ImageU8>(io::makeImageGrid(images, columns));
  const std::string path = run_.samplePath(it);
  io::writePng(*grid, path);
  toTensorBoard([&](TensorBoardLog& tb) { tb.addImage(it, kSamplesImageTag, *grid); });
  lastSampleIteration_ = it;
  TrainingEvent event{TrainingEvent::Kind::Samples, it, 0, {}, {}, path};
  event.image = grid;
  publish(event);
}

void TrainingSession::appendRecord(const nlohmann::json& record) {
  metrics_->append(record);
  toTensorBoard([&](TensorBoardLog& tb) { tb.addRecord(record); });
}

void TrainingSession::openTensorBoard() {
  try {
    // A resumed run: its event files are rebuilt up to the checkpoint, dropping what was written after it
    // (metrics.jsonl lost those records too), so that curves do not fold back on themselves.
    const int64_t it = trainer_->iteration();
    if (it > 0) convertRunToTensorBoard(run_.root(), true, it);
    tensorboard_ = std::make_unique<TensorBoardLog>(run_.root());
  } catch (const std::exception& e) {
    publish({TrainingEvent::Kind::Warning, 0, 0, {}, std::string("TensorBoard event files disabled: ") + e.what()});
  }
}

void TrainingSession::toTensorBoard(const std::function<void(TensorBoardLog&)>& write) {
  if (!tensorboard_) return;
  try {
    write(*tensorboard_);
  } catch (const std::exception& e) {
    tensorboard_.reset();
    publish({TrainingEvent::Kind::Warning, 0, 0, {}, std::string("TensorBoard event files disabled: ") + e.what()});
  }
}

void TrainingSession::maybeEvaluateMetrics(bool force) {
  if (!config_.metrics.enabled || metricsUnavailable_) return;
  if (!models::family(config_.model).can(models::Capability::LiveMetrics)) return;
  // Automatic schedule: run when the metrics' total time, including this evaluation (estimated by the
  // last one), stays within maxTimeFraction of the training time so far. The first tick always runs.
  const bool budgeted = config_.metrics.every == 0 && lastMetricsCost_ > 0;
  if (!force && budgeted && metricsSeconds_ + lastMetricsCost_ > config_.metrics.maxTimeFraction * trainingSeconds_)
    return;
  const auto begin = std::chrono::steady_clock::now();
  const int64_t it = trainer_->iteration();
  metrics::MetricsResult result;
  try {
    if (!liveMetrics_) liveMetrics_ = std::make_unique<metrics::LiveMetrics>(config_.metrics, pack_, device_);
    torch::Tensor samples = trainer_->generateImages(config_.metrics.samples, seeds::liveMetrics(config_.seed));
    result = liveMetrics_->evaluate(samples, it);
  } catch (const std::exception& e) {
    metricsUnavailable_ = true;
    publish({TrainingEvent::Kind::Warning, it, 0, {}, std::string("live metrics disabled: ") + e.what()});
    return;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  metricsSeconds_ += seconds;
  lastMetricsCost_ = seconds;
  nlohmann::json record = {{"iteration", it}};
  for (const auto& [name, v] : result.values) record[name] = v;
  appendRecord(record);
  TrainingEvent event{TrainingEvent::Kind::Metrics, it, 0, result.values, liveMetrics_->extractor().displayName()};
  event.values["metrics_seconds"] = seconds;
  event.values["metrics_time_fraction"] = trainingSeconds_ > 0 ? metricsSeconds_ / trainingSeconds_ : 0.0;
  if (result.nearestSheet) {
    event.path = run_.nearestSamplePath(it);
    io::writePng(*result.nearestSheet, event.path);
    event.image = result.nearestSheet;
    toTensorBoard([&](TensorBoardLog& tb) { tb.addImage(it, kNearestImageTag, *result.nearestSheet); });
  }
  publish(event);
  for (const auto& w : result.warnings) publish({TrainingEvent::Kind::Warning, it, 0, {}, w});
}

}  // namespace fewshot::train
