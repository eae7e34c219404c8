// Size and width of a FastGAN. 256/512/1024 with ngf = ndf = 64 and nz = 256 is the official
// model; 32/64/128 px and narrower widths are our documented CPU/test configurations (spec §3 [EXT]).
#pragma once
#include <nlohmann/json.hpp>

namespace fewshot::fastgan {

// The family id (config.json's "model") and the name of this struct's section in config.json.
inline constexpr const char* kFamilyId = "fastgan";

struct FastGanConfig {
  int imageSize = 256;
  int ngf = 64;
  int ndf = 64;
  int nz = 256;
  // Not in FastGAN: PGGAN's minibatch-stddev feature (group 4) appended before D's big-path logits head.
  // Off by default; when off the model and its parameter names are the official ones.
  bool minibatchStddev = false;

  // Throws std::invalid_argument with a readable message for unsupported combinations.
  void validate() const;
  bool isOfficialLayout() const { return imageSize >= 256; }
  // The discriminator's working resolution: smaller images are upsampled (nearest) to 256.
  int discriminatorInputSize() const { return imageSize < 256 ? 256 : imageSize; }
  // Generator channels at resolution r (spec §3 table scaled by ngf/64).
  int generatorChannels(int r) const;
  int discriminatorChannels(int r) const;
};

void to_json(nlohmann::json& j, const FastGanConfig& c);
void from_json(const nlohmann::json& j, FastGanConfig& c);

}  // namespace fewshot::fastgan
