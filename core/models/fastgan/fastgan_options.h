// The fastgan family's settings and presets (core/config/family_options.h), without LibTorch.
#pragma once
#include "core/config/family_options.h"

namespace fewshot::fastgan {

config::FamilyOptions describeOptions();

}  // namespace fewshot::fastgan
