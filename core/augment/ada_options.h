// Which augmentations the ADA pipeline may apply (probability multipliers, spec §3) and their
// parameter ranges, with the official presets (spec §8).
#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace fewshot {

struct AdaAugmentOptions {
  // Probability multipliers (0 or 1 in every preset).
  double xflip = 0, rotate90 = 0, xint = 0;                           // pixel blitting
  double scale = 0, rotate = 0, aniso = 0, xfrac = 0;                 // general geometry
  double brightness = 0, contrast = 0, lumaflip = 0, hue = 0, saturation = 0;  // colour
  double imgfilter = 0, noise = 0, cutout = 0;

  // Parameter ranges (the AugmentPipe defaults).
  double xintMax = 0.125, scaleStd = 0.2, rotateMax = 1.0, anisoStd = 0.2, xfracStd = 0.125;
  double brightnessStd = 0.2, contrastStd = 0.5, hueMax = 1.0, saturationStd = 1.0;
  double imgfilterStd = 1.0, noiseStd = 0.1, cutoutSize = 0.5;

  // Resample geometry at 2x with the sym6 filter (official) instead of one reflect grid_sample.
  bool supersampled = false;

  // blit, geom, color, filter, noise, cutout, bg, bgc (default), bgcf, bgcfn, bgcfnc. Throws on others.
  static AdaAugmentOptions preset(const std::string& name);
  bool anyGeometry() const { return xflip || rotate90 || xint || scale || rotate || aniso || xfrac; }
  bool anyColor() const { return brightness || contrast || lumaflip || hue || saturation; }
};

void to_json(nlohmann::json& j, const AdaAugmentOptions& o);
void from_json(const nlohmann::json& j, AdaAugmentOptions& o);

}  // namespace fewshot
