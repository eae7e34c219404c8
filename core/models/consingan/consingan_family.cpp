#include "core/models/consingan/consingan_family.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include "core/config/training_config.h"
#include "core/models/consingan/consingan_options.h"
#include "core/data/dataset_pack.h"
#include "core/models/consingan/consingan_sampler.h"
#include "core/models/consingan/image_pyramid.h"
#include "core/models/consingan/consingan_trainer.h"

namespace fewshot::consingan {

models::FamilyDescriptor describeFamily() {
  models::FamilyDescriptor d(describeOptions());
  d.explorePage = models::ExplorePage::SingleImage;
  const std::string noLatent =
      "ConSinGAN has no latent vector to interpolate or save: it generates from noise maps at every scale.";
  d.unsupported = {
      {models::Capability::Interpolation, noLatent},
      {models::Capability::LatentsJson, noLatent},
      {models::Capability::StyleMixing, "ConSinGAN has no skip-layer gates to mix styles through."},
      {models::Capability::TorchExport, "The PyTorch export writes the official FastGAN generator layout."},
      {models::Capability::OnnxExport, "The ONNX export is implemented for FastGAN generators only."},
      {models::Capability::LiveMetrics,
       "FD/KID compare distributions; a model of a single image has no real distribution to compare with."},
  };
  d.runNotes = [](const train::TrainingConfig& c, const data::DatasetPack& pack) {
    std::ostringstream image, pyramid;
    image << "Image: " << (pack.sources.empty() ? c.dataPath : pack.sources[0]) << " at " << pack.width << "x"
          << pack.height << " (aspect kept, longer side <= " << c.consingan.maxSize << ")";
    pyramid << "ConSinGAN " << c.consingan.mode << ", " << c.consingan.trainStages << " stages x "
            << c.consingan.itersPerStage << " iterations, pyramid (WxH):";
    for (const auto& s : pyramidShapes(pack.height, pack.width, c.consingan.trainStages, c.consingan.minSize,
                                       c.consingan.oldRescaling()))
      pyramid << " " << s.width << "x" << s.height;
    return std::vector<std::string>{image.str(), pyramid.str()};
  };
  d.createTrainer = [](const train::TrainingConfig& c, const data::DatasetPack& pack, const torch::Device& device) {
    return std::unique_ptr<train::Trainer>(std::make_unique<ConSinGanTrainer>(c, pack, device));
  };
  d.openSampler = openSampler;
  return d;
}

}  // namespace fewshot::consingan
