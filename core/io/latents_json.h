// Latents as JSON, so a set of images can be regenerated elsewhere:
// {"nz": 256, "latent_scale": 1.0, "latents": [{"seed": 7, "z": [...]}, ...]}.
#pragma once
#include <torch/torch.h>

#include <cstdint>
#include <string>
#include <vector>

namespace fewshot::io {

struct LatentSet {
  torch::Tensor z;                // (N,nz) float
  std::vector<int64_t> seeds;     // one per row, -1 when the latent came from no seed (blends)
  double latentScale = 1.0;       // recorded; z is stored unscaled
};

void writeLatentsJson(const LatentSet& set, const std::string& path);
std::string latentsJsonText(const LatentSet& set);  // the file's content
// Throws std::runtime_error naming the file for malformed content.
LatentSet readLatentsJson(const std::string& path);

}  // namespace fewshot::io
