// Feature networks for the distribution metrics (metrics spec §1-2, §10). Both quantise generated
// images to 8 bits first (clamp(x·127.5 + 128, 0, 255), truncated), so reals and fakes follow one path.
//  - Inception: NVIDIA's TorchScript inception-2015-12-05.pt from a user-given file (it resizes and
//    normalises internally); its numbers are the standard "FID"/"KID".
//  - EfficientNet-Lite0 pooled head features (1280-d), bilinear resize to 224, the checkpoint's own
//    normalisation. Reported as "FD-EffNet"/"KID-EffNet": never comparable with published FIDs.
#pragma once
#include <torch/torch.h>

#include <memory>
#include <string>

namespace fewshot::metrics {

class FeatureExtractor {
 public:
  virtual ~FeatureExtractor() = default;
  // images (B,3,H,W) in [-1,1], any device -> (B,d) float32 on the CPU.
  virtual torch::Tensor extract(const torch::Tensor& images) = 0;
  // Identifies network + preprocessing; part of the real-statistics cache key.
  virtual std::string id() const = 0;
  // Event/log key suffix: "fd_effnet"/"kid_effnet" or "fid"/"kid".
  virtual std::string fdKey() const = 0;
  virtual std::string kidKey() const = 0;
  virtual std::string displayName() const = 0;  // "FD-EffNet" or "FID"
  // Where the network runs, and in which precision ("fp32"); recorded with cached real features.
  virtual torch::Device device() const = 0;
  virtual std::string precision() const { return "fp32"; }
};

// 8-bit quantisation of [-1,1] images, returned as float 0..255 (metrics spec §2a).
torch::Tensor quantizeTo255(const torch::Tensor& images);

// Inception when `inceptionFile` is non-empty (throws naming the file if it cannot be loaded), else
// EfficientNet-Lite0 (throws "weights missing: ... run packaging/fetch-weights.sh" when absent).
std::unique_ptr<FeatureExtractor> createFeatureExtractor(const std::string& inceptionFile,
                                                         const std::string& weightsDir, const torch::Device& device);

}  // namespace fewshot::metrics
