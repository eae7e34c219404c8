// Runs a generator for sampling without disturbing it: no autograd, the chosen BN mode, a fixed
// noise stream, and the buffers that train-mode forwards update (BN running stats, SN u/v)
// restored when the scope ends.
#pragma once
#include <torch/torch.h>

#include <memory>
#include <vector>

#include "core/models/common/random_source.h"
#include "core/models/fastgan/fastgan_generator.h"

namespace fewshot::explore {

enum class NormMode {
  BatchStatistics,   // train-mode BN, as the official samples (results depend on the batch)
  RunningStatistics  // eval-mode BN: each image depends only on its own latent
};

class SamplingScope {
 public:
  SamplingScope(fastgan::Generator& generator, NormMode mode, uint64_t noiseSeed);
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
  fastgan::Generator& generator_;
  torch::NoGradGuard noGrad_;
  std::vector<torch::Tensor> saved_;
  bool wasTraining_;
  RandomSourcePtr noise_;
};

}  // namespace fewshot::explore
