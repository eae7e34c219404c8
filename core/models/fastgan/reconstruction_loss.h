// Distance used by the discriminator's self-supervised reconstruction term (spec §5). The official
// code uses LPIPS-VGG. We offer LPIPS-style distances on EfficientNet-Lite0 features (the pretrained
// network we can obtain from a package; core/features/perceptual_distance.h): "effnet-calibrated", scaled
// per tap to LPIPS's range from the dataset (core/features/perceptual_calibration.h), and "effnet-lpips",
// uncalibrated (about 20 per pair); and the pixel-space L1 fallback for machines without the weights.
#pragma once
#include <torch/torch.h>

#include <memory>
#include <string>

namespace fewshot::fastgan {

class ReconstructionLoss {
 public:
  virtual ~ReconstructionLoss() = default;
  // One value per sample, shape (B); the trainer sums them over the batch like the official code. Gradients
  // flow into the reconstruction only.
  virtual torch::Tensor perSample(const torch::Tensor& reconstruction, const torch::Tensor& target) = 0;
  virtual std::string name() const = 0;

  // Dataset statistics computed once at the start of a run from real images ((N,3,H,W) in [-1,1] at the
  // reconstructions' size) and kept in checkpoints, so a resumed run uses the very same values.
  virtual bool needsCalibration() const { return false; }
  virtual void calibrate(const torch::Tensor& reals) { (void)reals; }
  virtual torch::Tensor calibration() const { return {}; }  // undefined when there is none
  virtual void setCalibration(const torch::Tensor& values) { (void)values; }
};

class PixelL1Loss : public ReconstructionLoss {
 public:
  torch::Tensor perSample(const torch::Tensor& reconstruction, const torch::Tensor& target) override {
    return (reconstruction - target).abs().mean({1, 2, 3});
  }
  std::string name() const override { return "pixel-l1"; }
};

// "effnet-calibrated" or "effnet-lpips" (both throw "weights missing: ..." without weights), "pixel-l1", or
// "auto": the calibrated distance when its weights are installed, else pixel-l1.
std::unique_ptr<ReconstructionLoss> createReconstructionLoss(const std::string& name,
                                                             const std::string& weightsDir = {},
                                                             const torch::Device& device = torch::kCPU);
// What "auto" resolves to on this machine; other names are returned unchanged.
std::string resolveReconstructionLoss(const std::string& name, const std::string& weightsDir = {});

}  // namespace fewshot::fastgan
