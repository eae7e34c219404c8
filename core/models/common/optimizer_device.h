// Optimizer state follows the parameters to their device. Checkpoints are read onto the CPU (so a run
// trained on a GPU opens anywhere); the trainers then move their modules to the run's device, and this
// moves Adam's moments there too, which Optimizer::load leaves where the archive put them.
#pragma once
#include <torch/torch.h>

namespace fewshot {

// Moves every tensor of the optimizer's per-parameter state (Adam/AdamW moments, SGD momentum) to
// `device`. Throws std::logic_error for a state type it does not know, rather than leaving it behind.
void moveOptimizerState(torch::optim::Optimizer& optimizer, const torch::Device& device);

}  // namespace fewshot
