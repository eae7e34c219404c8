#include "core/models/fastgan/reconstruction_loss.h"

#include <stdexcept>

#include "core/features/perceptual_distance.h"
#include "core/features/weights_location.h"

namespace fewshot::fastgan {

namespace {

class EfficientNetPerceptualLoss : public ReconstructionLoss {
 public:
  EfficientNetPerceptualLoss(const std::string& weightsDir, const torch::Device& device)
      : distance_(features::loadPretrainedEfficientNetLite0(weightsDir, device)) {}
  torch::Tensor perSample(const torch::Tensor& reconstruction, const torch::Tensor& target) override {
    return distance_(reconstruction, target.detach());
  }
  std::string name() const override { return "effnet-lpips"; }

 private:
  features::PerceptualDistance distance_;
};

}  // namespace

std::string resolveReconstructionLoss(const std::string& name, const std::string& weightsDir) {
  if (name != "auto") return name;
  return features::efficientNetLite0WeightsAvailable(weightsDir) ? "effnet-lpips" : "pixel-l1";
}

std::unique_ptr<ReconstructionLoss> createReconstructionLoss(const std::string& name, const std::string& weightsDir,
                                                             const torch::Device& device) {
  const std::string resolved = resolveReconstructionLoss(name, weightsDir);
  if (resolved == "pixel-l1") return std::make_unique<PixelL1Loss>();
  if (resolved == "effnet-lpips") return std::make_unique<EfficientNetPerceptualLoss>(weightsDir, device);
  throw std::invalid_argument("unknown reconstruction loss '" + name + "' (available: auto, effnet-lpips, pixel-l1)");
}

}  // namespace fewshot::fastgan
