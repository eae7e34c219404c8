// Reader for the raw tensor archive written by packaging/convert_efficientnet_weights.py (layout
// documented there): named float32 tensors, no pickle, so LibTorch reads it without Python.
#pragma once
#include <torch/torch.h>

#include <map>
#include <stdexcept>
#include <string>

namespace fewshot::features {

struct TensorArchiveError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Throws TensorArchiveError naming the file and the problem (missing, not an archive, truncated).
std::map<std::string, torch::Tensor> readTensorArchive(const std::string& path);

}  // namespace fewshot::features
