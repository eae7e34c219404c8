// The one source of randomness of a training run. Everything random in a step (latents, noise
// injection, augmentation draws, loss margins) comes from here, so a checkpoint that stores its
// state makes resume exact. By default (the reference mode) draws happen on the CPU and are moved to the
// target device, which keeps CPU and CUDA runs on the same random stream. In the device mode
// (drawOnDevice, --device-random) tensors for a GPU are drawn there by a generator of the run's own, whose
// state is saved with the CPU one: no host work and no blocking copy per draw, but a stream of its own.
#pragma once
#include <torch/torch.h>

#include <cstdint>
#include <memory>

namespace fewshot {

class RandomSource {
 public:
  explicit RandomSource(uint64_t seed);

  torch::Tensor randn(at::IntArrayRef sizes, const torch::Device& device);
  torch::Tensor rand(at::IntArrayRef sizes, const torch::Device& device);
  // Integers uniform in [low, high), shape `sizes`, int64.
  torch::Tensor randint(int64_t low, int64_t high, at::IntArrayRef sizes, const torch::Device& device);
  int64_t randint(int64_t low, int64_t high);

  // Tensors for `device` (a GPU) are drawn there from now on, from a generator seeded with `seed`.
  void drawOnDevice(const torch::Device& device, uint64_t seed);

  // uint8 tensor, opaque: the CPU generator's state, and the device generator's in the device mode.
  // setState takes either form; the part this source has no generator for is ignored.
  torch::Tensor state() const;
  void setState(const torch::Tensor& state);

 private:
  at::Generator generator_;
  at::Generator deviceGenerator_;  // undefined in the reference mode
  torch::Device device_ = torch::kCPU;
  bool onDevice(const torch::Device& device) const { return deviceGenerator_.defined() && device == device_; }
};

using RandomSourcePtr = std::shared_ptr<RandomSource>;

}  // namespace fewshot
