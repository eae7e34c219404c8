#include "core/models/consingan/consingan_sampler.h"

#include "core/explore/consingan_model.h"

namespace fewshot::consingan {
namespace {

class ConSinGanSampler : public explore::RunSampler {
 public:
  ConSinGanSampler(const explore::SamplerCheckpoint& checkpoint, const torch::Device& device)
      : RunSampler(checkpoint, device),
        model_(explore::ConSinGanModel::load(checkpoint.runDir, checkpoint.path, device.str())) {}

  int64_t latentSize() const override { return 0; }
  int imageWidth() const override { return static_cast<int>(model_->outputShape().width); }
  int imageHeight() const override { return static_cast<int>(model_->outputShape().height); }
  int stageCount() const override { return model_->stagesTrained(); }

  torch::Tensor renderStream(uint64_t seed, int count, const explore::ImageOptions& o,
                             const io::ProgressFn& progress) override {
    check(o);
    explore::ConSinGanGenerateOptions g = generateOptions(o);
    g.count = count;
    g.seed = seed;
    report(progress, 0, count);
    return model_->generate(g, [&](int done, int total) { report(progress, done, total); });
  }

  torch::Tensor renderSeeds(const std::vector<uint64_t>& seeds, const explore::ImageOptions& o,
                            const io::ProgressFn& progress) override {
    check(o);
    const int n = static_cast<int>(seeds.size());
    std::vector<torch::Tensor> images;
    report(progress, 0, n);
    for (int i = 0; i < n; ++i) {
      explore::ConSinGanGenerateOptions g = generateOptions(o);
      g.seed = seeds[i];  // sample 0 of seed s: the same image whatever else is rendered
      images.push_back(model_->generate(g));
      report(progress, i + 1, n);
    }
    return torch::cat(images);
  }

  torch::Tensor reconstruction() override { return model_->reconstruction(); }

 private:
  static void report(const io::ProgressFn& progress, int done, int total) {
    if (progress && !progress(done, total)) throw io::ExportCancelled();
  }

  void check(const explore::ImageOptions& o) const {
    checkImageOptions(o);
    if (o.latentScale != 1.0) throw explore::Unsupported(family().whyNot(models::Capability::LatentsJson));
  }

  static explore::ConSinGanGenerateOptions generateOptions(const explore::ImageOptions& o) {
    explore::ConSinGanGenerateOptions g;
    g.width = o.width;
    g.height = o.height;
    g.startStage = o.startStage;
    return g;
  }

  std::unique_ptr<explore::ConSinGanModel> model_;
};

}  // namespace

std::unique_ptr<explore::RunSampler> openSampler(const explore::SamplerCheckpoint& checkpoint,
                                                 const torch::Device& device) {
  return std::make_unique<ConSinGanSampler>(checkpoint, device);
}

}  // namespace fewshot::consingan
