// Tells a diverging training step from a normal one: a non-finite logged value, or losses far above
// their running average (a GAN's losses swing, so the factor is generous: 1000 by default).
#pragma once
#include <map>
#include <string>

namespace fewshot::train {

class DivergenceGuard {
 public:
  explicit DivergenceGuard(double blowupFactor) : blowupFactor_(blowupFactor) {}

  // Empty for a healthy step (and then it joins the running average); else what went wrong.
  std::string check(const std::map<std::string, double>& values);

 private:
  static constexpr int kWarmupSteps = 20;  // the first steps of a run set the scale, they are not judged by it
  double blowupFactor_;
  double average_ = 0;
  int steps_ = 0;
};

}  // namespace fewshot::train
