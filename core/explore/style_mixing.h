// Style mixing through FastGAN's skip-layer excitation (spec §10). Two recipes:
// - official (scripts/style_mix.py): structure from content latent A up to 64 px *without* the 4->64
//   gate, style from latent B's 8/16/32 px maps through the 128/256/512 gates, train-mode BN, one
//   batch per row of identical feat_64 copies. Reproduced quirks included (no gate 64, no tanh).
// - per-gate (ours): every SLE gate (64, 128, 256, 512) takes its low-resolution input from A or B,
//   with either BN mode; all gates from A is plain sampling of A.
#pragma once
#include <torch/torch.h>

#include "core/explore/sampling_scope.h"
#include "core/explore/style_mix_options.h"
#include "core/models/fastgan/fastgan_generator.h"

namespace fewshot::explore {

// (N*M,3,R,R), image i*M+j mixes content row i with style row j.
torch::Tensor mixPerGate(fastgan::Generator& g, const torch::Tensor& content, const torch::Tensor& style,
                         const GateSources& sources, NormMode mode, uint64_t noiseSeed);

// Official recipe: (N*M,3,R,R) in the same order; always batch statistics.
torch::Tensor mixOfficial(fastgan::Generator& g, const torch::Tensor& content, const torch::Tensor& style,
                          uint64_t noiseSeed);

// The paper's figure as ((N+1)*(M+1),3,R,R) for a grid of M+1 columns: a blank (white) corner,
// plain style images along the top, plain content images down the left, mixes inside.
torch::Tensor styleMixGrid(const torch::Tensor& plainContent, const torch::Tensor& plainStyle,
                           const torch::Tensor& mixes);

}  // namespace fewshot::explore
