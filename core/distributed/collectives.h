// The collective operations data-parallel training needs, over torch's own c10d engine: Gloo for CPU
// tensors (Debian's LibTorch 1.13 ships it), NCCL for CUDA tensors (the 2.x CUDA wheels ship it); a build
// without the backend a device needs says so rather than failing at the first step. Every call blocks until all ranks
// took part; a rank that died or hangs makes the others fail within the timeout given to connect(), with an error that
// says which rank saw it.
#pragma once
#include <torch/torch.h>

#include <chrono>
#include <memory>
#include <string>

#include "core/distributed/world.h"

namespace fewshot::distributed {

class Collectives {
 public:
  virtual ~Collectives() = default;
  const World& world() const { return world_; }
  const torch::Device& device() const { return device_; }  // where the tensors given to it must be

  virtual void allReduceSum(torch::Tensor& tensor) = 0;  // in place, a contiguous tensor
  virtual void broadcast(torch::Tensor& tensor, int root) = 0;
  virtual void barrier() = 0;

 protected:
  explicit Collectives(World world, torch::Device device = torch::kCPU) : world_(std::move(world)), device_(device) {}

 private:
  World world_;
  torch::Device device_;
};

// Empty when this build can connect ranks on `device`, else why not (in the user's terms).
std::string collectivesUnavailableReason(const torch::Device& device);

// Rendezvous at world.masterAddress:masterPort (rank 0 listens there), then a process group for `device`.
// Throws when a rank does not arrive within `timeout`, naming the missing ranks.
std::unique_ptr<Collectives> connect(const World& world, const torch::Device& device,
                                     std::chrono::milliseconds timeout);

}  // namespace fewshot::distributed
