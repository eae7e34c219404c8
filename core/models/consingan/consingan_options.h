// The consingan family's settings and presets (core/config/family_options.h), without LibTorch.
#pragma once
#include "core/config/family_options.h"

namespace fewshot::consingan {

config::FamilyOptions describeOptions();

}  // namespace fewshot::consingan
