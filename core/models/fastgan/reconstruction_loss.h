// Distance used by the discriminator's self-supervised reconstruction term (spec §5). The official
// code uses LPIPS-VGG. We use an LPIPS-style distance on EfficientNet-Lite0 features (the pretrained
// network we can obtain from a package; core/features/perceptual_distance.h) when its weights are
// installed, else the documented pixel-space L1 fallback.
#pragma once
#include <torch/torch.h>

#include <memory>
#include <string>

namespace fewshot::fastgan {

class ReconstructionLoss {
 public:
  virtual ~ReconstructionLoss() = default;
  // One value per sample, shape (B); the trainer sums them over the batch like the official code.
  virtual torch::Tensor perSample(const torch::Tensor& reconstruction, const torch::Tensor& target) = 0;
  virtual std::string name() const = 0;
};

class PixelL1Loss : public ReconstructionLoss {
 public:
  torch::Tensor perSample(const torch::Tensor& reconstruction, const torch::Tensor& target) override {
    return (reconstruction - target).abs().mean({1, 2, 3});
  }
  std::string name() const override { return "pixel-l1"; }
};

// "effnet-lpips" (throws "weights missing: ..." without weights), "pixel-l1", or "auto": the former when
// its weights are installed, else the latter.
std::unique_ptr<ReconstructionLoss> createReconstructionLoss(const std::string& name, const std::string& weightsDir = {},
                                                             const torch::Device& device = torch::kCPU);
// What "auto" resolves to on this machine; other names are returned unchanged.
std::string resolveReconstructionLoss(const std::string& name, const std::string& weightsDir = {});

}  // namespace fewshot::fastgan
