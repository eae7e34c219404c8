#include "core/train/divergence_guard.h"

#include <cmath>
#include <sstream>

namespace fewshot::train {

std::string DivergenceGuard::check(const std::map<std::string, double>& values) {
  double magnitude = 0;
  for (const auto& [name, v] : values) {
    if (!std::isfinite(v)) {
      std::ostringstream out;
      out << name << " is " << v;
      return out.str();
    }
    if (name.rfind("loss", 0) == 0) magnitude += std::abs(v);
  }
  const double floor = 1e-3;  // losses near 0 must not make ordinary values look like a blow-up
  if (blowupFactor_ > 0 && steps_ >= kWarmupSteps && magnitude > blowupFactor_ * std::max(average_, floor)) {
    std::ostringstream out;
    out << "the losses add up to " << magnitude << ", over " << blowupFactor_ << " times their running average "
        << average_;
    return out.str();
  }
  average_ = steps_ == 0 ? magnitude : 0.95 * average_ + 0.05 * magnitude;
  ++steps_;
  return {};
}

}  // namespace fewshot::train
