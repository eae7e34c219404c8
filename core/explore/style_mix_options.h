// Which of FastGAN's skip-layer excitation gates take the style latent in a style-mixing render
// (spec §10). Plain data, so that RunSampler's interface does not depend on FastGAN's modules.
#pragma once
#include <array>
#include <string>

#include "core/explore/norm_mode.h"

namespace fewshot::explore {

enum class GateSource { Content, Style };

// Gates in order 64, 128, 256, 512 (gates the model does not have are ignored).
struct GateSources {
  std::array<GateSource, 4> gate{GateSource::Content, GateSource::Style, GateSource::Style, GateSource::Style};
  static GateSources allFrom(GateSource source);
  // "128,256,512": the gates that take the style latent; "none" for none, "all" for all four.
  static GateSources parseStyleGates(const std::string& text);
  std::string describe() const;  // e.g. "64:A 128:B 256:B 512:B"
};
inline constexpr std::array<int, 4> kGateResolutions{64, 128, 256, 512};

}  // namespace fewshot::explore
