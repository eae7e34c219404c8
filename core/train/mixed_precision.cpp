#include "core/train/mixed_precision.h"

#include <ATen/autocast_mode.h>
#include <ATen/detail/CUDAHooksInterface.h>
#include <torch/version.h>

#include <fstream>
#include <stdexcept>

namespace fewshot::train {
namespace {

// LibTorch 2.x names the autocast state per device type; 1.13 has one function per device.
#if TORCH_VERSION_MAJOR >= 2
bool autocastEnabled(at::DeviceType type) { return at::autocast::is_autocast_enabled(type); }
void setAutocastEnabled(at::DeviceType type, bool on) { at::autocast::set_autocast_enabled(type, on); }
at::ScalarType autocastDtype(at::DeviceType type) { return at::autocast::get_autocast_dtype(type); }
void setAutocastDtype(at::DeviceType type, at::ScalarType dtype) { at::autocast::set_autocast_dtype(type, dtype); }
#else
bool autocastEnabled(at::DeviceType type) {
  return type == at::kCUDA ? at::autocast::is_enabled() : at::autocast::is_cpu_enabled();
}
void setAutocastEnabled(at::DeviceType type, bool on) {
  if (type == at::kCUDA)
    at::autocast::set_enabled(on);
  else
    at::autocast::set_cpu_enabled(on);
}
at::ScalarType autocastDtype(at::DeviceType type) {
  return type == at::kCUDA ? at::autocast::get_autocast_gpu_dtype() : at::autocast::get_autocast_cpu_dtype();
}
void setAutocastDtype(at::DeviceType type, at::ScalarType dtype) {
  if (type == at::kCUDA)
    at::autocast::set_autocast_gpu_dtype(dtype);
  else
    at::autocast::set_autocast_cpu_dtype(dtype);
}
#endif

bool cudaHasBf16() { return at::detail::getCUDAHooks().supportsBFloat16ConvolutionWithCuDNNv8(); }

}  // namespace

const char* precisionName(Precision precision) {
  switch (precision) {
    case Precision::Bf16: return "bf16";
    case Precision::Fp16: return "fp16";
    case Precision::Fp32: break;
  }
  return "fp32";
}

bool cpuHasFastBf16() {
  std::ifstream cpuinfo("/proc/cpuinfo");
  std::string line;
  while (std::getline(cpuinfo, line)) {
    if (line.rfind("flags", 0) != 0) continue;
    return line.find(" amx_bf16") != std::string::npos || line.find(" avx512_bf16") != std::string::npos;
  }
  return false;
}

Precision resolvePrecision(const std::string& name, const torch::Device& device) {
  if (name == "fp32") return Precision::Fp32;
  if (name == "bf16") return Precision::Bf16;
  if (name == "fp16") {
    if (!device.is_cuda())
      throw std::invalid_argument("Precision fp16 needs a CUDA device; on the CPU use bf16 (or auto)");
    return Precision::Fp16;
  }
  if (name == "auto") {
    const bool bf16 = device.is_cuda() ? cudaHasBf16() : cpuHasFastBf16();
    return bf16 ? Precision::Bf16 : Precision::Fp32;
  }
  throw std::invalid_argument("Precision must be fp32, bf16, fp16 or auto, not '" + name + "'");
}

AutocastScope::AutocastScope(Precision precision, const torch::Device& device) {
  if (precision == Precision::Fp32) return;
  active_ = true;
  cpuWasEnabled_ = autocastEnabled(at::kCPU);
  cudaWasEnabled_ = autocastEnabled(at::kCUDA);
  cpuDtype_ = autocastDtype(at::kCPU);
  cudaDtype_ = autocastDtype(at::kCUDA);
  const at::ScalarType dtype = precision == Precision::Bf16 ? at::kBFloat16 : at::kHalf;
  const at::DeviceType type = device.is_cuda() ? at::kCUDA : at::kCPU;
  setAutocastDtype(type, dtype);
  setAutocastEnabled(type, true);
  at::autocast::increment_nesting();
}

AutocastScope::~AutocastScope() {
  if (!active_) return;
  // The cast weights are cached for the scope's lifetime only: the next step has new parameters.
  if (at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
  setAutocastEnabled(at::kCPU, cpuWasEnabled_);
  setAutocastEnabled(at::kCUDA, cudaWasEnabled_);
  setAutocastDtype(at::kCPU, cpuDtype_);
  setAutocastDtype(at::kCUDA, cudaDtype_);
}

Fp32Scope::Fp32Scope() : cpuWasEnabled_(autocastEnabled(at::kCPU)), cudaWasEnabled_(autocastEnabled(at::kCUDA)) {
  if (cpuWasEnabled_) setAutocastEnabled(at::kCPU, false);
  if (cudaWasEnabled_) setAutocastEnabled(at::kCUDA, false);
}

Fp32Scope::~Fp32Scope() {
  if (cpuWasEnabled_) setAutocastEnabled(at::kCPU, true);
  if (cudaWasEnabled_) setAutocastEnabled(at::kCUDA, true);
}

void useChannelsLast(torch::nn::Module& module) {
  torch::NoGradGuard noGrad;
  auto convert = [](torch::Tensor& t) {
    if (t.defined() && t.dim() == 4 && !t.is_contiguous(torch::MemoryFormat::ChannelsLast))
      t.set_data(t.contiguous(torch::MemoryFormat::ChannelsLast));
  };
  for (auto& p : module.parameters()) convert(p);
  for (auto& b : module.buffers()) convert(b);
}

}  // namespace fewshot::train
