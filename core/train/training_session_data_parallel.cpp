// TrainingSession as one rank of a data-parallel run (issue 16). The ranks run the same iterations in
// step: every decision that changes what comes next (stop, checkpoint, rollback) is agreed through a
// collective at the same point on every rank, so that no rank waits for a collective the others skip.
#include "core/distributed/data_parallel.h"
#include "core/train/training_session.h"

namespace fewshot::train {

namespace {

std::string rankSecondsKey(int rank) { return "rank_seconds." + std::to_string(rank); }

}  // namespace

void TrainingSession::joinDataParallel(std::shared_ptr<distributed::DataParallel> group) {
  group_ = std::move(group);
  writes_ = group_->world().isMain();
  trainer_->joinDataParallel(group_);
}

std::map<std::string, double> TrainingSession::agreeWithRanks(const std::map<std::string, double>& values,
                                                              double seconds, bool& saveNow) {
  std::vector<bool> flags(2);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    flags[0] = stopRequested_;
    flags[1] = checkpointRequested_;
    checkpointRequested_ = false;
  }
  // Each rank's step time rides on the same all-reduce: a slot per rank, filled by its owner only, scaled so
  // that the average over the ranks is the owner's value.
  const int ranks = group_->size();
  std::map<std::string, double> withSeconds = values;
  for (int r = 0; r < ranks; ++r) withSeconds[rankSecondsKey(r)] = r == group_->rank() ? seconds * ranks : 0.0;
  std::map<std::string, double> averaged = group_->average(withSeconds, flags);
  rankSeconds_.resize(ranks, 0.0);
  for (int r = 0; r < ranks; ++r) {
    const double s = averaged[rankSecondsKey(r)];
    averaged.erase(rankSecondsKey(r));
    rankSeconds_[r] = rankSeconds_[r] == 0 ? s : 0.9 * rankSeconds_[r] + 0.1 * s;  // as the run's it/s
  }
  agreedStop_ = flags[0];
  saveNow = flags[1];
  return averaged;
}

void TrainingSession::addRankThroughput(std::map<std::string, double>& values) const {
  const int ranks = group_->size();
  values["world_size"] = ranks;
  const int batch = trainer_->batchImages();
  if (batch <= 0) return;
  const double perSecond = values["seconds_per_iteration"];
  if (perSecond > 0) values["images_per_second"] = batch / perSecond;
  const double rankBatch = static_cast<double>(batch) / ranks;
  for (int r = 0; r < ranks && r < static_cast<int>(rankSeconds_.size()); ++r)
    if (rankSeconds_[r] > 0) values["rank_" + std::to_string(r) + "_images_per_second"] = rankBatch / rankSeconds_[r];
}

}  // namespace fewshot::train
