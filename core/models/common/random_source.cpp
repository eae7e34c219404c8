#include "core/models/common/random_source.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cstring>
#include <stdexcept>

namespace fewshot {

RandomSource::RandomSource(uint64_t seed) : generator_(at::make_generator<at::CPUGeneratorImpl>(seed)) {}

torch::Tensor RandomSource::randn(at::IntArrayRef sizes, const torch::Device& device) {
  if (onDevice(device)) return at::randn(sizes, deviceGenerator_, torch::TensorOptions().device(device));
  auto t = at::randn(sizes, generator_, torch::TensorOptions().dtype(torch::kFloat32));
  return device.is_cpu() ? t : t.to(device);
}

torch::Tensor RandomSource::rand(at::IntArrayRef sizes, const torch::Device& device) {
  if (onDevice(device)) return at::rand(sizes, deviceGenerator_, torch::TensorOptions().device(device));
  auto t = at::rand(sizes, generator_, torch::TensorOptions().dtype(torch::kFloat32));
  return device.is_cpu() ? t : t.to(device);
}

torch::Tensor RandomSource::randint(int64_t low, int64_t high, at::IntArrayRef sizes, const torch::Device& device) {
  if (onDevice(device))
    return at::randint(low, high, sizes, deviceGenerator_, torch::TensorOptions().dtype(torch::kInt64).device(device));
  auto t = at::randint(low, high, sizes, generator_, torch::TensorOptions().dtype(torch::kInt64));
  return device.is_cpu() ? t : t.to(device);
}

int64_t RandomSource::randint(int64_t low, int64_t high) {
  return at::randint(low, high, {1}, generator_, torch::TensorOptions().dtype(torch::kInt64)).item<int64_t>();
}

namespace {
// Device-mode states: the tag, the CPU state's length (8 bytes), the CPU state, the device state.
constexpr char kBothTag[8] = {'F', 'S', 'R', 'N', 'G', 'D', 'V', '1'};

bool hasBothTag(const torch::Tensor& state) {
  return state.numel() > 16 && std::memcmp(state.data_ptr<uint8_t>(), kBothTag, 8) == 0;
}
}  // namespace

void RandomSource::drawOnDevice(const torch::Device& device, uint64_t seed) {
  if (device.is_cpu()) return;
  deviceGenerator_ = at::globalContext().defaultGenerator(device).clone();
  deviceGenerator_.set_current_seed(seed);
  device_ = device;
}

torch::Tensor RandomSource::state() const {
  torch::Tensor cpu = generator_.get_state();
  if (!deviceGenerator_.defined()) return cpu;
  torch::Tensor dev = deviceGenerator_.get_state().to(torch::kCPU).contiguous();
  torch::Tensor head = torch::empty({16}, torch::kUInt8);
  std::memcpy(head.data_ptr<uint8_t>(), kBothTag, 8);
  const int64_t cpuBytes = cpu.numel();
  std::memcpy(head.data_ptr<uint8_t>() + 8, &cpuBytes, 8);
  return torch::cat({head, cpu.contiguous(), dev});
}

void RandomSource::setState(const torch::Tensor& state) {
  if (!hasBothTag(state)) {
    generator_.set_state(state);
    return;
  }
  const torch::Tensor bytes = state.contiguous();
  int64_t cpuBytes = 0;
  std::memcpy(&cpuBytes, bytes.data_ptr<uint8_t>() + 8, 8);
  if (cpuBytes <= 0 || 16 + cpuBytes > bytes.numel()) throw std::runtime_error("the random state is damaged");
  generator_.set_state(bytes.slice(0, 16, 16 + cpuBytes).clone());
  if (deviceGenerator_.defined()) deviceGenerator_.set_state(bytes.slice(0, 16 + cpuBytes).clone());
}

}  // namespace fewshot
