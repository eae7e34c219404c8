// The EMA generator of a run, loaded from a checkpoint for sampling (no discriminator, no optimizer).
#pragma once
#include <torch/torch.h>

#include <string>

#include "core/explore/sampling_scope.h"
#include "core/models/fastgan/fastgan_generator.h"
#include "core/train/training_config.h"

namespace fewshot::explore {

class RunGenerator {
 public:
  // Loads from `checkpoint`, or from the newest usable checkpoint of `runDir` when empty, onto `device`
  // (cpu, cuda, cuda:N; empty: the run's own device when this machine has it, else the CPU).
  static RunGenerator load(const std::string& runDir, const std::string& checkpoint = {},
                           const std::string& device = "cpu");

  // Latents for seeds: latent i of seed s is the same whatever the count.
  torch::Tensor latentsForSeed(uint64_t seed, int count) const;
  // (B,3,R,R) in [-1,1] on the CPU. `noiseSeed` fixes the noise injection.
  torch::Tensor generate(const torch::Tensor& latents, NormMode mode, uint64_t noiseSeed);

  const train::TrainingConfig& config() const { return config_; }
  int64_t iteration() const { return iteration_; }
  const std::string& checkpointPath() const { return checkpoint_; }
  fastgan::Generator& generator() { return generator_; }

 private:
  RunGenerator() = default;
  train::TrainingConfig config_;
  fastgan::Generator generator_{nullptr};
  torch::Device device_{torch::kCPU};
  int64_t iteration_ = 0;
  std::string checkpoint_;
};

}  // namespace fewshot::explore
