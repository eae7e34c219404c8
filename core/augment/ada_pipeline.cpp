#include "core/augment/ada_pipeline.h"

#include "core/augment/ada_color.h"
#include "core/augment/ada_geometry.h"

namespace fewshot {

torch::Tensor AdaPipeline::apply(const torch::Tensor& images, double p, RandomSource& random, Draws* draws) const {
  if (p <= 0) return images;
  const AdaAugmentOptions& o = options_;
  const int64_t n = images.size(0), c = images.size(1), h = images.size(2), w = images.size(3);
  torch::Tensor x = images;
  if (o.anyGeometry()) {
    torch::Tensor gInv = ada::sampleGeometry(o, p, n, w, h, random);
    x = ada::applyGeometry(x, gInv, o.supersampled);
    if (draws) draws->geometry = gInv;
  }
  if (o.anyColor()) {
    torch::Tensor C = ada::sampleColor(o, p, n, c, random);
    x = ada::applyColor(x, C);
    if (draws) draws->color = C;
  }
  if (o.imgfilter > 0) x = ada::applyImageFilter(x, o, p, random);
  if (o.noise > 0) x = ada::applyNoise(x, o, p, random);
  if (o.cutout > 0) x = ada::applyCutout(x, o, p, random);
  return x;
}

}  // namespace fewshot
