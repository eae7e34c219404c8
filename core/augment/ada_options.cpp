#include "core/augment/ada_options.h"

#include <stdexcept>

namespace fewshot {

AdaAugmentOptions AdaAugmentOptions::preset(const std::string& name) {
  AdaAugmentOptions o;
  auto has = [&](const std::string& groups, char g) { return groups.find(g) != std::string::npos; };
  std::string groups;
  if (name == "blit") groups = "b";
  else if (name == "geom") groups = "g";
  else if (name == "color") groups = "c";
  else if (name == "filter") groups = "f";
  else if (name == "noise") groups = "n";
  else if (name == "cutout") groups = "x";
  else if (name == "bg") groups = "bg";
  else if (name == "bgc") groups = "bgc";
  else if (name == "bgcf") groups = "bgcf";
  else if (name == "bgcfn") groups = "bgcfn";
  else if (name == "bgcfnc") groups = "bgcfnx";
  else
    throw std::invalid_argument("unknown ADA preset '" + name +
                                "' (blit, geom, color, filter, noise, cutout, bg, bgc, bgcf, bgcfn, bgcfnc)");
  if (has(groups, 'b')) o.xflip = o.rotate90 = o.xint = 1;
  if (has(groups, 'g')) o.scale = o.rotate = o.aniso = o.xfrac = 1;
  if (has(groups, 'c')) o.brightness = o.contrast = o.lumaflip = o.hue = o.saturation = 1;
  if (has(groups, 'f')) o.imgfilter = 1;
  if (has(groups, 'n')) o.noise = 1;
  if (has(groups, 'x')) o.cutout = 1;
  return o;
}

void to_json(nlohmann::json& j, const AdaAugmentOptions& o) {
  j = {{"xflip", o.xflip}, {"rotate90", o.rotate90}, {"xint", o.xint}, {"scale", o.scale}, {"rotate", o.rotate},
       {"aniso", o.aniso}, {"xfrac", o.xfrac}, {"brightness", o.brightness}, {"contrast", o.contrast},
       {"lumaflip", o.lumaflip}, {"hue", o.hue}, {"saturation", o.saturation}, {"imgfilter", o.imgfilter},
       {"noise", o.noise}, {"cutout", o.cutout}, {"supersampled", o.supersampled}};
}

void from_json(const nlohmann::json& j, AdaAugmentOptions& o) {
  o.xflip = j.value("xflip", o.xflip);
  o.rotate90 = j.value("rotate90", o.rotate90);
  o.xint = j.value("xint", o.xint);
  o.scale = j.value("scale", o.scale);
  o.rotate = j.value("rotate", o.rotate);
  o.aniso = j.value("aniso", o.aniso);
  o.xfrac = j.value("xfrac", o.xfrac);
  o.brightness = j.value("brightness", o.brightness);
  o.contrast = j.value("contrast", o.contrast);
  o.lumaflip = j.value("lumaflip", o.lumaflip);
  o.hue = j.value("hue", o.hue);
  o.saturation = j.value("saturation", o.saturation);
  o.imgfilter = j.value("imgfilter", o.imgfilter);
  o.noise = j.value("noise", o.noise);
  o.cutout = j.value("cutout", o.cutout);
  o.supersampled = j.value("supersampled", o.supersampled);
}

}  // namespace fewshot
