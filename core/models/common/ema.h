// The exponential moving average of a generator (G_ema, which every family samples from) and the
// buffer copy that goes with it.
#pragma once
#include <torch/torch.h>

namespace fewshot {

// ema = decay * ema + (1 - decay) * source, parameter by parameter (same architecture, same order).
void updateEmaParameters(torch::nn::Module& ema, torch::nn::Module& source, double decay);
// Copies every buffer of `from` (BN running statistics, SN vectors) into the same-named buffer of `to`.
void copyBuffers(torch::nn::Module& from, torch::nn::Module& to);

}  // namespace fewshot
