// Endless stream of training batches: random permutations reshuffled every epoch and a random
// horizontal flip (p = 0.5), as the official loader does. Its RNG state is part of checkpoints.
#pragma once
#include <torch/torch.h>

#include <random>
#include <string>

#include "core/data/dataset_pack.h"

namespace fewshot::train {

class BatchSampler {
 public:
  BatchSampler(const data::DatasetPack& pack, uint64_t seed, bool horizontalFlip = true);

  // (B,3,H,W) float in [-1, 1] on `device`.
  torch::Tensor next(int batchSize, const torch::Device& device);
  // Data-parallel: every rank keeps the same shuffles and flips, draws the batch of all `count` ranks and
  // keeps rows [index·B, (index+1)·B), so the ranks together see what one process with batch count·B sees.
  void shard(int index, int count);

  std::string state() const;
  void setState(const std::string& state);
  int64_t epoch() const { return epoch_; }

 private:
  void reshuffle();
  const data::DatasetPack& pack_;
  torch::Tensor images_;        // (N,3,H,W) uint8
  torch::Tensor deviceImages_;  // images_ on the last non-CPU device asked for
  bool flip_;
  std::mt19937_64 rng_;
  std::vector<int64_t> order_;
  size_t cursor_ = 0;
  int shardIndex_ = 0, shardCount_ = 1;
  int64_t epoch_ = 0;
};

}  // namespace fewshot::train
