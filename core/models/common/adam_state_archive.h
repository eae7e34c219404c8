// Reads an Adam optimizer's saved state in a way that does not depend on the LibTorch version that wrote
// it. LibTorch keys each parameter's state by a printed TensorImpl address: 1.13 prints it in hex ("0x..."),
// 2.x in decimal, and 2.x's own loader parses keys as decimal, so on 2.x every state from a 1.13 archive
// collapses onto one key and most parameters lose their moments. Matching the saved key strings to each
// other (never parsing them) reads both formats in both versions.
#pragma once
#include <torch/torch.h>

namespace fewshot {

// Restores the per-parameter state and the options of every parameter group of `optimizer` from an
// archive written by torch::optim::Adam::save (any LibTorch from 1.5 on). Parameters are matched by
// position within their group. Throws std::runtime_error when the archive's groups, parameter counts or
// moment shapes do not fit the optimizer; the optimizer is left unchanged then.
void loadAdamState(torch::optim::Adam& optimizer, torch::serialize::InputArchive& archive);

}  // namespace fewshot
