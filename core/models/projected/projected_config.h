// Size-independent settings of a Projected GAN run (spec projected-gan.md §3, §4, §6). The image size is
// the run's TrainingConfig::imageSize(). Official widths: ngf 128 (FastGAN-lite G), ndf 64 (the
// mini-discriminators' width table as in the code), projection width cout 64.
#pragma once
#include <nlohmann/json.hpp>

#include <string>

namespace fewshot::projected {

// The family id (config.json's "model") and the name of this struct's section in config.json.
inline constexpr const char* kFamilyId = "projected";

struct ProjectedConfig {
  int ngf = 128;
  int ndf = 64;  // scales the mini-discriminator width table (64 = official)
  int nz = 256;
  int cout = 64;     // CCM width of tap 0 (then x2, x4, x8)
  bool lite = true;  // fastgan_lite generator (small up blocks); false = full FastGAN blocks
  // Experiments only: a frozen randomly initialised EfficientNet-Lite0 instead of the pretrained one.
  // The paper reports this is worse; such runs are not Projected GAN proper.
  bool randomFeatures = false;
  std::string weightsDir;  // empty: the default weights folder (see features/weights_location.h)

  void validate(int imageSize) const;
  int generatorChannels(int r) const;
  // Output width of the mini-discriminator DownBlock that produces nominal resolution r (4..1024).
  int discriminatorChannels(int r) const;
};

void to_json(nlohmann::json& j, const ProjectedConfig& c);
void from_json(const nlohmann::json& j, ProjectedConfig& c);

}  // namespace fewshot::projected
