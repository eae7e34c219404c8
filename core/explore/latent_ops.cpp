#include "core/explore/latent_ops.h"

#include <cmath>
#include <stdexcept>
#include <string>

#include "core/models/common/random_source.h"

namespace fewshot::explore {

torch::Tensor latentForSeed(uint64_t seed, int64_t nz) {
  RandomSource random(seed);
  return random.randn({1, nz}, torch::kCPU);
}

torch::Tensor latentsForSeeds(const std::vector<uint64_t>& seeds, int64_t nz) {
  if (seeds.empty()) throw std::invalid_argument("no seeds given");
  std::vector<torch::Tensor> rows;
  for (uint64_t s : seeds) rows.push_back(latentForSeed(s, nz));
  return torch::cat(rows, 0);
}

torch::Tensor lerp(const torch::Tensor& a, const torch::Tensor& b, double t) { return a + (b - a) * t; }

torch::Tensor slerp(const torch::Tensor& a, const torch::Tensor& b, double t) {
  auto a2 = a.reshape({a.size(0), -1}).to(torch::kFloat64), b2 = b.reshape({b.size(0), -1}).to(torch::kFloat64);
  auto na = a2.norm(2, 1, true), nb = b2.norm(2, 1, true);
  auto cosine = ((a2 / na.clamp_min(1e-12)) * (b2 / nb.clamp_min(1e-12))).sum(1, true).clamp(-1.0, 1.0);
  auto omega = torch::acos(cosine), sinOmega = torch::sin(omega);
  auto wa = torch::sin((1.0 - t) * omega) / sinOmega, wb = torch::sin(t * omega) / sinOmega;
  // Nearly parallel rows: the spherical weights are ill-conditioned and lerp is the limit anyway.
  auto parallel = sinOmega.abs() < 1e-6;
  wa = torch::where(parallel, torch::full_like(wa, 1.0 - t), wa);
  wb = torch::where(parallel, torch::full_like(wb, t), wb);
  return (wa * a2 + wb * b2).to(a.scalar_type()).reshape(a.sizes());
}

torch::Tensor scaleLatents(const torch::Tensor& z, double scale) {
  if (!(scale >= 0.0)) throw std::invalid_argument("latent scale must be >= 0, got " + std::to_string(scale));
  return z * scale;
}

torch::Tensor interpolationPath(const torch::Tensor& keys, const InterpolationOptions& o) {
  if (keys.dim() != 2 || keys.size(0) < 2) throw std::invalid_argument("interpolation needs at least two key latents");
  if (o.frames < 2) throw std::invalid_argument("interpolation needs at least two frames");
  const int64_t k = keys.size(0), segments = o.loop ? k : k - 1;
  std::vector<torch::Tensor> frames;
  for (int f = 0; f < o.frames; ++f) {
    // Position along the whole path in segment units.
    const double span = o.loop ? static_cast<double>(o.frames) : static_cast<double>(o.frames - 1);
    const double pos = segments * f / span;
    int64_t seg = std::min<int64_t>(static_cast<int64_t>(std::floor(pos)), segments - 1);
    const double t = pos - seg;
    auto a = keys.slice(0, seg, seg + 1), b = keys.slice(0, (seg + 1) % k, (seg + 1) % k + 1);
    frames.push_back(o.spherical ? slerp(a, b, t) : lerp(a, b, t));
  }
  return torch::cat(frames, 0);
}

torch::Tensor blendSeeds(const std::vector<uint64_t>& seeds, double position, int64_t nz, bool spherical) {
  if (seeds.empty()) throw std::invalid_argument("no seeds given");
  const double maxPos = static_cast<double>(seeds.size() - 1);
  position = std::min(std::max(position, 0.0), maxPos);
  const size_t i = std::min(static_cast<size_t>(std::floor(position)), seeds.size() - 1);
  const double t = position - static_cast<double>(i);
  auto a = latentForSeed(seeds[i], nz);
  if (t == 0.0 || i + 1 >= seeds.size()) return a;
  auto b = latentForSeed(seeds[i + 1], nz);
  return spherical ? slerp(a, b, t) : lerp(a, b, t);
}

std::vector<uint64_t> parseSeedList(const std::string& text) {
  std::vector<uint64_t> seeds;
  size_t pos = 0;
  auto number = [&](const std::string& s) -> uint64_t {
    if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos || s.size() > 19)
      throw std::invalid_argument("'" + text + "' is not a list of seeds (e.g. 1,2,5-8)");
    return std::stoull(s);
  };
  while (pos <= text.size()) {
    size_t comma = text.find(',', pos);
    if (comma == std::string::npos) comma = text.size();
    const std::string item = text.substr(pos, comma - pos);
    const size_t dash = item.find('-');
    if (dash == std::string::npos) {
      seeds.push_back(number(item));
    } else {
      const uint64_t lo = number(item.substr(0, dash)), hi = number(item.substr(dash + 1));
      if (hi < lo || hi - lo > 10000) throw std::invalid_argument("bad seed range '" + item + "'");
      for (uint64_t s = lo; s <= hi; ++s) seeds.push_back(s);
    }
    pos = comma + 1;
  }
  return seeds;
}

}  // namespace fewshot::explore
