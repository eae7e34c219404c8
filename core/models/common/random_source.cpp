#include "core/models/common/random_source.h"

#include <ATen/CPUGeneratorImpl.h>

namespace fewshot {

RandomSource::RandomSource(uint64_t seed) : generator_(at::make_generator<at::CPUGeneratorImpl>(seed)) {}

torch::Tensor RandomSource::randn(at::IntArrayRef sizes, const torch::Device& device) {
  auto t = at::randn(sizes, generator_, torch::TensorOptions().dtype(torch::kFloat32));
  return device.is_cpu() ? t : t.to(device);
}

torch::Tensor RandomSource::rand(at::IntArrayRef sizes, const torch::Device& device) {
  auto t = at::rand(sizes, generator_, torch::TensorOptions().dtype(torch::kFloat32));
  return device.is_cpu() ? t : t.to(device);
}

torch::Tensor RandomSource::randint(int64_t low, int64_t high, at::IntArrayRef sizes, const torch::Device& device) {
  auto t = at::randint(low, high, sizes, generator_, torch::TensorOptions().dtype(torch::kInt64));
  return device.is_cpu() ? t : t.to(device);
}

int64_t RandomSource::randint(int64_t low, int64_t high) {
  return at::randint(low, high, {1}, generator_, torch::TensorOptions().dtype(torch::kInt64)).item<int64_t>();
}

torch::Tensor RandomSource::state() const { return generator_.get_state(); }

void RandomSource::setState(const torch::Tensor& state) { generator_.set_state(state); }

}  // namespace fewshot
