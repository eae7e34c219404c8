// AdversarialTrainer in a data-parallel run (issue 16): each rank trains on its shard of every batch,
// draws from a random stream of its own and averages its gradients with the other ranks before each
// optimizer step, so that the ranks' networks stay identical.
#include <stdexcept>
#include <string>

#include "core/distributed/data_parallel.h"
#include "core/models/common/adversarial_trainer.h"
#include "core/models/common/seed_streams.h"

namespace fewshot {

void AdversarialTrainer::joinDataParallel(std::shared_ptr<distributed::DataParallel> group) {
  dataParallel_ = std::move(group);
  localBatch(config_.batchSize);  // refuses an uneven split now rather than at the first step
  const int rank = dataParallel_->rank();
  sampler_.shard(rank, dataParallel_->size());
  if (rank > 0) {
    const uint64_t seed = seeds::rankStream(config_.seed, rank, iteration_);
    random_->setState(RandomSource(seed).state());
    if (config_.deviceRandom) random_->drawOnDevice(device_, seeds::deviceRandom(seed));
  }
  // Every rank built or loaded the same state; rank 0's copy makes that certain.
  for (torch::nn::Module* m : {generator_, generatorEma_, discriminator_}) dataParallel_->broadcastFromMain(*m);
  distributed::DataParallel* dp = dataParallel_.get();
  augmenter_.setSignReducer([dp](double& sum, double& count) { dp->sum(sum, count); });
}

std::map<std::string, double> AdversarialTrainer::step() { return stepDeferred().read(); }

train::StepValues AdversarialTrainer::stepDeferred() {
  train::StepValues values = trainStep();
  if (dataParallel_)
    for (torch::nn::Module* m : {generator_, generatorEma_, discriminator_})
      dataParallel_->broadcastBuffersFromMain(*m);
  values.startRead();
  return values;
}

bool AdversarialTrainer::gradientsReady(torch::optim::Optimizer& optimizer) {
  if (dataParallel_) dataParallel_->averageGradients(optimizer);
  return lossScaler_.unscale(optimizer);
}

int AdversarialTrainer::batchShards() const { return dataParallel_ ? dataParallel_->size() : 1; }

int AdversarialTrainer::localBatch(int globalBatch) const {
  const int shards = batchShards();
  if (globalBatch % shards != 0)
    throw std::invalid_argument("Batch size " + std::to_string(globalBatch) + " cannot be shared evenly by " +
                                std::to_string(shards) + " processes: choose a batch size divisible by " +
                                std::to_string(shards));
  return globalBatch / shards;
}

}  // namespace fewshot
