// How a generator's batch normalisation runs when sampling.
#pragma once

namespace fewshot::explore {

enum class NormMode {
  BatchStatistics,   // train-mode BN, as the official samples (results depend on the batch)
  RunningStatistics  // eval-mode BN: each image depends only on its own latent
};

}  // namespace fewshot::explore
