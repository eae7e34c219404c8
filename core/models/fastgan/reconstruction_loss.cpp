#include "core/models/fastgan/reconstruction_loss.h"

#include <stdexcept>

#include "core/features/perceptual_calibration.h"
#include "core/features/perceptual_distance.h"
#include "core/features/weights_location.h"

namespace fewshot::fastgan {

namespace {

class EfficientNetPerceptualLoss : public ReconstructionLoss {
 public:
  EfficientNetPerceptualLoss(const std::string& weightsDir, const torch::Device& device)
      : distance_(features::loadPretrainedEfficientNetLite0(weightsDir, device)) {}
  torch::Tensor perSample(const torch::Tensor& reconstruction, const torch::Tensor& target) override {
    return distance_(reconstruction, target);
  }
  std::string name() const override { return "effnet-lpips"; }

 private:
  features::PerceptualDistance distance_;
};

class CalibratedPerceptualLoss : public ReconstructionLoss {
 public:
  CalibratedPerceptualLoss(const std::string& weightsDir, const torch::Device& device)
      : distance_(features::loadPretrainedEfficientNetLite0(weightsDir, device)) {}
  torch::Tensor perSample(const torch::Tensor& reconstruction, const torch::Tensor& target) override {
    if (tapMeans_.empty()) throw std::logic_error("the calibrated reconstruction loss was used before calibration");
    return features::calibratedDistance(distance_.tapDistances(reconstruction, distance_.targetTaps(target)),
                                        tapMeans_);
  }
  std::string name() const override { return "effnet-calibrated"; }
  bool needsCalibration() const override { return true; }
  void calibrate(const torch::Tensor& reals) override {
    setCalibration(features::meanTapDistancesOverPairs(distance_, reals));
  }
  torch::Tensor calibration() const override {
    return tapMeans_.empty() ? torch::Tensor() : torch::tensor(tapMeans_, torch::kFloat64);
  }
  void setCalibration(const torch::Tensor& values) override {
    const torch::Tensor v = values.to(torch::kCPU, torch::kFloat64).contiguous();
    if (v.dim() != 1 || !torch::isfinite(v).all().item<bool>() || !(v > 0).all().item<bool>())
      throw std::runtime_error("the reconstruction loss's calibration must be positive finite values per tap");
    tapMeans_.assign(v.data_ptr<double>(), v.data_ptr<double>() + v.numel());
  }

 private:
  features::PerceptualDistance distance_;
  std::vector<double> tapMeans_;  // per tap, the mean distance over pairs of real images
};

}  // namespace

std::string resolveReconstructionLoss(const std::string& name, const std::string& weightsDir) {
  if (name != "auto") return name;
  return features::efficientNetLite0WeightsAvailable(weightsDir) ? "effnet-calibrated" : "pixel-l1";
}

std::unique_ptr<ReconstructionLoss> createReconstructionLoss(const std::string& name, const std::string& weightsDir,
                                                             const torch::Device& device) {
  const std::string resolved = resolveReconstructionLoss(name, weightsDir);
  if (resolved == "pixel-l1") return std::make_unique<PixelL1Loss>();
  if (resolved == "effnet-lpips") return std::make_unique<EfficientNetPerceptualLoss>(weightsDir, device);
  if (resolved == "effnet-calibrated") return std::make_unique<CalibratedPerceptualLoss>(weightsDir, device);
  throw std::invalid_argument("unknown reconstruction loss '" + name +
                              "' (available: auto, effnet-calibrated, effnet-lpips, pixel-l1)");
}

}  // namespace fewshot::fastgan
