// Latent-space helpers for exploring a generator: per-seed latents, interpolation paths and the
// FastGAN "latent scale". FastGAN has no mapping network, so there is no StyleGAN-style truncation
// toward a mean w; the closest honest control is shrinking z toward 0 (scale < 1 lowers variety).
#pragma once
#include <torch/torch.h>

#include <cstdint>
#include <string>
#include <vector>

namespace fewshot::explore {

// One latent (1,nz) per seed, equal to RunSampler::latentsForSeed(seed, 1): seed s is the same
// image in the explorer, in `fewshot mix` and in `fewshot interpolate`.
torch::Tensor latentForSeed(uint64_t seed, int64_t nz);
torch::Tensor latentsForSeeds(const std::vector<uint64_t>& seeds, int64_t nz);  // (N,nz)

// Interpolation between rows a and b (same shape) at t in [0,1].
torch::Tensor lerp(const torch::Tensor& a, const torch::Tensor& b, double t);
// Spherical interpolation row by row; falls back to lerp when the rows are (anti)parallel.
torch::Tensor slerp(const torch::Tensor& a, const torch::Tensor& b, double t);

// z * scale (scale 1 = unchanged, 0 = the all-zero latent). Throws for a negative scale.
torch::Tensor scaleLatents(const torch::Tensor& z, double scale);

struct InterpolationOptions {
  int frames = 60;      // total frames of the path
  bool spherical = false;
  bool loop = false;    // also interpolate from the last key back to the first (seamless loop)
};
// (frames, nz) through the key latents (K,nz), K >= 2, with equal frames per segment (rounded).
// Without `loop` the first and last frames are exactly the first and last keys; with `loop` the
// path stops one step short of the first key so that repeating it has no duplicate frame.
torch::Tensor interpolationPath(const torch::Tensor& keys, const InterpolationOptions& options);

// Fractional position in a list of seeds (the explorer's blend slider): 2.25 between seeds[2] and
// seeds[3] at t = 0.25.
torch::Tensor blendSeeds(const std::vector<uint64_t>& seeds, double position, int64_t nz, bool spherical);

std::vector<uint64_t> parseSeedList(const std::string& text);  // "1,2,5-8"; throws std::invalid_argument

}  // namespace fewshot::explore
