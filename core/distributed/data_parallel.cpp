#include "core/distributed/data_parallel.h"

#include <stdexcept>

#include "core/distributed/gradient_average.h"

namespace fewshot::distributed {

DataParallel::DataParallel(std::unique_ptr<Collectives> collectives) : collectives_(std::move(collectives)) {}

void DataParallel::averageGradients(torch::optim::Optimizer& optimizer) {
  std::vector<torch::Tensor> parameters;
  for (const auto& group : optimizer.param_groups())
    for (const auto& p : group.params()) parameters.push_back(p);
  distributed::averageGradients(*collectives_, parameters);
}

void DataParallel::broadcastFromMain(torch::nn::Module& module) {
  distributed::broadcastFromMain(*collectives_, module);
}

void DataParallel::broadcastBuffersFromMain(torch::nn::Module& module) {
  const std::vector<torch::Tensor> buffers = module.buffers();
  if (!buffers.empty()) distributed::broadcastFromMain(*collectives_, buffers);
}

void DataParallel::sum(double& a, double& b) {
  torch::Tensor pair = torch::tensor({a, b}, torch::kFloat64).to(collectives_->device());
  collectives_->allReduceSum(pair);
  pair = pair.cpu();
  a = pair[0].item<double>();
  b = pair[1].item<double>();
}

std::map<std::string, double> DataParallel::average(const std::map<std::string, double>& values,
                                                    std::vector<bool>& flags) {
  // [key count, flags..., values...]; the summed count shows ranks that logged different numbers of values.
  std::vector<double> flat{static_cast<double>(values.size())};
  for (bool flag : flags) flat.push_back(flag ? 1.0 : 0.0);
  for (const auto& entry : values) flat.push_back(entry.second);
  torch::Tensor sums = torch::tensor(flat, torch::kFloat64).to(collectives_->device());
  collectives_->allReduceSum(sums);
  sums = sums.cpu();
  const auto* sum = sums.data_ptr<double>();
  const double ranks = size();
  if (sum[0] != ranks * static_cast<double>(values.size()))
    throw std::runtime_error(world().describe() + ": the ranks logged different values; they no longer run in step");
  size_t i = 1;
  for (size_t f = 0; f < flags.size(); ++f) flags[f] = sum[i++] > 0;
  std::map<std::string, double> averaged;
  for (const auto& entry : values) averaged[entry.first] = sum[i++] / ranks;
  return averaged;
}

bool DataParallel::anyRank(bool flag) {
  torch::Tensor count = torch::tensor({flag ? 1.0 : 0.0}, torch::kFloat64).to(collectives_->device());
  collectives_->allReduceSum(count);
  return count.item<double>() > 0;
}

}  // namespace fewshot::distributed
