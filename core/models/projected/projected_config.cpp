#include "core/models/projected/projected_config.h"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "core/config/setting.h"

namespace fewshot::projected {

void ProjectedConfig::validate(int imageSize) const {
  if (imageSize != 64 && imageSize != 128 && imageSize != 256 && imageSize != 512 && imageSize != 1024)
    throw config::SettingError("fastgan.image_size", "Projected GAN supports sizes 64, 128, 256, 512 and 1024, not " +
                                                         std::to_string(imageSize));
  if (ngf < 8 || ngf % 8 != 0)
    throw config::SettingError("projected.ngf", "Generator width must be a multiple of 8, not " + std::to_string(ngf));
  if (ndf < 8 || ndf % 8 != 0)
    throw config::SettingError("projected.ndf",
                               "Discriminator width must be a multiple of 8, not " + std::to_string(ndf));
  if (cout < 4) throw config::SettingError("projected.cout", "Projection width must be at least 4");
  if (nz < 1) throw config::SettingError("projected.nz", "The latent size must be positive");
}

int ProjectedConfig::generatorChannels(int r) const {
  static const std::map<int, double> mult{{4, 16},  {8, 8},     {16, 4},     {32, 2},      {64, 2},
                                          {128, 1}, {256, 0.5}, {512, 0.25}, {1024, 0.125}};
  return std::max(1, static_cast<int>(mult.at(r) * ngf));
}

int ProjectedConfig::discriminatorChannels(int r) const {
  static const std::map<int, int> width{{4, 512},  {8, 512},  {16, 256}, {32, 128}, {64, 64},
                                        {128, 64}, {256, 32}, {512, 16}, {1024, 8}};
  return std::max(1, width.at(r) * ndf / 64);
}

void to_json(nlohmann::json& j, const ProjectedConfig& c) {
  j = nlohmann::json{{"ngf", c.ngf},
                     {"ndf", c.ndf},
                     {"nz", c.nz},
                     {"cout", c.cout},
                     {"lite", c.lite},
                     {"random_features", c.randomFeatures},
                     {"weights_dir", c.weightsDir}};
}

void from_json(const nlohmann::json& j, ProjectedConfig& c) {
  c.ngf = j.value("ngf", c.ngf);
  c.ndf = j.value("ndf", c.ndf);
  c.nz = j.value("nz", c.nz);
  c.cout = j.value("cout", c.cout);
  c.lite = j.value("lite", c.lite);
  c.randomFeatures = j.value("random_features", c.randomFeatures);
  c.weightsDir = j.value("weights_dir", c.weightsDir);
}

}  // namespace fewshot::projected
