#include "core/models/projected/projected_family.h"

#include <stdexcept>

#include "core/config/training_config.h"
#include "core/models/projected/projected_options.h"
#include "core/models/projected/projected_sampler.h"
#include "core/models/projected/projected_trainer.h"

namespace fewshot::projected {

models::FamilyDescriptor describeFamily() {
  models::FamilyDescriptor d(describeOptions());
  d.unsupported = {
      {models::Capability::StyleMixing, "Style mixing is implemented for FastGAN's skip-layer gates only."},
      {models::Capability::AnySize, "Projected GAN renders at its training resolution only."},
      {models::Capability::Harmonization, "Harmonization and editing are ConSinGAN features."},
      {models::Capability::TorchExport,
       "The PyTorch export writes the official FastGAN generator layout; Projected GAN's generator differs."},
      {models::Capability::OnnxExport, "The ONNX export is implemented for FastGAN generators only."},
  };
  d.runNotes = [](const train::TrainingConfig& c, const data::DatasetPack&) {
    return std::vector<std::string>{
        std::string("Feature network: ") +
        (c.projected.randomFeatures
             ? "RANDOM EfficientNet-Lite0 (--random-features: an experiment, not Projected GAN proper)"
             : "pretrained EfficientNet-Lite0")};
  };
  d.benchNote = "spectral-norm convolutions only; the frozen EfficientNet and projections are not counted";
  d.createTrainer = [](const train::TrainingConfig& c, const data::DatasetPack& pack, const torch::Device& device) {
    return std::unique_ptr<train::Trainer>(std::make_unique<ProjectedGanTrainer>(c, pack, device));
  };
  d.openSampler = openSampler;
  return d;
}

}  // namespace fewshot::projected
