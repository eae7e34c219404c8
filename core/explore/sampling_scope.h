// Runs a generator for sampling without disturbing it: no autograd, the chosen BN mode, a fixed
// noise stream, and the buffers that train-mode forwards update (BN running stats, SN u/v)
// restored when the scope ends.
#pragma once
#include <torch/torch.h>

#include <memory>
#include <vector>

#include "core/explore/norm_mode.h"
#include "core/models/common/random_source.h"
#include "core/models/fastgan/fastgan_generator.h"

namespace fewshot::explore {

class SamplingScope {
 public:
  // Any generator built from FastGAN's blocks (FastGAN's, Projected GAN's).
  SamplingScope(torch::nn::Module& generator, NormMode mode, uint64_t noiseSeed);
  SamplingScope(fastgan::Generator& generator, NormMode mode, uint64_t noiseSeed)
      : SamplingScope(*generator, mode, noiseSeed) {}
  ~SamplingScope();
  SamplingScope(const SamplingScope&) = delete;
  SamplingScope& operator=(const SamplingScope&) = delete;

  // Points every noise injection at `source` (e.g. a second stream for a style pass).
  void useNoise(const RandomSourcePtr& source);
  const RandomSourcePtr& noise() const { return noise_; }

  // Train-mode forwards advance the spectral-norm power iteration (and BN running stats); passes
  // that must see the same weights as plain sampling snapshot and restore these buffers.
  std::vector<torch::Tensor> snapshotBuffers() const;
  void restoreBuffers(const std::vector<torch::Tensor>& snapshot);
  const std::vector<torch::Tensor>& initialBuffers() const { return saved_; }

 private:
  torch::nn::Module& generator_;
  torch::NoGradGuard noGrad_;
  std::vector<torch::Tensor> saved_;
  bool wasTraining_;
  RandomSourcePtr noise_;
};

}  // namespace fewshot::explore
