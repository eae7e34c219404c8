#include "core/explore/consingan_model.h"

#include <cmath>
#include <stdexcept>

#include "core/models/consingan/image_pyramid.h"
#include "core/train/checkpoint.h"
#include "core/train/trainer.h"

namespace fewshot::explore {
namespace F = torch::nn::functional;
using consingan::StageShape;

namespace {

RandomSource sampleRandom(uint64_t seed, int index) {
  return RandomSource(seed * 0x9e3779b97f4a7c15ull + static_cast<uint64_t>(index) + 1);
}

torch::Tensor resizeNoise(const torch::Tensor& z, const std::vector<int64_t>& shape) {
  if (z.size(2) == shape[2] && z.size(3) == shape[3]) return z;
  return F::interpolate(z, F::InterpolateFuncOptions()
                               .size(std::vector<int64_t>{shape[2], shape[3]})
                               .mode(torch::kBicubic)
                               .align_corners(true));
}

}  // namespace

std::unique_ptr<ConSinGanModel> ConSinGanModel::load(const std::string& runDir, const std::string& checkpoint,
                                                     const std::string& device) {
  std::unique_ptr<ConSinGanModel> m(new ConSinGanModel());
  m->checkpoint_ =
      checkpoint.empty() ? train::findLatestUsableCheckpoint(train::RunDirectory(runDir)).path : checkpoint;
  train::CheckpointHeader header = train::readCheckpointHeader(m->checkpoint_);
  m->config_ = header.config;
  if (m->config_.model != consingan::kFamilyId)
    throw std::runtime_error("checkpoint " + m->checkpoint_ + " holds a '" + m->config_.model + "' model, not " +
                             consingan::kFamilyId);
  const std::string packPath = train::RunDirectory(runDir.empty() ? header.config.runDir : runDir).datasetPackPath();
  m->pack_ = data::loadDatasetPack(packPath);
  const torch::Device onDevice = device.empty() ? train::deviceOrCpu(m->config_.device) : train::parseDevice(device);
  m->trainer_ = std::make_unique<consingan::ConSinGanTrainer>(m->config_, m->pack_, onDevice);
  train::loadCheckpoint(m->checkpoint_, *m->trainer_);
  if (m->trainer_->stagesBuilt() < 1)
    throw std::runtime_error("checkpoint " + m->checkpoint_ + " holds no trained ConSinGAN stage yet");
  return m;
}

StageShape ConSinGanModel::outputShape() const { return trainer_->shapes()[trainer_->stagesBuilt() - 1]; }

std::vector<StageShape> ConSinGanModel::shapesForSize(int height, int width) const {
  const StageShape out = outputShape();
  if (height <= 0) height = static_cast<int>(out.height);
  if (width <= 0) width = static_cast<int>(out.width);
  const double sh = static_cast<double>(height) / out.height, sw = static_cast<double>(width) / out.width;
  std::vector<StageShape> shapes;
  for (int k = 0; k < trainer_->stagesBuilt(); ++k) {
    const StageShape s = trainer_->shapes()[k];
    shapes.push_back({static_cast<int64_t>(s.height * sh), static_cast<int64_t>(s.width * sw)});
    if (shapes.back().height < 1 || shapes.back().width < 1)
      throw std::invalid_argument("size " + std::to_string(width) + "x" + std::to_string(height) +
                                  " is too small: stage " + std::to_string(k) + " would be empty");
  }
  shapes.back() = {height, width};
  return shapes;
}

torch::Tensor ConSinGanModel::generate(const ConSinGanGenerateOptions& o, const ProgressCallback& progress) {
  if (o.count < 1) throw std::invalid_argument("sample count must be at least 1");
  if (o.startStage < 0 || o.startStage >= trainer_->stagesBuilt())
    throw std::invalid_argument("start stage must be between 0 and " + std::to_string(trainer_->stagesBuilt() - 1));
  const std::vector<StageShape> shapes = shapesForSize(o.height, o.width);
  const int last = trainer_->stagesBuilt() - 1;
  const bool conditional = trainer_->config().trainMode() != consingan::Mode::Generation &&
                           trainer_->config().trainMode() != consingan::Mode::Retarget;
  torch::NoGradGuard noGrad;
  std::vector<torch::Tensor> images;
  for (int i = 0; i < o.count; ++i) {
    RandomSource random = sampleRandom(o.seed, i);
    std::vector<torch::Tensor> noise = trainer_->randomNoise(last, shapes, random);
    for (int k = 0; k < o.startStage || (k == 0 && conditional); ++k)
      noise[k] = resizeNoise(trainer_->reconstructionNoise()[k], trainer_->generator()->noiseShape(k, shapes[k]));
    images.push_back(trainer_->generator()->forward(noise, shapes, trainer_->amplitudes()).to(torch::kCPU));
    if (progress) progress(i + 1, o.count);
  }
  return torch::cat(images);
}

torch::Tensor ConSinGanModel::reconstruction() { return trainer_->reconstruct().to(torch::kCPU); }

torch::Tensor blendingMask(const torch::Tensor& mask, int radius, int threshold) {
  torch::Tensor binary = (mask > threshold).to(torch::kFloat32);
  // Binary dilation with a disk: any foreground pixel within the radius.
  torch::Tensor yy = torch::arange(-radius, radius + 1, torch::kFloat32).view({-1, 1});
  torch::Tensor xx = torch::arange(-radius, radius + 1, torch::kFloat32).view({1, -1});
  torch::Tensor disk =
      ((yy * yy + xx * xx) <= radius * radius).to(torch::kFloat32).view({1, 1, 2 * radius + 1, 2 * radius + 1});
  torch::Tensor dilated = (F::conv2d(binary, disk, F::Conv2dFuncOptions().padding(radius)) > 0.5).to(torch::kFloat32);
  // Gaussian blur σ = 5, truncated at 4σ like skimage.filters.gaussian, edges replicated ('nearest').
  const double sigma = 5;
  const int r = static_cast<int>(4 * sigma + 0.5);
  torch::Tensor t = torch::arange(-r, r + 1, torch::kFloat64);
  torch::Tensor g = torch::exp(-(t * t) / (2 * sigma * sigma));
  g = (g / g.sum()).to(torch::kFloat32);
  torch::Tensor blurred = F::pad(dilated, F::PadFuncOptions({r, r, r, r}).mode(torch::kReplicate));
  blurred = F::conv2d(blurred, g.view({1, 1, 1, -1}));
  blurred = F::conv2d(blurred, g.view({1, 1, -1, 1}));
  const double lo = blurred.min().item<double>(), hi = blurred.max().item<double>();
  if (hi - lo <= 0) return hi > 0 ? torch::ones_like(blurred) : torch::zeros_like(blurred);
  return (blurred - lo) / (hi - lo);
}

ConSinGanHarmonizeResult ConSinGanModel::harmonize(const data::ImageU8& composite, const data::ImageU8& mask,
                                                   const ConSinGanHarmonizeOptions& o,
                                                   const ProgressCallback& progress) {
  // The composite enters as the stage-0 input (spec §8.4): ConSinGAN's later stages take 64-channel
  // features, not images, so the code has no other injection point.
  if (o.injectionStage != 0)
    throw std::invalid_argument("ConSinGAN injects the composite at stage 0 only (its later stages take feature "
                                "noise, not images); got stage " + std::to_string(o.injectionStage));
  if (trainer_->stagesBuilt() != trainer_->config().trainStages)
    throw std::runtime_error("harmonization needs a fully trained run (" + std::to_string(trainer_->stagesBuilt()) +
                             " of " + std::to_string(trainer_->config().trainStages) + " stages trained)");
  if (composite.empty() || mask.empty()) throw std::invalid_argument("the composite and the mask must not be empty");
  const auto& shapes = trainer_->shapes();
  const StageShape out = shapes.back();
  const torch::Device device = trainer_->device();
  ConSinGanHarmonizeResult result;
  result.composite = consingan::resizeToShape(composite, out);
  torch::Tensor naiveCoarse = consingan::resizeToShape(composite, shapes[0]).to(device);

  RandomSource random(o.seed);
  if (o.fineTuneIterations > 0) {
    trainer_->beginFineTune(naiveCoarse);
    for (int i = 0; i < o.fineTuneIterations; ++i) {
      trainer_->fineTuneStep();
      if (progress) progress(i + 1, o.fineTuneIterations + 1);
    }
  }
  torch::NoGradGuard noGrad;
  // The later stages' noise as the official code: evaluate_model.py (no fine-tuning) feeds the stored fixed
  // noise, so the result is deterministic; after fine-tuning, training_harmonization_editing.py's
  // generate_samples draws fresh noise for every stage above 0 (here from the seed).
  std::vector<torch::Tensor> noise = o.fineTuneIterations > 0
                                         ? trainer_->randomNoise(trainer_->stagesBuilt() - 1, shapes, random)
                                         : trainer_->reconstructionNoise();
  noise[0] = naiveCoarse;
  if (o.edit) noise[0] = noise[0] + random.randn(noise[0].sizes(), device) * 0.1;
  result.generated = trainer_->generator()->forward(noise, shapes, trainer_->amplitudes()).to(torch::kCPU);
  if (progress) progress(o.fineTuneIterations + 1, o.fineTuneIterations + 1);

  // Masks are resized like images, then one channel is used.
  data::ImageU8 maskRgb = mask;
  if (mask.channels != 3) {
    maskRgb.channels = 3;
    maskRgb.pixels.resize(static_cast<size_t>(mask.width) * mask.height * 3);
    for (size_t p = 0; p < static_cast<size_t>(mask.width) * mask.height; ++p)
      for (int c = 0; c < 3; ++c) maskRgb.pixels[p * 3 + c] = mask.pixels[p * mask.channels];
  }
  torch::Tensor maskBatch = consingan::resizeToShape(maskRgb, out);
  torch::Tensor grey = ((maskBatch.slice(1, 0, 1) + 1) / 2 * 255).floor();
  result.mask = blendingMask(grey, o.edit ? 20 : 7, o.maskThreshold);
  result.blended = (1 - result.mask) * result.composite + result.mask * result.generated;
  return result;
}

}  // namespace fewshot::explore
