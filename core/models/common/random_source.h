// The one source of randomness of a training run. Everything random in a step (latents, noise
// injection, augmentation draws, loss margins) comes from here, so a checkpoint that stores its
// state makes resume exact. Draws happen on the CPU and are moved to the target device, which keeps
// CPU and CUDA runs on the same random stream.
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

  torch::Tensor state() const;  // uint8 tensor, opaque
  void setState(const torch::Tensor& state);

 private:
  at::Generator generator_;
};

using RandomSourcePtr = std::shared_ptr<RandomSource>;

}  // namespace fewshot
