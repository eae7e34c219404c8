// The consingan family's descriptor for the family registry (core/models/family_registry.h).
#pragma once
#include "core/models/family_registry.h"

namespace fewshot::consingan {

models::FamilyDescriptor describeFamily();

}  // namespace fewshot::consingan
