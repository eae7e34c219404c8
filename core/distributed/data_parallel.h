// A training run's data-parallel group (issue 16): what a trainer and a session need from the other
// ranks. Gradients are averaged after each backward; the logged values are averaged, and a stop asked
// for on any rank stops all of them at the same iteration (so that none waits for a collective the
// others will never join).
#pragma once
#include <torch/torch.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/distributed/collectives.h"

namespace fewshot::distributed {

class DataParallel {
 public:
  explicit DataParallel(std::unique_ptr<Collectives> collectives);

  const World& world() const { return collectives_->world(); }
  int rank() const { return world().rank; }
  int size() const { return world().size; }
  Collectives& collectives() { return *collectives_; }

  void averageGradients(torch::optim::Optimizer& optimizer);
  void broadcastFromMain(torch::nn::Module& module);  // parameters and buffers
  void broadcastBuffersFromMain(torch::nn::Module& module);
  // `a` and `b` summed over the ranks, in place (ADA's sign sum and count).
  void sum(double& a, double& b);
  // The values averaged over the ranks (every rank reports the same keys, as they run the same code);
  // each of `flags` becomes true on every rank where it was true on any rank.
  std::map<std::string, double> average(const std::map<std::string, double>& values, std::vector<bool>& flags);
  bool anyRank(bool flag);

 private:
  std::unique_ptr<Collectives> collectives_;
};

using DataParallelPtr = std::shared_ptr<DataParallel>;

}  // namespace fewshot::distributed
