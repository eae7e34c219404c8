#include "core/augment/ada_geometry.h"

#include <cmath>

namespace fewshot::ada {
namespace F = torch::nn::functional;
using torch::indexing::Slice;

namespace {

torch::Tensor matrix3(const std::vector<torch::Tensor>& entries) {  // 9 tensors of shape (N), row-major
  return torch::stack(entries, 1).view({-1, 3, 3});
}

// Gate: parameter where rand < prob, identity value elsewhere.
torch::Tensor gate(const torch::Tensor& value, const torch::Tensor& identity, double prob, RandomSource& random) {
  torch::Tensor open = random.rand({value.size(0)}, torch::kCPU) < prob;
  return torch::where(open, value, identity);
}

// 1-D separable filtering with weight `taps` (a true convolution when `flip` is set).
torch::Tensor filterSeparable(const torch::Tensor& x, torch::Tensor taps, bool flip) {
  if (flip) taps = taps.flip({0});
  const int64_t c = x.size(1), k = taps.size(0);
  torch::Tensor wx = taps.view({1, 1, 1, k}).repeat({c, 1, 1, 1}).to(x.options());
  torch::Tensor wy = taps.view({1, 1, k, 1}).repeat({c, 1, 1, 1}).to(x.options());
  return F::conv2d(F::conv2d(x, wx, F::Conv2dFuncOptions().groups(c)), wy, F::Conv2dFuncOptions().groups(c));
}

}  // namespace

torch::Tensor translate2d(const torch::Tensor& tx, const torch::Tensor& ty) {
  auto o = torch::ones_like(tx), z = torch::zeros_like(tx);
  return matrix3({o, z, tx, z, o, ty, z, z, o});
}

torch::Tensor scale2d(const torch::Tensor& sx, const torch::Tensor& sy) {
  auto o = torch::ones_like(sx), z = torch::zeros_like(sx);
  return matrix3({sx, z, z, z, sy, z, z, z, o});
}

torch::Tensor rotate2d(const torch::Tensor& theta) {
  auto o = torch::ones_like(theta), z = torch::zeros_like(theta), c = torch::cos(theta), s = torch::sin(theta);
  return matrix3({c, -s, z, s, c, z, z, z, o});
}

torch::Tensor sampleGeometry(const AdaAugmentOptions& o, double p, int64_t n, int64_t width, int64_t height,
                             RandomSource& random) {
  auto cpu = torch::kCPU;
  const torch::Tensor zeros = torch::zeros({n}), ones = torch::ones({n});
  torch::Tensor gInv = torch::eye(3).expand({n, 3, 3}).contiguous();
  if (o.xflip > 0) {
    torch::Tensor i = gate(random.randint(0, 2, {n}, cpu).to(torch::kFloat32), zeros, o.xflip * p, random);
    gInv = gInv.bmm(scale2d(1 - 2 * i, ones));
  }
  if (o.rotate90 > 0) {
    torch::Tensor i = gate(random.randint(0, 4, {n}, cpu).to(torch::kFloat32), zeros, o.rotate90 * p, random);
    gInv = gInv.bmm(rotate2d(i * (M_PI / 2)));
  }
  if (o.xint > 0) {
    torch::Tensor t = (random.rand({n, 2}, cpu) * 2 - 1) * o.xintMax;
    torch::Tensor open = (random.rand({n}, cpu) < o.xint * p).unsqueeze(1);
    t = torch::where(open, t, torch::zeros_like(t));
    gInv = gInv.bmm(translate2d(-torch::round(t.select(1, 0) * width), -torch::round(t.select(1, 1) * height)));
  }
  if (o.scale > 0) {
    torch::Tensor s = gate(torch::exp2(random.randn({n}, cpu) * o.scaleStd), ones, o.scale * p, random);
    gInv = gInv.bmm(scale2d(1 / s, 1 / s));
  }
  const double pRot = 1 - std::sqrt(std::min(std::max(1 - o.rotate * p, 0.0), 1.0));
  auto rotation = [&] {
    torch::Tensor theta = gate((random.rand({n}, cpu) * 2 - 1) * M_PI * o.rotateMax, zeros, pRot, random);
    gInv = gInv.bmm(rotate2d(theta));
  };
  if (o.rotate > 0) rotation();
  if (o.aniso > 0) {
    torch::Tensor s = gate(torch::exp2(random.randn({n}, cpu) * o.anisoStd), ones, o.aniso * p, random);
    gInv = gInv.bmm(scale2d(1 / s, s));
  }
  if (o.rotate > 0) rotation();
  if (o.xfrac > 0) {
    torch::Tensor t = random.randn({n, 2}, cpu) * o.xfracStd;
    torch::Tensor open = (random.rand({n}, cpu) < o.xfrac * p).unsqueeze(1);
    t = torch::where(open, t, torch::zeros_like(t));
    gInv = gInv.bmm(translate2d(-t.select(1, 0) * width, -t.select(1, 1) * height));
  }
  return gInv;
}

torch::Tensor sym6Filter() {
  static const double taps[] = {0.015404109327027373, 0.0034907120842174702, -0.11799011114819057,
                                -0.048311742585633,   0.4910559419267466,    0.787641141030194,
                                0.3379294217276218,   -0.07263752278646252,  -0.021060292512300564,
                                0.04472490177066578,  0.0017677118642428036, -0.007800708325034148};
  torch::Tensor f = torch::tensor(std::vector<double>(std::begin(taps), std::end(taps)), torch::kFloat32);
  return f / f.sum();
}

torch::Tensor upsample2x(const torch::Tensor& x, const torch::Tensor& filter, int64_t pad0, int64_t pad1) {
  const int64_t n = x.size(0), c = x.size(1), h = x.size(2), w = x.size(3);
  torch::Tensor z = x.reshape({n, c, h, 1, w, 1});
  z = torch::constant_pad_nd(z, {0, 1, 0, 0, 0, 1}).reshape({n, c, h * 2, w * 2});  // zero insertion
  z = torch::constant_pad_nd(z, {pad0, pad1, pad0, pad1});
  return filterSeparable(z, filter * 2, /*flip=*/true);  // gain 2 per axis
}

torch::Tensor downsample2x(const torch::Tensor& x, const torch::Tensor& filter, int64_t pad0, int64_t pad1) {
  torch::Tensor z = x;
  if (pad0 < 0 || pad1 < 0) {
    const int64_t h = z.size(2), w = z.size(3);
    z = z.index({Slice(), Slice(), Slice(-std::min<int64_t>(pad0, 0), h + std::min<int64_t>(pad1, 0)),
                 Slice(-std::min<int64_t>(pad0, 0), w + std::min<int64_t>(pad1, 0))});
  }
  z = torch::constant_pad_nd(z, {std::max<int64_t>(pad0, 0), std::max<int64_t>(pad1, 0), std::max<int64_t>(pad0, 0),
                                 std::max<int64_t>(pad1, 0)});
  z = filterSeparable(z, filter, /*flip=*/false);
  return z.index({Slice(), Slice(), Slice(torch::indexing::None, torch::indexing::None, 2),
                  Slice(torch::indexing::None, torch::indexing::None, 2)});
}

torch::Tensor applyGeometry(const torch::Tensor& images, const torch::Tensor& gInvCpu, bool supersampled) {
  const int64_t n = images.size(0), c = images.size(1), h = images.size(2), w = images.size(3);
  torch::Tensor gInv = gInvCpu.to(torch::kFloat32);
  const auto wd = static_cast<double>(w), hd = static_cast<double>(h);
  auto full = [&](double v) { return torch::full({n}, v); };
  if (!supersampled) {
    torch::Tensor theta = scale2d(full(2 / wd), full(2 / hd)).bmm(gInv).bmm(scale2d(full(wd / 2), full(hd / 2)));
    theta = theta.index({Slice(), Slice(0, 2), Slice()}).to(images.device());
    torch::Tensor grid = F::affine_grid(theta, {n, c, h, w}, /*align_corners=*/false);
    return F::grid_sample(
        images, grid,
        F::GridSampleFuncOptions().mode(torch::kBilinear).padding_mode(torch::kReflection).align_corners(false));
  }
  // Official path: reflect-pad by the batch's largest overshoot, upsample 2x, sample, downsample 2x.
  const int64_t hzPad = 3;  // 12-tap filter / 4
  const double cx = (wd - 1) / 2, cy = (hd - 1) / 2;
  torch::Tensor corners =
      torch::tensor({-cx, -cy, 1.0, cx, -cy, 1.0, cx, cy, 1.0, -cx, cy, 1.0}, torch::kFloat32).view({4, 3});
  torch::Tensor cp = torch::matmul(gInv, corners.t());  // (N,3,4)
  torch::Tensor margin = cp.index({Slice(), Slice(0, 2), Slice()}).permute({1, 0, 2}).flatten(1);  // (2, N*4)
  margin = std::get<0>(torch::cat({-margin, margin}).max(1));  // x0, y0, x1, y1
  margin = margin + torch::tensor({2 * hzPad - cx, 2 * hzPad - cy, 2 * hzPad - cx, 2 * hzPad - cy}, torch::kFloat32);
  margin = margin.clamp_min(0);
  margin = torch::min(margin, torch::tensor({wd - 1, hd - 1, wd - 1, hd - 1}, torch::kFloat32)).ceil();
  const int64_t mx0 = margin[0].item<int64_t>(), my0 = margin[1].item<int64_t>();
  const int64_t mx1 = margin[2].item<int64_t>(), my1 = margin[3].item<int64_t>();
  torch::Tensor x = F::pad(images, F::PadFuncOptions({mx0, mx1, my0, my1}).mode(torch::kReflect));
  gInv = translate2d(full((mx0 - mx1) / 2.0), full((my0 - my1) / 2.0)).bmm(gInv);

  const torch::Tensor filter = sym6Filter();
  x = upsample2x(x, filter, 6, 5);
  gInv = scale2d(full(2), full(2)).bmm(gInv).bmm(scale2d(full(0.5), full(0.5)));
  gInv = translate2d(full(-0.5), full(-0.5)).bmm(gInv).bmm(translate2d(full(0.5), full(0.5)));

  const int64_t outH = (h + hzPad * 2) * 2, outW = (w + hzPad * 2) * 2;
  torch::Tensor theta = scale2d(full(2.0 / x.size(3)), full(2.0 / x.size(2)))
                            .bmm(gInv)
                            .bmm(scale2d(full(outW / 2.0), full(outH / 2.0)));
  theta = theta.index({Slice(), Slice(0, 2), Slice()}).to(images.device());
  torch::Tensor grid = F::affine_grid(theta, {n, c, outH, outW}, /*align_corners=*/false);
  x = F::grid_sample(
      x, grid, F::GridSampleFuncOptions().mode(torch::kBilinear).padding_mode(torch::kZeros).align_corners(false));
  // downsample2d(padding = -2*hzPad): pad0 = -6 + 5, pad1 = -6 + 5 for a 12-tap filter.
  return downsample2x(x, filter, -2 * hzPad + 5, -2 * hzPad + 5);
}

}  // namespace fewshot::ada
