#include "core/models/projected/projected_sampler.h"

#include "core/explore/sampling_scope.h"
#include "core/models/projected/projected_generator.h"

namespace fewshot::projected {
namespace {

class ProjectedSampler : public explore::RunSampler {
 public:
  ProjectedSampler(const explore::SamplerCheckpoint& checkpoint, const torch::Device& device)
      : RunSampler(checkpoint, device), generator_(checkpoint.config.projected, checkpoint.config.fastgan.imageSize) {
    loadTrainerSection(checkpoint.path, "generator_ema", *generator_);
    generator_->to(device);
  }

  int64_t latentSize() const override { return config().projected.nz; }
  int imageWidth() const override { return config().fastgan.imageSize; }
  int imageHeight() const override { return config().fastgan.imageSize; }
  // The trainer's samples and live metrics use the EMA generator in eval mode, as the official code.
  explore::NormMode defaultNormMode() const override { return explore::NormMode::RunningStatistics; }

  torch::Tensor render(const torch::Tensor& latents, const explore::RenderOptions& o) override {
    checkLatents(latents, "the");
    explore::SamplingScope scope(*generator_, o.norm, o.noiseSeed);
    return generator_->forward(latents.to(device())).clamp(-1, 1).to(torch::kCPU);
  }

 private:
  ProjectedGenerator generator_;
};

}  // namespace

std::unique_ptr<explore::RunSampler> openSampler(const explore::SamplerCheckpoint& checkpoint,
                                                 const torch::Device& device) {
  return std::make_unique<ProjectedSampler>(checkpoint, device);
}

}  // namespace fewshot::projected
