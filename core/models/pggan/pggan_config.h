// Size, widths and growth schedule of a PGGAN (spec §2, §6, §9). Widths follow the reference
// formula nf(stage) = min(fmapBase / 2^stage, fmapMax); 8192 / 512 is the paper's network, smaller
// values are our CPU and test configurations. The schedule is counted in thousands of real images
// shown to D; the defaults are small, for datasets of ~100 images (the reference uses 600 + 600).
#pragma once
#include <map>

#include <nlohmann/json.hpp>

namespace fewshot::pggan {

// The family id (config.json's "model") and the name of this struct's section in config.json.
inline constexpr const char* kFamilyId = "pggan";

struct PgganConfig {
  int imageSize = 64;  // final resolution: a power of two, 8 ... 1024
  int fmapBase = 8192;
  int fmapMax = 512;
  double stabiliseKimg = 20;  // T: images (thousands) per stabilisation period
  double fadeKimg = 20;       // F: images (thousands) per fade-in
  int mbstdGroupSize = 4;
  double gpLambda = 10.0;
  double driftEpsilon = 0.001;
  bool resetOptimizer = true;  // reset Adam at every lod boundary (spec §6.3)
  // D's downscaling blocks as the official default (networks.py D_paper, fused_scale=True): conv, 2x2 pool,
  // bias, LReLU. false: LReLU before the pool (fused_scale=False), what runs written before this field
  // existed computed; their config.json has no "fused_scale" and keeps that order.
  bool fusedScale = true;
  // Resolution -> minibatch size (the official sched.minibatch_dict); other resolutions use the run's batch.
  std::map<int, int> minibatchPerResolution;
  // Resolution -> learning-rate multiplier of G and D (the official sched.G/D_lrate_dict over the base rate).
  std::map<int, double> lrMultiplierPerResolution;

  void validate(int batchSize) const;
  // The minibatch size at `resolution` (px): minibatchPerResolution's entry, else `batchSize`.
  int batchAt(int resolution, int batchSize) const;
  double lrMultiplierAt(int resolution) const;
  // Channels of stage s: min(fmapBase / 2^s, fmapMax), at least 1.
  int nf(int stage) const;
  int latentSize() const { return nf(0); }
  int finalLog2() const;
};

void to_json(nlohmann::json& j, const PgganConfig& c);
void from_json(const nlohmann::json& j, PgganConfig& c);

}  // namespace fewshot::pggan
