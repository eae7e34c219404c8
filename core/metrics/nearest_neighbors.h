// Memorization check: for each generated sample, the closest training image in feature space.
// A few-shot GAN that copies its training set shows near-zero distances.
#pragma once
#include <torch/torch.h>

#include "core/data/image_u8.h"

namespace fewshot::metrics {

struct NearestNeighbors {
  torch::Tensor indices;    // (Ng) long: index into the real set
  torch::Tensor distances;  // (Ng) float64: Euclidean feature distance
};

NearestNeighbors nearestNeighbors(const torch::Tensor& generatedFeatures, const torch::Tensor& realFeatures);

// Rows of [sample | nearest training image]; samples (B,3,H,W) in [-1,1], reals (N,3,H,W) in [-1,1].
data::ImageU8 nearestNeighborSheet(const torch::Tensor& samples, const torch::Tensor& reals,
                                   const NearestNeighbors& nn, int maxRows = 8);

}  // namespace fewshot::metrics
