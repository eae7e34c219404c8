#include "core/augment/ada_color.h"

#include <cmath>

namespace fewshot::ada {
namespace F = torch::nn::functional;
using torch::indexing::Slice;

namespace {

torch::Tensor gated(const torch::Tensor& value, const torch::Tensor& identity, double prob, RandomSource& random) {
  torch::Tensor open = random.rand({value.size(0)}, torch::kCPU) < prob;
  while (open.dim() < value.dim()) open = open.unsqueeze(-1);
  return torch::where(open, value, identity);
}

torch::Tensor lumaAxis() { return torch::tensor({1.0f, 1.0f, 1.0f, 0.0f}) / std::sqrt(3.0f); }

// Rotation by theta about the unit axis v (first three components), as 4x4 homogeneous matrices.
torch::Tensor rotate3d(const torch::Tensor& v, const torch::Tensor& theta) {
  const int64_t n = theta.size(0);
  const float vx = v[0].item<float>(), vy = v[1].item<float>(), vz = v[2].item<float>();
  torch::Tensor c = torch::cos(theta), s = torch::sin(theta), d = 1 - c;
  torch::Tensor z = torch::zeros({n}), o = torch::ones({n});
  return torch::stack({vx * vx * d + c, vx * vy * d - vz * s, vx * vz * d + vy * s, z,
                       vy * vx * d + vz * s, vy * vy * d + c, vy * vz * d - vx * s, z,
                       vz * vx * d - vy * s, vz * vy * d + vx * s, vz * vz * d + c, z,
                       z, z, z, o}, 1).view({n, 4, 4});
}

}  // namespace

torch::Tensor sampleColor(const AdaAugmentOptions& o, double p, int64_t n, int64_t channels, RandomSource& random) {
  auto cpu = torch::kCPU;
  const torch::Tensor eye = torch::eye(4);
  const torch::Tensor v = lumaAxis(), vv = torch::outer(v, v);
  torch::Tensor C = eye.expand({n, 4, 4}).contiguous();
  if (o.brightness > 0) {
    torch::Tensor b = gated(random.randn({n}, cpu) * o.brightnessStd, torch::zeros({n}), o.brightness * p, random);
    torch::Tensor T = eye.expand({n, 4, 4}).clone();
    for (int i = 0; i < 3; ++i) T.index_put_({Slice(), i, 3}, b);
    C = T.bmm(C);
  }
  if (o.contrast > 0) {
    torch::Tensor c =
        gated(torch::exp2(random.randn({n}, cpu) * o.contrastStd), torch::ones({n}), o.contrast * p, random);
    torch::Tensor S = eye.expand({n, 4, 4}).clone();
    for (int i = 0; i < 3; ++i) S.index_put_({Slice(), i, i}, c);
    C = S.bmm(C);
  }
  if (o.lumaflip > 0) {
    torch::Tensor i =
        gated(random.randint(0, 2, {n}, cpu).to(torch::kFloat32), torch::zeros({n}), o.lumaflip * p, random);
    C = (eye - 2 * vv * i.view({n, 1, 1})).bmm(C);
  }
  if (o.hue > 0 && channels > 1) {
    torch::Tensor theta =
        gated((random.rand({n}, cpu) * 2 - 1) * M_PI * o.hueMax, torch::zeros({n}), o.hue * p, random);
    C = rotate3d(v, theta).bmm(C);
  }
  if (o.saturation > 0 && channels > 1) {
    torch::Tensor s =
        gated(torch::exp2(random.randn({n}, cpu) * o.saturationStd), torch::ones({n}), o.saturation * p, random);
    C = (vv + (eye - vv) * s.view({n, 1, 1})).bmm(C);
  }
  return C;
}

torch::Tensor applyColor(const torch::Tensor& images, const torch::Tensor& colorMatrix) {
  const int64_t n = images.size(0), c = images.size(1), h = images.size(2), w = images.size(3);
  torch::Tensor C = colorMatrix.to(images.options());
  if (c == 3) {
    torch::Tensor flat = images.reshape({n, 3, h * w});
    return (C.index({Slice(), Slice(0, 3), Slice(0, 3)}).bmm(flat) + C.index({Slice(), Slice(0, 3), Slice(3, 4)}))
        .reshape({n, 3, h, w});
  }
  // Grayscale: average the three rows of the 3x4 affine part.
  torch::Tensor rows = C.index({Slice(), Slice(0, 3), Slice()}).mean(1);  // (N,4)
  return images * rows.index({Slice(), Slice(0, 3)}).sum(1).view({n, 1, 1, 1}) +
         rows.index({Slice(), 3}).view({n, 1, 1, 1});
}

torch::Tensor imageFilterBank() {
  // Half-band kernels from sym2: lo2 = H(z)H(1/z)/2, hi2 = delta - lo2 (7 taps).
  const std::vector<double> lo2v{-1.0 / 32, 0, 9.0 / 32, 0.5, 9.0 / 32, 0, -1.0 / 32};
  torch::Tensor lo2 = torch::tensor(lo2v, torch::kFloat64);
  torch::Tensor hi2 = -lo2.clone();
  hi2[3] += 1;
  torch::Tensor bank = torch::zeros({4, 1}, torch::kFloat64);
  bank[0][0] = 1;  // band 0 starts as a unit impulse
  auto convolve = [](const torch::Tensor& rows, const torch::Tensor& k) {
    // Full 1-D convolution of every row with k (k is symmetric, so flipping does not matter).
    torch::Tensor x = rows.unsqueeze(1);
    return F::conv1d(F::pad(x, F::PadFuncOptions({k.size(0) - 1, k.size(0) - 1})), k.view({1, 1, -1})).squeeze(1);
  };
  for (int level = 1; level < 4; ++level) {
    // Upsample every band by zero insertion, convolve with lo2, then add hi2 (centred) to band `level`.
    const int64_t len = bank.size(1);
    torch::Tensor up = torch::zeros({4, len * 2 - 1}, torch::kFloat64);
    up.index_put_({Slice(), Slice(torch::indexing::None, torch::indexing::None, 2)}, bank);
    bank = convolve(up, lo2);
    const int64_t total = bank.size(1), start = (total - hi2.size(0)) / 2;
    bank.index({level, Slice(start, start + hi2.size(0))}) += hi2;
  }
  return bank.to(torch::kFloat32);
}

torch::Tensor applyImageFilter(const torch::Tensor& images, const AdaAugmentOptions& o, double p,
                               RandomSource& random) {
  const int64_t n = images.size(0), c = images.size(1);
  static const torch::Tensor bank = imageFilterBank();
  const torch::Tensor expected = torch::tensor({10.0f, 1.0f, 1.0f, 1.0f}) / 13.0f;
  torch::Tensor g = torch::ones({n, 4});
  for (int b = 0; b < 4; ++b) {
    torch::Tensor t =
        gated(torch::exp2(random.randn({n}, torch::kCPU) * o.imgfilterStd), torch::ones({n}), o.imgfilter * p, random);
    torch::Tensor tau = torch::ones({n, 4});
    tau.index_put_({Slice(), b}, t);
    tau = tau / (expected * tau.square()).sum(1, true).sqrt();
    g = g * tau;
  }
  torch::Tensor kernels = g.matmul(bank).to(images.options());  // (N, 43)
  const int64_t taps = kernels.size(1), pad = taps / 2;
  torch::Tensor x = F::pad(images, F::PadFuncOptions({pad, pad, pad, pad}).mode(torch::kReflect));
  x = x.reshape({1, n * c, x.size(2), x.size(3)});
  torch::Tensor k = kernels.unsqueeze(1).expand({n, c, taps}).reshape({n * c, 1, taps});
  x = F::conv2d(x, k.view({n * c, 1, 1, taps}), F::Conv2dFuncOptions().groups(n * c));
  x = F::conv2d(x, k.view({n * c, 1, taps, 1}), F::Conv2dFuncOptions().groups(n * c));
  return x.reshape({n, c, images.size(2), images.size(3)});
}

torch::Tensor applyNoise(const torch::Tensor& images, const AdaAugmentOptions& o, double p, RandomSource& random) {
  const int64_t n = images.size(0);
  torch::Tensor sigma =
      gated(random.randn({n}, torch::kCPU).abs() * o.noiseStd, torch::zeros({n}), o.noise * p, random);
  return images + random.randn(images.sizes(), images.device()) * sigma.to(images.device()).view({n, 1, 1, 1});
}

torch::Tensor applyCutout(const torch::Tensor& images, const AdaAugmentOptions& o, double p, RandomSource& random) {
  const int64_t n = images.size(0), h = images.size(2), w = images.size(3);
  torch::Tensor size = gated(torch::full({n}, o.cutoutSize), torch::zeros({n}), o.cutout * p, random);
  torch::Tensor center = random.rand({n, 2}, torch::kCPU);
  auto opts = images.options();
  torch::Tensor x = (torch::arange(w, opts) + 0.5) / w, y = (torch::arange(h, opts) + 0.5) / h;
  torch::Tensor half = (size / 2).to(opts).view({n, 1, 1});
  torch::Tensor cx = center.select(1, 0).to(opts).view({n, 1, 1}), cy = center.select(1, 1).to(opts).view({n, 1, 1});
  torch::Tensor maskX = (x.view({1, 1, w}) - cx).abs() >= half;
  torch::Tensor maskY = (y.view({1, h, 1}) - cy).abs() >= half;
  return images * torch::logical_or(maskX, maskY).to(opts.dtype()).unsqueeze(1);
}

}  // namespace fewshot::ada
