// Which DiffAugment transforms run, parsed from FastGAN's policy text ("color,translation"). Kept apart
// from the transforms so that settings can be checked without LibTorch.
#pragma once
#include <string>

namespace fewshot {

struct DiffAugmentPolicy {
  bool color = true;
  bool translation = true;
  bool cutout = false;
  double translationRatio = 0.125;
  double cutoutRatio = 0.5;

  // "color,translation" (FastGAN's default), "color,translation,cutout", "" for none.
  static DiffAugmentPolicy parse(const std::string& text);
  std::string toString() const;
  bool any() const { return color || translation || cutout; }
};

}  // namespace fewshot
