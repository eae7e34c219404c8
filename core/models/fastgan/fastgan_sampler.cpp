#include "core/models/fastgan/fastgan_sampler.h"

#include "core/explore/model_transfer.h"
#include "core/explore/onnx_export.h"
#include "core/explore/sampling_scope.h"
#include "core/explore/style_mixing.h"
#include "core/models/fastgan/fastgan_generator.h"

namespace fewshot::fastgan {
namespace {

class FastGanSampler : public explore::RunSampler {
 public:
  FastGanSampler(const explore::SamplerCheckpoint& checkpoint, const torch::Device& device)
      : RunSampler(checkpoint, device), generator_(checkpoint.config.fastgan) {
    loadTrainerSection(checkpoint.path, "generator_ema", *generator_);
    generator_->to(device);
  }

  int64_t latentSize() const override { return config().fastgan.nz; }
  int imageWidth() const override { return config().fastgan.imageSize; }
  int imageHeight() const override { return config().fastgan.imageSize; }

  torch::Tensor render(const torch::Tensor& latents, const explore::RenderOptions& o) override {
    checkLatents(latents, "the");
    explore::SamplingScope scope(generator_, o.norm, o.noiseSeed);
    return generator_->forward(latents.to(device())).image.to(torch::kCPU);
  }

  torch::Tensor styleMixGrid(const torch::Tensor& content, const torch::Tensor& style,
                             const explore::StyleMixOptions& o) override {
    require(models::Capability::StyleMixing);
    // The official recipe always uses batch statistics (scripts/style_mix.py).
    const explore::NormMode mode = o.official ? explore::NormMode::BatchStatistics : o.render.norm;
    const uint64_t noiseSeed = o.render.noiseSeed;
    const torch::Tensor mixes = o.official ? explore::mixOfficial(generator_, content, style, noiseSeed)
                                           : explore::mixPerGate(generator_, content, style, o.gates, mode, noiseSeed);
    return explore::styleMixGrid(render(content, {mode, noiseSeed}), render(style, {mode, noiseSeed}), mixes);
  }

  explore::GeneratorExportResult exportGenerator(const std::string& path,
                                                 const explore::GeneratorExportOptions& o) override {
    const auto& c = config().fastgan;
    explore::GeneratorExportResult result;
    if (o.format == explore::GeneratorExportOptions::Format::Onnx) {
      require(models::Capability::OnnxExport);
      explore::OnnxExportOptions onnx;
      onnx.noise = o.noise;
      const explore::OnnxExportResult written = explore::exportOnnxGenerator(generator_, path, onnx);
      result.items = written.nodes;
      result.bytes = written.bytes;
      result.details = std::to_string(c.imageSize) + " px, nz " + std::to_string(c.nz) + ", eval-mode BatchNorm";
      return result;
    }
    require(models::Capability::TorchExport);
    result.items = explore::exportPytorchGenerator(generator_, path);
    result.details = std::to_string(c.imageSize) + " px, ngf " + std::to_string(c.ngf) + ", nz " + std::to_string(c.nz);
    return result;
  }

 private:
  Generator generator_;
};

}  // namespace

std::unique_ptr<explore::RunSampler> openSampler(const explore::SamplerCheckpoint& checkpoint,
                                                 const torch::Device& device) {
  return std::make_unique<FastGanSampler>(checkpoint, device);
}

}  // namespace fewshot::fastgan
