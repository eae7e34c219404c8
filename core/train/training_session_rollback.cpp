// The divergence guard's recovery (issue 20): a diverged step is undone by reloading the newest usable
// checkpoint, or the run's initial state when there is none yet, with both learning rates halved. The
// lowered rates go into config.json, so a later resume keeps them.
#include <sstream>

#include "core/distributed/data_parallel.h"
#include "core/train/checkpoint.h"
#include "core/train/training_session.h"
#include "core/util/atomic_file.h"

namespace fewshot::train {

void TrainingSession::recoverFromDivergence(int64_t iteration, const std::string& reason) {
  std::ostringstream what;
  what << "training diverged at iteration " << iteration << ": " << reason;
  if (rollbacks_ >= config_.maxRollbacks) {
    if (rollbacks_ > 0)
      what << "; gave up after " << rollbacks_ << " rollback(s) with the learning rates lowered to " << config_.lrG
           << " (G) and " << config_.lrD << " (D)";
    what << "; try a lower learning rate";
    throw std::runtime_error(what.str());
  }
  ++rollbacks_;
  config_.lrG *= 0.5;
  config_.lrD *= 0.5;
  if (writes_) util::writeFileAtomically(run_.configPath(), nlohmann::json(config_).dump(2) + "\n");

  // A fresh trainer from the lowered config, then the checkpoint's state: the trainers take their learning
  // rates from the config, not from the optimizer state saved with the rates of before.
  trainer_ = createTrainer(config_, pack_, device_);
  std::string from = "the start of the run";
  if (!listCheckpoints(run_).empty()) {
    const UsableCheckpoint usable = findLatestUsableCheckpoint(run_);
    loadCheckpoint(usable, *trainer_);
    from = "the checkpoint of iteration " + std::to_string(trainer_->iteration());
  }
  if (group_) trainer_->joinDataParallel(group_);  // every rank rolls back at the same point
  iteration_ = trainer_->iteration();
  if (writes_) metrics_->truncateAfter(trainer_->iteration());
  what << "; rolled back to " << from << " with the learning rates halved to " << config_.lrG << " (G) and "
       << config_.lrD << " (D), rollback " << rollbacks_ << " of at most " << config_.maxRollbacks;
  publish({TrainingEvent::Kind::Warning, trainer_->iteration(), 0, {}, what.str()});
}

bool TrainingSession::saveCheckpointOrRollBack() {
  std::string nonFinite;
  if (writes_) {
    try {
      saveCheckpoint();
    } catch (const NonFiniteCheckpointError& e) {
      nonFinite = e.what();  // the weights went NaN/inf before any loss did (the file was removed, the older kept)
    }
  } else {
    lastCheckpointIteration_ = trainer_->iteration();  // rank 0 writes it
  }
  // In a data-parallel run every rank rolls back where rank 0 found NaN/inf (the ranks' weights are the same).
  const bool rollBack = group_ ? group_->anyRank(!nonFinite.empty()) : !nonFinite.empty();
  if (!rollBack) return true;
  recoverFromDivergence(trainer_->iteration(), "the weights to checkpoint hold NaN/inf" +
                                                   (nonFinite.empty() ? std::string() : " (" + nonFinite + ")"));
  return false;
}

}  // namespace fewshot::train
