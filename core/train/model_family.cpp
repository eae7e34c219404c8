#include "core/train/model_family.h"

namespace fewshot::train {

const std::vector<ModelFamily>& modelFamilies() {
  static const std::vector<ModelFamily> families = {
      {"fastgan", "FastGAN", "Skip-layer excitation generator, self-supervised discriminator (Liu et al. 2021)", true,
       "", false},
      {"projected", "Projected GAN",
       "Discriminators on frozen pretrained EfficientNet features (Sauer et al. 2021)", true, "", false},
      {"consingan", "ConSinGAN", "One image in, a multi-stage generator out; harmonization and editing (Hinz et al. 2021)",
       true, "", true},
      {"pggan", "PGGAN", "Progressive growing, minibatch stddev, equalized learning rate (Karras et al. 2018)", true,
       "", false},
  };
  return families;
}

const ModelFamily* findModelFamily(const std::string& id) {
  for (const auto& f : modelFamilies())
    if (f.id == id) return &f;
  return nullptr;
}

}  // namespace fewshot::train
