// Size, widths and growth schedule of a PGGAN (spec §2, §6, §9). Widths follow the reference
// formula nf(stage) = min(fmapBase / 2^stage, fmapMax); 8192 / 512 is the paper's network, smaller
// values are our CPU and test configurations. The schedule is counted in thousands of real images
// shown to D; the defaults are small, for datasets of ~100 images (the reference uses 600 + 600).
#pragma once
#include <nlohmann/json.hpp>

namespace fewshot::pggan {

// The family id (config.json's "model") and the name of this struct's section in config.json.
inline constexpr const char* kFamilyId = "pggan";

struct PgganConfig {
  int imageSize = 64;        // final resolution: a power of two, 8 ... 1024
  int fmapBase = 8192;
  int fmapMax = 512;
  double stabiliseKimg = 20;  // T: images (thousands) per stabilisation period
  double fadeKimg = 20;       // F: images (thousands) per fade-in
  int mbstdGroupSize = 4;
  double gpLambda = 10.0;
  double driftEpsilon = 0.001;
  bool resetOptimizer = true;  // reset Adam at every lod boundary (spec §6.3)

  void validate(int batchSize) const;
  // Channels of stage s: min(fmapBase / 2^s, fmapMax), at least 1.
  int nf(int stage) const;
  int latentSize() const { return nf(0); }
  int finalLog2() const;
};

void to_json(nlohmann::json& j, const PgganConfig& c);
void from_json(const nlohmann::json& j, PgganConfig& c);

}  // namespace fewshot::pggan
