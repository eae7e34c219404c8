#include "core/explore/sampling_scope.h"

namespace fewshot::explore {

SamplingScope::SamplingScope(torch::nn::Module& generator, NormMode mode, uint64_t noiseSeed)
    : generator_(generator), wasTraining_(generator.is_training()), noise_(std::make_shared<RandomSource>(noiseSeed)) {
  for (auto& b : generator_.buffers()) saved_.push_back(b.clone());
  fastgan::setNoiseRandomSource(generator_, noise_);
  generator_.train(mode == NormMode::BatchStatistics);
}

void SamplingScope::useNoise(const RandomSourcePtr& source) { fastgan::setNoiseRandomSource(generator_, source); }

std::vector<torch::Tensor> SamplingScope::snapshotBuffers() const {
  std::vector<torch::Tensor> out;
  for (auto& b : generator_.buffers()) out.push_back(b.clone());
  return out;
}

void SamplingScope::restoreBuffers(const std::vector<torch::Tensor>& snapshot) {
  auto buffers = generator_.buffers();
  for (size_t i = 0; i < buffers.size() && i < snapshot.size(); ++i) buffers[i].copy_(snapshot[i]);
}

SamplingScope::~SamplingScope() {
  restoreBuffers(saved_);
  generator_.train(wasTraining_);
}

}  // namespace fewshot::explore
