#include "core/models/fastgan/fastgan_family.h"

#include <stdexcept>

#include "core/config/training_config.h"
#include "core/models/fastgan/fastgan_options.h"
#include "core/models/fastgan/fastgan_sampler.h"
#include "core/models/fastgan/fastgan_trainer.h"
#include "core/models/fastgan/reconstruction_loss.h"

namespace fewshot::fastgan {

models::FamilyDescriptor describeFamily() {
  models::FamilyDescriptor d(describeOptions());
  d.unsupported = {
      {models::Capability::AnySize, "FastGAN renders at its training resolution only."},
      {models::Capability::Harmonization, "Harmonization and editing are ConSinGAN features."},
  };
  d.resolveNewRun = [](train::TrainingConfig& c) {
    c.reconstructionLoss = resolveReconstructionLoss(c.reconstructionLoss, c.metrics.weightsDir);
  };
  d.runNotes = [](const train::TrainingConfig& c, const data::DatasetPack&) {
    return std::vector<std::string>{
        "Reconstruction loss: " + c.reconstructionLoss +
        (c.reconstructionLoss == "pixel-l1"
             ? " (L1 in pixel space: the demo and cpu-128 presets' choice, and what auto falls back to without "
               "pretrained weights; the official code uses LPIPS-VGG)"
         : c.reconstructionLoss == "effnet-lpips"
             ? " (uncalibrated LPIPS-style distance on pretrained EfficientNet-Lite0 features, well above LPIPS's "
               "scale; "
               "the official code uses LPIPS-VGG)"
             : " (LPIPS-style distance on pretrained EfficientNet-Lite0 features, each layer scaled by its mean over "
               "pairs of this dataset's images; the official code uses LPIPS-VGG)")};
  };
  d.createTrainer = [](const train::TrainingConfig& c, const data::DatasetPack& pack, const torch::Device& device) {
    return std::unique_ptr<train::Trainer>(std::make_unique<FastGanTrainer>(c, pack, device));
  };
  d.openSampler = openSampler;
  return d;
}

}  // namespace fewshot::fastgan
