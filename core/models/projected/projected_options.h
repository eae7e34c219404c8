// The projected family's settings and presets (core/config/family_options.h), without LibTorch.
#pragma once
#include "core/config/family_options.h"

namespace fewshot::projected {

config::FamilyOptions describeOptions();

}  // namespace fewshot::projected
