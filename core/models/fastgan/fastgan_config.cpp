#include "core/models/fastgan/fastgan_config.h"

#include <map>
#include <stdexcept>
#include <string>

#include "core/config/setting.h"

namespace fewshot::fastgan {

void FastGanConfig::validate() const {
  static const int kSizes[] = {32, 64, 128, 256, 512, 1024};
  bool ok = false;
  for (int s : kSizes) ok = ok || s == imageSize;
  if (!ok)
    throw config::SettingError("fastgan.image_size", "FastGAN supports sizes 32, 64, 128, 256, 512 and 1024, not " +
                                                         std::to_string(imageSize));
  if (ngf < 8 || ngf % 8 != 0)
    throw config::SettingError("fastgan.ngf", "Generator width must be a multiple of 8, not " + std::to_string(ngf));
  if (ndf < 8 || ndf % 8 != 0)
    throw config::SettingError("fastgan.ndf",
                               "Discriminator width must be a multiple of 8, not " + std::to_string(ndf));
  if (nz < 1) throw config::SettingError("fastgan.nz", "The latent size must be positive");
}

int FastGanConfig::generatorChannels(int r) const {
  static const std::map<int, double> mult{{4, 16},  {8, 8},     {16, 4},     {32, 2},      {64, 2},
                                          {128, 1}, {256, 0.5}, {512, 0.25}, {1024, 0.125}};
  return static_cast<int>(mult.at(r) * ngf);
}

int FastGanConfig::discriminatorChannels(int r) const {
  static const std::map<int, double> mult{{4, 16},  {8, 16},    {16, 8},     {32, 4},      {64, 2},
                                          {128, 1}, {256, 0.5}, {512, 0.25}, {1024, 0.125}};
  return static_cast<int>(mult.at(r) * ndf);
}

void to_json(nlohmann::json& j, const FastGanConfig& c) {
  j = nlohmann::json{
      {"image_size", c.imageSize}, {"ngf", c.ngf}, {"ndf", c.ndf}, {"nz", c.nz}, {"mbstd", c.minibatchStddev}};
}

void from_json(const nlohmann::json& j, FastGanConfig& c) {
  c.imageSize = j.value("image_size", c.imageSize);
  c.ngf = j.value("ngf", c.ngf);
  c.ndf = j.value("ndf", c.ndf);
  c.nz = j.value("nz", c.nz);
  c.minibatchStddev = j.value("mbstd", c.minibatchStddev);
}

}  // namespace fewshot::fastgan
