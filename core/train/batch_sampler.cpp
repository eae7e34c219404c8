#include "core/train/batch_sampler.h"

#include "core/train/step_profile.h"

#include <algorithm>
#include <numeric>
#include <sstream>
#include <stdexcept>

namespace fewshot::train {

BatchSampler::BatchSampler(const data::DatasetPack& pack, uint64_t seed, bool horizontalFlip)
    : pack_(pack), flip_(horizontalFlip), rng_(seed) {
  if (pack.count() == 0) throw std::invalid_argument("the dataset is empty");
  images_ = torch::from_blob(const_cast<uint8_t*>(pack.pixels.data()), {pack.count(), pack.height, pack.width, 3},
                             torch::kUInt8)
                .permute({0, 3, 1, 2})
                .contiguous();
  reshuffle();
}

void BatchSampler::reshuffle() {
  order_.resize(pack_.count());
  std::iota(order_.begin(), order_.end(), 0);
  std::shuffle(order_.begin(), order_.end(), rng_);
  cursor_ = 0;
}

void BatchSampler::shard(int index, int count) {
  if (count < 1 || index < 0 || index >= count) throw std::invalid_argument("invalid data shard");
  shardIndex_ = index;
  shardCount_ = count;
}

torch::Tensor BatchSampler::next(int batchSize, const torch::Device& device) {
  StepPhaseTimer timer(StepPhase::DataLoading, device);
  std::vector<int64_t> picks(batchSize);
  std::vector<uint8_t> flips(batchSize);
  std::uniform_int_distribution<int> coin(0, 1);
  const int first = shardIndex_ * batchSize, end = first + batchSize;
  for (int i = 0; i < batchSize * shardCount_; ++i) {
    if (cursor_ >= order_.size()) {
      reshuffle();
      ++epoch_;
    }
    const int64_t pick = order_[cursor_++];
    const uint8_t flip = flip_ ? static_cast<uint8_t>(coin(rng_)) : 0;
    if (i >= first && i < end) {
      picks[i - first] = pick;
      flips[i - first] = flip;
    }
  }
  if (device.is_cpu()) {
    torch::Tensor batch = images_.index_select(0, torch::tensor(picks, torch::kInt64)).to(torch::kFloat32);
    for (int i = 0; i < batchSize; ++i)
      if (flips[i]) batch[i] = batch[i].flip({2});
    return batch.div_(127.5).sub_(1.0);
  }
  // On a GPU the pack stays there as uint8 (copied once); the picks travel, the images do not. The same
  // picks, flips and arithmetic as on the CPU, so the batches are the same values.
  if (!deviceImages_.defined() || deviceImages_.device() != device) deviceImages_ = images_.to(device);
  const torch::Tensor index = torch::tensor(picks, torch::kInt64).to(device, /*non_blocking=*/true);
  const torch::Tensor flip = torch::tensor(flips, torch::kBool).to(device, /*non_blocking=*/true).view({-1, 1, 1, 1});
  torch::Tensor batch = deviceImages_.index_select(0, index);
  batch = torch::where(flip, batch.flip({3}), batch);
  return batch.to(torch::kFloat32).div_(127.5).sub_(1.0);
}

std::string BatchSampler::state() const {
  std::ostringstream out;
  out << rng_ << "\n" << cursor_ << " " << epoch_ << " " << order_.size();
  for (int64_t i : order_) out << " " << i;
  return out.str();
}

void BatchSampler::setState(const std::string& state) {
  std::istringstream in(state);
  size_t n = 0;
  in >> rng_ >> cursor_ >> epoch_ >> n;
  if (!in || n != static_cast<size_t>(pack_.count()))
    throw std::runtime_error("the checkpoint's data-sampler state does not fit this dataset");
  order_.resize(n);
  for (auto& i : order_) in >> i;
  if (!in) throw std::runtime_error("the checkpoint's data-sampler state is damaged");
}

}  // namespace fewshot::train
