#include "core/models/pggan/pggan_family.h"

#include <stdexcept>

#include "core/config/training_config.h"
#include "core/models/pggan/pggan_options.h"
#include "core/models/pggan/pggan_sampler.h"
#include "core/models/pggan/pggan_schedule.h"
#include "core/models/pggan/pggan_trainer.h"

namespace fewshot::pggan {

models::FamilyDescriptor describeFamily() {
  models::FamilyDescriptor d(describeOptions());
  d.unsupported = {
      {models::Capability::StyleMixing, "PGGAN has no skip-layer gates to mix styles through."},
      {models::Capability::AnySize, "PGGAN renders at its training resolution only."},
      {models::Capability::Harmonization, "Harmonization and editing are ConSinGAN features."},
      {models::Capability::TorchExport,
       "The PyTorch export writes the official FastGAN generator layout; PGGAN's generator differs."},
      {models::Capability::OnnxExport, "The ONNX export is implemented for FastGAN generators only."},
  };
  d.createTrainer = [](const train::TrainingConfig& c, const data::DatasetPack& pack, const torch::Device& device) {
    return std::unique_ptr<train::Trainer>(std::make_unique<PgganTrainer>(c, pack, device));
  };
  d.openSampler = openSampler;
  return d;
}

}  // namespace fewshot::pggan
