// The registered model families, in the order the studio and `--help` list them. Adding a family:
// a folder core/models/<family>/ with its <family>_family.cpp, and one line here.
#include "core/models/consingan/consingan_family.h"
#include "core/models/family_registry.h"
#include "core/models/fastgan/fastgan_family.h"
#include "core/models/pggan/pggan_family.h"
#include "core/models/projected/projected_family.h"

namespace fewshot::models {

const std::vector<FamilyDescriptor>& families() {
  static const std::vector<FamilyDescriptor> all = {
      fastgan::describeFamily(),
      projected::describeFamily(),
      consingan::describeFamily(),
      pggan::describeFamily(),
  };
  return all;
}

}  // namespace fewshot::models
