// ONNX export of a FastGAN generator (the "nice to have"): z (batch, nz) -> image
// (batch, 3, R, R) in [-1, 1], opset 13, for onnxruntime and other ONNX runtimes.
// - BatchNorm uses the running statistics (eval mode). The official samples use batch statistics;
//   a single ONNX inference graph cannot, so this is the explorer's "Running statistics" mode.
// - Spectral norm is folded into the weights (W / sigma with the stored power-iteration vectors).
// - Noise injection stays random (RandomNormalLike), as in the generator; `noise = false` drops it.
#pragma once
#include <cstdint>
#include <string>

#include "core/models/fastgan/fastgan_generator.h"

namespace fewshot::explore {

struct OnnxExportOptions {
  bool noise = true;
};

struct OnnxExportResult {
  int nodes = 0;
  int64_t bytes = 0;
};

// Writes `path` atomically. Throws std::runtime_error naming the file on failure.
OnnxExportResult exportOnnxGenerator(fastgan::Generator& g, const std::string& path,
                                     const OnnxExportOptions& options = {});

}  // namespace fewshot::explore
