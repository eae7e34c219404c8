// Calibration of the EfficientNet perceptual distance to LPIPS-VGG's scale. LPIPS gets its scale from
// learned per-channel weights (trained on human judgements) that exist only for VGG/AlexNet/Squeeze; with
// uniform weights our four taps sum to about 20 per pair, where LPIPS-VGG is mostly below 1. Without
// human judgements for EfficientNet features, the principled substitute is the data itself: each tap is
// divided by its mean distance over pairs of distinct real images of the dataset, and the taps are
// averaged, so two unrelated real images are 1 apart on average (each tap contributing equally) and a
// good reconstruction far below 1: the range LPIPS-VGG spans, whatever the dataset or the resolution.
#pragma once
#include <torch/torch.h>

#include <vector>

#include "core/features/perceptual_distance.h"

namespace fewshot::features {

// Per tap, the mean distance over all pairs (i, j), i != j, of `reals` ((N,3,H,W) in [-1,1], N >= 2),
// computed without autograd. (K) float64 on the CPU.
torch::Tensor meanTapDistancesOverPairs(PerceptualDistance& distance, const torch::Tensor& reals);

// The calibrated distance of per-tap distances (tapDistances): sum_k d_k / (K * tapMeans_k). (B)
torch::Tensor calibratedDistance(const std::vector<torch::Tensor>& tapDistances, const std::vector<double>& tapMeans);

}  // namespace fewshot::features
