#include "core/metrics/feature_extractor.h"

#include <torch/script.h>

#include <filesystem>

#include "core/features/efficientnet_lite0.h"

namespace fewshot::metrics {

namespace {

constexpr int64_t kChunk = 32;

class EfficientNetExtractor : public FeatureExtractor {
 public:
  EfficientNetExtractor(const std::string& weightsDir, const torch::Device& device)
      : net_(features::loadPretrainedEfficientNetLite0(weightsDir, device)), device_(device) {}

  torch::Tensor extract(const torch::Tensor& images) override {
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> out;
    for (int64_t i = 0; i < images.size(0); i += kChunk) {
      torch::Tensor x = quantizeTo255(images.slice(0, i, i + kChunk).to(device_));
      if (x.size(2) != 224 || x.size(3) != 224)
        x = torch::nn::functional::interpolate(x, torch::nn::functional::InterpolateFuncOptions()
                                                      .size(std::vector<int64_t>{224, 224})
                                                      .mode(torch::kBilinear)
                                                      .align_corners(false));
      out.push_back(net_->forwardPooled((x - 127.0) / 128.0).to(torch::kCPU, torch::kFloat32));
    }
    return torch::cat(out);
  }
  std::string id() const override { return "effnet-lite0-pool1280-u8-bilinear224"; }
  std::string fdKey() const override { return "fd_effnet"; }
  std::string kidKey() const override { return "kid_effnet"; }
  std::string displayName() const override { return "FD-EffNet"; }
  torch::Device device() const override { return device_; }

 private:
  features::EfficientNetLite0 net_;
  torch::Device device_;
};

class InceptionExtractor : public FeatureExtractor {
 public:
  InceptionExtractor(const std::string& file, const torch::Device& device) : device_(device) {
    if (!std::filesystem::is_regular_file(file)) throw std::runtime_error("Inception file " + file + " does not exist");
    try {
      module_ = torch::jit::load(file, device);
    } catch (const c10::Error& e) {
      throw std::runtime_error("cannot load " + file + " as TorchScript (expected NVIDIA's inception-2015-12-05.pt): " +
                               e.what_without_backtrace());
    }
    module_.eval();
    id_ = "inception-" + std::filesystem::path(file).filename().string() + "-" +
          std::to_string(std::filesystem::file_size(file));
  }

  torch::Tensor extract(const torch::Tensor& images) override {
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> out;
    for (int64_t i = 0; i < images.size(0); i += kChunk) {
      torch::Tensor x = quantizeTo255(images.slice(0, i, i + kChunk).to(device_));
      // forward(img, return_features): 0..255 input, resizes to 299 and normalises internally.
      out.push_back(module_.forward({x, true}).toTensor().to(torch::kCPU, torch::kFloat32));
    }
    return torch::cat(out);
  }
  std::string id() const override { return id_; }
  std::string fdKey() const override { return "fid"; }
  std::string kidKey() const override { return "kid"; }
  std::string displayName() const override { return "FID"; }
  torch::Device device() const override { return device_; }

 private:
  torch::jit::script::Module module_;
  torch::Device device_;
  std::string id_;
};

}  // namespace

torch::Tensor quantizeTo255(const torch::Tensor& images) {
  return (images * 127.5 + 128.0).clamp(0.0, 255.0).floor();
}

std::unique_ptr<FeatureExtractor> createFeatureExtractor(const std::string& inceptionFile,
                                                         const std::string& weightsDir, const torch::Device& device) {
  if (!inceptionFile.empty()) return std::make_unique<InceptionExtractor>(inceptionFile, device);
  return std::make_unique<EfficientNetExtractor>(weightsDir, device);
}

}  // namespace fewshot::metrics
