#include "core/distributed/gradient_average.h"

namespace fewshot::distributed {

namespace {

// Consecutive runs of tensors of one dtype and device, each run at most `bucketBytes` (a larger tensor
// is a bucket of its own).
std::vector<std::vector<torch::Tensor>> buckets(const std::vector<torch::Tensor>& tensors, int64_t bucketBytes) {
  std::vector<std::vector<torch::Tensor>> result;
  int64_t bytes = 0;
  for (const torch::Tensor& t : tensors) {
    const int64_t size = t.numel() * static_cast<int64_t>(t.element_size());
    const bool fits = !result.empty() && bytes + size <= bucketBytes &&
                      result.back().front().scalar_type() == t.scalar_type() &&
                      result.back().front().device() == t.device();
    if (!fits) {
      result.emplace_back();
      bytes = 0;
    }
    result.back().push_back(t);
    bytes += size;
  }
  return result;
}

torch::Tensor flatten(const std::vector<torch::Tensor>& bucket) {
  std::vector<torch::Tensor> flat;
  flat.reserve(bucket.size());
  for (const torch::Tensor& t : bucket) flat.push_back(t.reshape({-1}));
  return torch::cat(flat);
}

void unflatten(const torch::Tensor& flat, const std::vector<torch::Tensor>& bucket) {
  int64_t offset = 0;
  for (const torch::Tensor& t : bucket) {
    t.copy_(flat.slice(0, offset, offset + t.numel()).view_as(t));
    offset += t.numel();
  }
}

}  // namespace

void averageGradients(Collectives& collectives, const std::vector<torch::Tensor>& parameters, int64_t bucketBytes) {
  torch::NoGradGuard noGrad;
  std::vector<torch::Tensor> gradients;
  gradients.reserve(parameters.size());
  for (const torch::Tensor& p : parameters) {
    if (!p.requires_grad()) continue;
    if (!p.grad().defined()) p.mutable_grad() = torch::zeros_like(p);
    gradients.push_back(p.grad());
  }
  const double ranks = collectives.world().size;
  for (const auto& bucket : buckets(gradients, bucketBytes)) {
    torch::Tensor flat = flatten(bucket);
    collectives.allReduceSum(flat);
    flat.div_(ranks);
    unflatten(flat, bucket);
  }
}

void broadcastFromMain(Collectives& collectives, const std::vector<torch::Tensor>& tensors, int64_t bucketBytes) {
  torch::NoGradGuard noGrad;
  for (const auto& bucket : buckets(tensors, bucketBytes)) {
    torch::Tensor flat = flatten(bucket);
    collectives.broadcast(flat, 0);
    unflatten(flat, bucket);
  }
}

void broadcastFromMain(Collectives& collectives, torch::nn::Module& module) {
  std::vector<torch::Tensor> state = module.parameters();
  for (const torch::Tensor& b : module.buffers()) state.push_back(b);
  broadcastFromMain(collectives, state);
}

}  // namespace fewshot::distributed
