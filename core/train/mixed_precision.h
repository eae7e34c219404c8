// Mixed precision for training (--precision fp32|bf16|fp16|auto): which precision a run gets on a device,
// the autocast scope around a training step's forward passes, and the fp32 islands inside it.
//
// What stays fp32 inside an autocast step (the convolutions and matrix products run in bf16/fp16):
// spectral-norm power iteration (Fp32Scope in spectral_norm.cpp), losses (the trainers take network
// outputs to fp32 with toFloat32 before a loss), gradient penalties (computed under Fp32Scope), parameters,
// Adam state and EMA (autocast never changes a parameter's dtype), and BN running statistics (buffers stay
// fp32). Rendering, metrics and their features run outside the step, in fp32.
#pragma once
#include <torch/torch.h>

#include <string>

namespace fewshot::train {

enum class Precision { Fp32, Bf16, Fp16 };

// "fp32", "bf16" or "fp16".
const char* precisionName(Precision precision);

// The precision "fp32", "bf16", "fp16" or "auto" gives on `device`. auto: bf16 on CUDA devices with bf16
// convolutions (compute capability 8 and up) and on CPUs with AMX-BF16 or AVX512-BF16, fp32 otherwise.
// Throws std::invalid_argument in the user's words for an unknown name, and for fp16 on the CPU (LibTorch
// 1.13 has no fp16 autocast there, and CPUs gain nothing from it).
Precision resolvePrecision(const std::string& name, const torch::Device& device);

// True when this CPU has AMX-BF16 or AVX512-BF16 (Linux: from /proc/cpuinfo).
bool cpuHasFastBf16();

// Autocast for `device` in `precision` while it lives (nothing for fp32). Nests; restores what it found.
class AutocastScope {
 public:
  AutocastScope(Precision precision, const torch::Device& device);
  ~AutocastScope();
  AutocastScope(const AutocastScope&) = delete;
  AutocastScope& operator=(const AutocastScope&) = delete;

 private:
  bool active_ = false;
  bool cpuWasEnabled_ = false, cudaWasEnabled_ = false;
  at::ScalarType cpuDtype_ = at::kBFloat16, cudaDtype_ = at::kHalf;
};

// Autocast off while it lives, for the fp32 islands of a step (penalties, spectral norm).
class Fp32Scope {
 public:
  Fp32Scope();
  ~Fp32Scope();
  Fp32Scope(const Fp32Scope&) = delete;
  Fp32Scope& operator=(const Fp32Scope&) = delete;

 private:
  bool cpuWasEnabled_ = false, cudaWasEnabled_ = false;
};

// `t` as float32 (itself when it already is): network outputs before a loss.
inline torch::Tensor toFloat32(const torch::Tensor& t) {
  return t.scalar_type() == torch::kFloat32 ? t : t.to(torch::kFloat32);
}

// Puts the module's 4-D parameters and buffers in channels_last layout in place (the tensors stay the
// same objects, so optimizers stay bound to them). Convolutions then run NHWC, which bf16/fp16 kernels
// (cuDNN, oneDNN) prefer.
void useChannelsLast(torch::nn::Module& module);

}  // namespace fewshot::train
