#include "core/models/pggan/pggan_sampler.h"

#include "core/models/pggan/pggan_generator.h"
#include "core/models/pggan/pggan_schedule.h"

namespace fewshot::pggan {
namespace {

class PgganSampler : public explore::RunSampler {
 public:
  PgganSampler(const explore::SamplerCheckpoint& checkpoint, const torch::Device& device)
      : RunSampler(checkpoint, device), generator_(checkpoint.config.pggan) {
    loadTrainerSection(checkpoint.path, "generator_ema", *generator_);
    generator_->to(device);
    const PgganConfig& p = checkpoint.config.pggan;
    phase_ = phaseAt(static_cast<double>(readTrainerInt(checkpoint.path, "images_shown")), p.stabiliseKimg * 1000.0,
                     p.fadeKimg * 1000.0, p.finalLog2());
  }

  int64_t latentSize() const override { return config().pggan.latentSize(); }
  int imageWidth() const override { return config().pggan.imageSize; }
  int imageHeight() const override { return config().pggan.imageSize; }

  // Pixel norm instead of batch normalisation and no noise inputs: the render options change nothing.
  torch::Tensor render(const torch::Tensor& latents, const explore::RenderOptions&) override {
    checkLatents(latents, "the");
    torch::NoGradGuard noGrad;
    torch::Tensor images = generator_->forward(latents.to(device()), phase_.resolutionLog2, phase_.alpha);
    const int64_t size = config().pggan.imageSize;
    if (phase_.resolution != size) images = torch::upsample_nearest2d(images, std::vector<int64_t>{size, size});
    return images.to(torch::kCPU);
  }

 private:
  Generator generator_;
  PhaseState phase_;
};

}  // namespace

std::unique_ptr<explore::RunSampler> openSampler(const explore::SamplerCheckpoint& checkpoint,
                                                 const torch::Device& device) {
  return std::make_unique<PgganSampler>(checkpoint, device);
}

}  // namespace fewshot::pggan
