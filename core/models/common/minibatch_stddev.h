// Minibatch standard deviation (PGGAN spec §3.3): the batch is split into groups of G = min(groupSize, N)
// samples with strided membership (sample n belongs to group n mod N/G); per group, the population
// standard deviation over its members of every feature, averaged over channels and pixels, gives one
// scalar, appended as a constant extra feature map: (N, C, H, W) -> (N, C + 1, H, W). Computed in fp32.
#pragma once
#include <torch/torch.h>

namespace fewshot {

// Throws std::invalid_argument when N is not divisible by min(groupSize, N).
torch::Tensor minibatchStddev(const torch::Tensor& x, int64_t groupSize = 4);

}  // namespace fewshot
