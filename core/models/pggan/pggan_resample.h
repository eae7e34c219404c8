// The three operations that progressive growing relies on (spec §3.4, §6.2): nearest x2 upsampling,
// 2x2 box downsampling and the fade-in blend. Nearest and box are each other's exact left inverse
// (down(up(x)) == x), which is what makes a fade at alpha 0 identical to the previous phase.
#pragma once
#include <torch/torch.h>

namespace fewshot::pggan {

torch::Tensor upsample2(const torch::Tensor& x);
torch::Tensor downsample2(const torch::Tensor& x);
// Box average by `factor` (a power of two): the reals' pyramid level of the current resolution.
torch::Tensor downsampleBy(const torch::Tensor& x, int64_t factor);
// alpha * newPath + (1 - alpha) * oldPath; exactly oldPath at 0 and exactly newPath at 1.
torch::Tensor fadeIn(const torch::Tensor& oldPath, const torch::Tensor& newPath, double alpha);
// The reals during a fade (spec §6.2): lerp(real, up2(down2(real)), 1 - alpha).
torch::Tensor fadeReals(const torch::Tensor& real, double alpha);

}  // namespace fewshot::pggan
