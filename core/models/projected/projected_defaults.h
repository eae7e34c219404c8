// The official Projected GAN hyper-parameters (spec §5, §7) applied to a run configuration, plus the
// CPU-sized variants of the shared presets.
#pragma once
#include <string>

#include "core/train/training_config.h"

namespace fewshot::projected {

// Sets G/D Adam (lr 2e-4, betas (0, 0.99); the trainer applies D's 16/17 rescaling), DiffAugment
// "color,translation,cutout", and widths for `preset` (demo: 64 px narrow, cpu-128, official).
void applyProjectedDefaults(train::TrainingConfig& config, const std::string& preset);

}  // namespace fewshot::projected
