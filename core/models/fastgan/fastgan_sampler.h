// FastGAN's RunSampler: the EMA generator of a checkpoint (trained or imported), rendered with either
// BN mode and a fixed noise stream; the only family with style mixing and the PyTorch / ONNX exports.
#pragma once
#include <memory>

#include "core/explore/run_sampler.h"

namespace fewshot::fastgan {

std::unique_ptr<explore::RunSampler> openSampler(const explore::SamplerCheckpoint& checkpoint,
                                                 const torch::Device& device);

}  // namespace fewshot::fastgan
