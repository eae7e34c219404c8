// Data-parallel arithmetic over Collectives, in flat buckets (one collective per ~25 MB rather than one
// per tensor, as the official StyleGAN2-ADA training loop does): gradients averaged after each backward,
// and rank 0's parameters and buffers copied to every rank at the start.
#pragma once
#include <torch/torch.h>

#include <vector>

#include "core/distributed/collectives.h"

namespace fewshot::distributed {

constexpr int64_t kDefaultBucketBytes = 25 << 20;

// Every rank passes the same parameters in the same order; a parameter without a gradient on this rank
// counts as a zero gradient, so that all ranks reduce the same layout.
void averageGradients(Collectives& collectives, const std::vector<torch::Tensor>& parameters,
                      int64_t bucketBytes = kDefaultBucketBytes);

// Rank 0's values of the tensors (parameters and buffers) on every rank.
void broadcastFromMain(Collectives& collectives, const std::vector<torch::Tensor>& tensors,
                       int64_t bucketBytes = kDefaultBucketBytes);
void broadcastFromMain(Collectives& collectives, torch::nn::Module& module);

}  // namespace fewshot::distributed
