// The pggan family's settings and presets (core/config/family_options.h), without LibTorch.
#pragma once
#include "core/config/family_options.h"

namespace fewshot::pggan {

config::FamilyOptions describeOptions();

}  // namespace fewshot::pggan
