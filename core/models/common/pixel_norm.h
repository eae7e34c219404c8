// Pixelwise feature normalisation (PGGAN spec §3.2): every pixel's feature vector divided by its RMS
// over channels, x / sqrt(mean_c x^2 + eps). No parameters. For (N, C) inputs it normalises each row
// (the latent normalisation of z).
#pragma once
#include <torch/torch.h>

namespace fewshot {

torch::Tensor pixelNorm(const torch::Tensor& x, double eps = 1e-8);

}  // namespace fewshot
