// Module construction draws from LibTorch's global generator (weight init, spectral-norm vectors).
// Building a trainer's modules inside constructSeeded makes the initial weights a function of the run
// seed alone, even when two sessions are built at once.
#pragma once
#include <torch/torch.h>

#include <mutex>

namespace fewshot {

std::mutex& globalGeneratorMutex();

template <class Build>
void constructSeeded(uint64_t seed, Build&& build) {
  std::lock_guard<std::mutex> lock(globalGeneratorMutex());
  torch::manual_seed(seed);
  build();
}

}  // namespace fewshot
