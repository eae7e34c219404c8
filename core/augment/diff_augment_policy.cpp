#include "core/augment/diff_augment_policy.h"

#include <sstream>
#include <stdexcept>

namespace fewshot {

DiffAugmentPolicy DiffAugmentPolicy::parse(const std::string& text) {
  DiffAugmentPolicy p;
  p.color = p.translation = p.cutout = false;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    if (item == "color")
      p.color = true;
    else if (item == "translation")
      p.translation = true;
    else if (item == "cutout")
      p.cutout = true;
    else if (!item.empty())
      throw std::invalid_argument("unknown DiffAugment policy '" + item + "' (use color, translation, cutout)");
  }
  return p;
}

std::string DiffAugmentPolicy::toString() const {
  std::string s;
  auto add = [&](bool on, const char* name) {
    if (!on) return;
    if (!s.empty()) s += ",";
    s += name;
  };
  add(color, "color");
  add(translation, "translation");
  add(cutout, "cutout");
  return s;
}

}  // namespace fewshot
