// TrainingSession's loop on the worker thread: pause, stop and checkpoint requests between iterations, one
// step, its record and event, then samples, live metrics and checkpoints where they are due. On a CUDA
// device in one process a step's values are read once the next step is queued (train::StepValues), so that
// the device never waits for the host (issue 14); before anything that needs the state of an iteration
// (samples, metrics, checkpoints, a pause or stop) the pending step is logged first, so the records, events
// and files are the same as when every step is read at once.
#include <chrono>
#include <cmath>
#include <optional>

#include "core/models/family_registry.h"
#include "core/train/training_session.h"

namespace fewshot::train {

namespace {
using Clock = std::chrono::steady_clock;

struct PendingStep {
  int64_t iteration;
  StepValues values;
  Clock::time_point begin;
};

double secondsBetween(Clock::time_point begin, Clock::time_point end) {
  return std::chrono::duration<double>(end - begin).count();
}

}  // namespace

bool TrainingSession::readsOneStepLate() const { return readOneStepLateForTesting_ || (device_.is_cuda() && !group_); }

bool TrainingSession::actsAt(int64_t it) const {
  return trainer_->phaseFinished() || it % config_.sampleEvery == 0 || it % config_.checkpointEvery == 0 ||
         (config_.metrics.every > 0 && it % config_.metrics.every == 0);
}

void TrainingSession::loop() {
  bool stopped = false;
  // A new run shows its untrained generator at once: the first picture of the studio's grid and the first
  // frame of the timelapse. (A single-image family has no generator before its first stage.)
  if (writes_ && trainer_->iteration() == 0 && !models::family(config_.model).singleImage) writeSamples();
  const bool oneStepLate = readsOneStepLate();
  std::optional<PendingStep> pending;
  // Logs the pending step, if any; false when its values made the run roll back.
  auto settle = [&](Clock::time_point end) {
    if (!pending) return true;
    PendingStep step = std::move(*pending);
    pending.reset();
    return logStep(step.iteration, step.values.read(), secondsBetween(step.begin, end));
  };
  while (trainer_->iteration() < config_.iterations) {
    bool saveNow = false;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      if (pending && (pauseRequested_ || stopRequested_ || checkpointRequested_)) {
        lock.unlock();
        if (!settle(Clock::now())) continue;
        lock.lock();
      }
      if (pauseRequested_ && !stopRequested_ && !group_) {  // the other ranks cannot wait that long
        state_ = State::Paused;
        lock.unlock();
        publish({TrainingEvent::Kind::Paused});
        lock.lock();
        wake_.wait(lock, [&] { return !pauseRequested_ || stopRequested_ || checkpointRequested_; });
        if (checkpointRequested_ && pauseRequested_ && !stopRequested_) {
          checkpointRequested_ = false;
          lock.unlock();
          saveCheckpointOrRollBack();
          continue;
        }
        state_ = State::Running;
        if (!stopRequested_) {
          lock.unlock();
          publish({TrainingEvent::Kind::Resumed});
          lock.lock();
        }
      }
      if (group_ ? agreedStop_ : stopRequested_) {  // ranks stop only where they all agreed to
        stopped = true;
        break;
      }
      if (!group_) {
        saveNow = checkpointRequested_;
        checkpointRequested_ = false;
      }
    }
    if (saveNow && !saveCheckpointOrRollBack()) continue;

    const auto begin = Clock::now();
    if (oneStepLate) {
      StepValues values = trainer_->stepDeferred();
      if (!settle(begin)) continue;  // the previous step, read now that this one is queued
      const int64_t it = trainer_->iteration();
      pending = PendingStep{it, std::move(values), begin};
      if (!actsAt(it) && it < config_.iterations) continue;
      if (!settle(Clock::now())) continue;
    } else {
      std::map<std::string, double> values = trainer_->step();
      if (!logStep(trainer_->iteration(), std::move(values), secondsBetween(begin, Clock::now()))) continue;
    }

    const int64_t it = trainer_->iteration();
    const bool phaseEnd = trainer_->phaseFinished();
    if (writes_ && (it % config_.sampleEvery == 0 || phaseEnd)) writeSamples();
    if (writes_ && (config_.metrics.every > 0 ? it % config_.metrics.every == 0 : it % config_.sampleEvery == 0))
      maybeEvaluateMetrics();
    if (it % config_.checkpointEvery == 0 || phaseEnd || agreedSave_) saveCheckpointOrRollBack();
  }
  state_ = State::Stopping;
  if (lastCheckpointIteration_ != trainer_->iteration() && !saveCheckpointOrRollBack()) {
    state_ = State::Running;
    return loop();  // rolled back: train again (bounded by maxRollbacks)
  }
  if (writes_ && !stopped && lastSampleIteration_ != trainer_->iteration()) writeSamples();
  state_ = State::Finished;
  publish({TrainingEvent::Kind::Finished, 0, 0, {}, stopped ? "stopped" : "completed"});
}

bool TrainingSession::logStep(int64_t it, std::map<std::string, double> values, double seconds) {
  trainingSeconds_ += seconds;
  iteration_ = it;
  if (it == injectNonFiniteAt_ && !values.empty()) {
    injectNonFiniteAt_ = -1;
    values.begin()->second = std::nan("");
  }
  agreedSave_ = false;
  if (group_) values = agreeWithRanks(values, seconds, agreedSave_);
  const std::string divergence = guard_.check(values);
  if (!divergence.empty()) {
    recoverFromDivergence(it, divergence);
    return false;
  }

  smoothedSeconds_ = timedSteps_++ == 0 ? seconds : 0.9 * smoothedSeconds_ + 0.1 * seconds;
  nlohmann::json record = {{"iteration", it}, {"seconds", seconds}};
  for (const auto& [name, v] : values) record[name] = v;
  if (writes_) appendRecord(record);

  values["seconds_per_iteration"] = smoothedSeconds_;
  values["iterations_per_second"] = smoothedSeconds_ > 0 ? 1.0 / smoothedSeconds_ : 0.0;
  values["eta_seconds"] = smoothedSeconds_ * static_cast<double>(config_.iterations - it);
  if (group_) addRankThroughput(values);
  publish({TrainingEvent::Kind::Iteration, it, 0, values});
  for (const auto& w : trainer_->takeWarnings()) publish({TrainingEvent::Kind::Warning, it, 0, {}, w});
  return true;
}

}  // namespace fewshot::train
