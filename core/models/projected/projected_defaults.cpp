#include "core/models/projected/projected_defaults.h"

namespace fewshot::projected {

void applyProjectedDefaults(train::TrainingConfig& c, const std::string& preset) {
  c.model = "projected";
  c.lrG = c.lrD = 2e-4;
  c.beta1 = 0.0;
  c.beta2 = 0.99;
  c.diffAugmentPolicy = "color,translation,cutout";
  if (preset == "demo") {
    // Minutes on a 2-core CPU; the frozen EfficientNet still runs at 224 px, so it dominates.
    c.projected.ngf = 16;
    c.projected.ndf = 16;
    c.projected.cout = 32;
  } else if (preset == "cpu-128") {
    c.projected.ngf = 32;
    c.projected.ndf = 32;
  }
}

}  // namespace fewshot::projected
