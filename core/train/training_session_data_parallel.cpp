// TrainingSession as one rank of a data-parallel run (issue 16). The ranks run the same iterations in
// step: every decision that changes what comes next (stop, checkpoint, rollback) is agreed through a
// collective at the same point on every rank, so that no rank waits for a collective the others skip.
#include "core/distributed/data_parallel.h"
#include "core/train/training_session.h"

namespace fewshot::train {

void TrainingSession::joinDataParallel(std::shared_ptr<distributed::DataParallel> group) {
  group_ = std::move(group);
  writes_ = group_->world().isMain();
  trainer_->joinDataParallel(group_);
}

std::map<std::string, double> TrainingSession::agreeWithRanks(const std::map<std::string, double>& values,
                                                              bool& saveNow) {
  std::vector<bool> flags(2);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    flags[0] = stopRequested_;
    flags[1] = checkpointRequested_;
    checkpointRequested_ = false;
  }
  std::map<std::string, double> averaged = group_->average(values, flags);
  agreedStop_ = flags[0];
  saveNow = flags[1];
  return averaged;
}

}  // namespace fewshot::train
