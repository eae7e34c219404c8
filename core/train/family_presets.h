// A preset ("demo", "cpu-128", "official") interpreted for a model family, so the studio and the CLI start
// every family from the same sensible defaults (PGGAN's growing schedule, Projected GAN's optimiser and
// widths, ConSinGAN's stages) instead of FastGAN's.
#pragma once
#include <string>

#include "core/train/training_config.h"

namespace fewshot::train {

// Throws std::invalid_argument for an unknown model or preset.
TrainingConfig familyPresetConfig(const std::string& model, const std::string& preset);

}  // namespace fewshot::train
