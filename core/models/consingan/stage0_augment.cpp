#include "core/models/consingan/stage0_augment.h"

#include <algorithm>
#include <cmath>

namespace fewshot::consingan {
namespace {

double uniform(RandomSource& r, double lo, double hi) {
  return lo + (hi - lo) * r.rand({1}, torch::kCPU).item<double>();
}
bool chance(RandomSource& r, double p) { return r.rand({1}, torch::kCPU).item<double>() < p; }

// x: (3,H,W) in 0..255.
torch::Tensor hsvJitter(const torch::Tensor& x, RandomSource& random) {
  // A sane HSV jitter on 0..255 RGB (the reference's float-array version is numerically odd, spec §8.2).
  torch::Tensor rgb = x / 255.0;
  torch::Tensor maxc = std::get<0>(rgb.max(0)), minc = std::get<0>(rgb.min(0));
  torch::Tensor delta = maxc - minc;
  torch::Tensor r = rgb[0], g = rgb[1], b = rgb[2];
  torch::Tensor safe = delta.clamp_min(1e-8);
  torch::Tensor h = torch::where(maxc == r, ((g - b) / safe).remainder(6.0),
                                 torch::where(maxc == g, (b - r) / safe + 2.0, (r - g) / safe + 4.0));
  h = torch::where(delta > 0, h * 60.0, torch::zeros_like(h));
  torch::Tensor s = torch::where(maxc > 0, delta / maxc.clamp_min(1e-8), torch::zeros_like(maxc));
  torch::Tensor v = maxc;
  h = (h + uniform(random, -20, 20)).remainder(360.0);
  s = (s + uniform(random, -30, 30) / 255.0).clamp(0, 1);
  v = (v + uniform(random, -20, 20) / 255.0).clamp(0, 1);
  torch::Tensor c = v * s, hp = h / 60.0;
  torch::Tensor xx = c * (1 - (hp.remainder(2.0) - 1).abs());
  torch::Tensor zero = torch::zeros_like(c);
  torch::Tensor sector = hp.floor().clamp(0, 5);
  auto pick = [&](std::array<torch::Tensor, 6> options) {
    torch::Tensor out = options[5];
    for (int i = 4; i >= 0; --i) out = torch::where(sector == i, options[i], out);
    return out;
  };
  torch::Tensor r1 = pick({c, xx, zero, zero, xx, c});
  torch::Tensor g1 = pick({xx, c, c, xx, zero, zero});
  torch::Tensor b1 = pick({zero, zero, xx, c, c, xx});
  torch::Tensor m = v - c;
  return torch::stack({r1 + m, g1 + m, b1 + m}) * 255.0;
}

torch::Tensor photometric(torch::Tensor x, RandomSource& random) {
  const int64_t H = x.size(1), W = x.size(2);
  const double group = uniform(random, 0, 1);
  if (group < 0.3125) {
    const double kind = uniform(random, 0, 1);
    if (kind < 1.0 / 6) return x * (random.rand({3, H, W}, torch::kCPU) + 0.5);
    if (kind < 1.0 / 6 + 5.0 / 12) return x + random.randn({1, H, W}, torch::kCPU) * uniform(random, 2.55, 12.75);
    return x + random.randn({3, H, W}, torch::kCPU) * std::sqrt(uniform(random, 10, 50));
  }
  if (group < 0.625) {
    if (chance(random, 0.5)) return 255.0 - x;
    const torch::Tensor sepia = torch::tensor({0.393, 0.769, 0.189, 0.349, 0.686, 0.168, 0.272, 0.534, 0.131},
                                              torch::kFloat32).view({3, 3});
    return torch::matmul(sepia, x.reshape({3, -1})).reshape({3, H, W});
  }
  if (group < 0.9375) {
    if (chance(random, 0.5)) {
      x = x.clone();
      x[random.randint(0, 3)].zero_();
      return x;
    }
    return x.index_select(0, random.rand({3}, torch::kCPU).argsort());  // a random permutation
  }
  return hsvJitter(x, random);
}

// The official Cutout(num_holes, max_h_size, max_w_size, fill_value, p=0.9) of functions.py's Augment:
// one or two holes (Python's randint(1, 2)), one size for all of them drawn per call, 30..60 px for one hole
// and 15..30 px for two (inclusive), one random colour with components 0..256. Spec consingan.md §8.2 reads
// as a size per hole spanning ±size/2 around its centre; the official code (albumentations) wins: one size
// per call, placed by cutoutBox().
torch::Tensor cutout(torch::Tensor x, RandomSource& random) {
  const int64_t H = x.size(1), W = x.size(2);
  torch::Tensor colour = random.randint(0, 257, {3, 1, 1}, torch::kCPU).to(torch::kFloat32);
  const int holes = static_cast<int>(random.randint(1, 3));
  const int64_t lo = holes == 2 ? 15 : 30, hi = holes == 2 ? 30 : 60;
  const int64_t sizeH = random.randint(lo, hi + 1), sizeW = random.randint(lo, hi + 1);
  x = x.clone();
  for (int i = 0; i < holes; ++i) {
    const int64_t cy = random.randint(0, H + 1), cx = random.randint(0, W + 1);
    const CutoutBox b = cutoutBox(H, W, cy, cx, sizeH, sizeW);
    if (b.y1 > b.y0 && b.x1 > b.x0)
      x.slice(1, b.y0, b.y1).slice(2, b.x0, b.x1).copy_(colour.expand({3, b.y1 - b.y0, b.x1 - b.x0}));
  }
  return x;
}

// Runs written before the official cutout: a size per hole, spanning ±size/2 around its centre.
torch::Tensor centredCutout(torch::Tensor x, RandomSource& random) {
  const int64_t H = x.size(1), W = x.size(2);
  const bool oneHole = chance(random, 0.5);
  const int holes = oneHole ? 1 : 2;
  const int lo = oneHole ? 30 : 15, hi = oneHole ? 60 : 30;
  torch::Tensor colour = random.randint(0, 257, {3, 1, 1}, torch::kCPU).to(torch::kFloat32);
  x = x.clone();
  for (int i = 0; i < holes; ++i) {
    const int64_t h = random.randint(lo, hi + 1), w = random.randint(lo, hi + 1);
    const int64_t cy = random.randint(0, H), cx = random.randint(0, W);
    const int64_t y0 = std::max<int64_t>(0, cy - h / 2), y1 = std::min<int64_t>(H, cy + h / 2);
    const int64_t x0 = std::max<int64_t>(0, cx - w / 2), x1 = std::min<int64_t>(W, cx + w / 2);
    if (y1 > y0 && x1 > x0) x.slice(1, y0, y1).slice(2, x0, x1).copy_(colour.expand({3, y1 - y0, x1 - x0}));
  }
  return x;
}

}  // namespace

CutoutBox cutoutBox(int64_t height, int64_t width, int64_t cy, int64_t cx, int64_t sizeH, int64_t sizeW) {
  CutoutBox b;
  b.y0 = std::clamp<int64_t>(cy - sizeH / 2, 0, height);
  b.y1 = std::clamp<int64_t>(b.y0 + sizeH, 0, height);
  b.x0 = std::clamp<int64_t>(cx - sizeW / 2, 0, width);
  b.x1 = std::clamp<int64_t>(b.x0 + sizeW, 0, width);
  return b;
}

torch::Tensor harmonizationAugment(const torch::Tensor& coarsest, RandomSource& random, bool albumentationsCutout) {
  const torch::Device device = coarsest.device();
  torch::Tensor x = (coarsest.detach().to(torch::kCPU)[0] + 1) / 2 * 255.0;
  if (chance(random, 0.25)) x = photometric(x, random);
  if (chance(random, 0.9)) x = albumentationsCutout ? cutout(x, random) : centredCutout(x, random);
  return (x / 255.0 * 2 - 1).clamp(-1, 1).unsqueeze(0).to(device);
}

torch::Tensor editingAugment(const torch::Tensor& coarsest, RandomSource& random) {
  const torch::Device device = coarsest.device();
  const torch::Tensor original = coarsest.detach().to(torch::kCPU)[0];
  torch::Tensor out = original.clone();
  const int64_t H = original.size(1), W = original.size(2);
  const int tiles = static_cast<int>(random.randint(1, 6));
  double sideLo = 0.10, sideHi = 0.15, shiftLo = 0.05, shiftHi = 0.10;
  if (tiles == 1) sideLo = 0.20, sideHi = 0.50, shiftHi = 0.15;
  else if (tiles == 2) sideLo = 0.15, sideHi = 0.30;
  else if (tiles == 3) sideLo = 0.10, sideHi = 0.20;
  for (int t = 0; t < tiles; ++t) {
    const int64_t y0 = random.randint(0, H + 1), x0 = random.randint(0, W + 1);
    const int64_t h = std::min<int64_t>(static_cast<int64_t>(uniform(random, sideLo, sideHi) * H), H - y0);
    const int64_t w = std::min<int64_t>(static_cast<int64_t>(uniform(random, sideLo, sideHi) * W), W - x0);
    int64_t ty = static_cast<int64_t>(uniform(random, shiftLo, shiftHi) * H);
    int64_t tx = static_cast<int64_t>(uniform(random, shiftLo, shiftHi) * W);
    int64_t dy, dx;
    if (chance(random, 0.5)) {
      dy = std::max<int64_t>(0, y0 - ty);
      dx = std::max<int64_t>(0, x0 - tx);
    } else {
      dy = std::min<int64_t>(y0 + ty, H - h);
      dx = std::min<int64_t>(x0 + tx, W - w);
    }
    if (h <= 0 || w <= 0 || dy < 0 || dx < 0) continue;
    out.slice(1, dy, dy + h).slice(2, dx, dx + w).copy_(original.slice(1, y0, y0 + h).slice(2, x0, x0 + w));
  }
  out = out + random.randn({3, H, W}, torch::kCPU) * 0.1;
  return out.unsqueeze(0).to(device);
}

}  // namespace fewshot::consingan
