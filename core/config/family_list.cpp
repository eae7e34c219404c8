// The families' settings, in the order the studio and `--help` list them. Adding a family: its folder
// core/models/<family>/ with <family>_options.cpp (settings, presets) and <family>_family.cpp (trainer,
// sampler), one line here and one in core/models/families.cpp.
#include "core/config/family_options.h"
#include "core/models/consingan/consingan_options.h"
#include "core/models/fastgan/fastgan_options.h"
#include "core/models/pggan/pggan_options.h"
#include "core/models/projected/projected_options.h"

namespace fewshot::config {

const std::vector<FamilyOptions>& allFamilyOptions() {
  static const std::vector<FamilyOptions> all = {
      fastgan::describeOptions(),
      projected::describeOptions(),
      consingan::describeOptions(),
      pggan::describeOptions(),
  };
  return all;
}

}  // namespace fewshot::config
