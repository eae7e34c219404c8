#include "core/models/projected/projected_trainer.h"

#include <cmath>
#include <stdexcept>

#include "core/features/weights_location.h"
#include "core/models/common/ema.h"
#include "core/models/common/seeded_construction.h"
#include "core/train/archive_section.h"

namespace fewshot::projected {
namespace {

// StyleGAN2's lazy-regularisation rescaling of D's Adam (D_reg_interval 16), kept by the official code
// although Projected GAN has no regulariser: lr * 16/17, beta ** (16/17).
constexpr double kDRegRatio = 16.0 / 17.0;

void setTrainable(torch::nn::Module& module, bool on) {
  for (auto& p : module.parameters()) p.set_requires_grad(on);
}

// Official: NaN -> 0, +-inf -> +-1e5 in every gradient before the optimiser step.
void sanitizeGradients(torch::nn::Module& module) {
  torch::NoGradGuard noGrad;
  for (auto& p : module.parameters())
    if (p.grad().defined()) torch::nan_to_num_(p.mutable_grad(), 0.0, 1e5, -1e5);
}

}  // namespace

features::EfficientNetLite0 createFeatureNetwork(const ProjectedConfig& config) {
  if (config.randomFeatures) return features::EfficientNetLite0();  // frozen and in eval mode by construction
  try {
    return features::loadPretrainedEfficientNetLite0(config.weightsDir);
  } catch (const std::exception& e) {
    throw std::runtime_error(std::string("Projected GAN needs the pretrained EfficientNet-Lite0 features: ") +
                             e.what() +
                             " (bash packaging/fetch-weights.sh; or pass --random-features for an experiment "
                             "with a random feature network, which the paper reports is worse)");
  }
}

ProjectedGanTrainer::ProjectedGanTrainer(const train::TrainingConfig& config, const data::DatasetPack& pack,
                                         const torch::Device& device)
    : AdversarialTrainer(config, pack, device, config.projected.nz, /*cutoutRatio=*/0.2) {  // Projected's diffaug.py
  const ProjectedConfig& pc = config.projected;
  pc.validate(config.imageSize());
  constructSeeded(config.seed, [&] {
    generator_ = ProjectedGenerator(pc, config.imageSize());
    generatorEma_ = ProjectedGenerator(pc, config.imageSize());
    // The random projections (and a random backbone) come from this seed only at creation; resumes
    // and imports load them from the checkpoint.
    projector_ = Projector(createFeatureNetwork(pc), pc.cout, config.imageSize());
    std::vector<int> channels;
    for (int i = 0; i < 4; ++i) channels.push_back(projector_->featureChannels(i));
    discriminator_ = ProjectedDiscriminator(channels, pc);
  });
  projector_->to(device_);
  if (precision_ != train::Precision::Fp32) train::useChannelsLast(*projector_);
  auto adamG = torch::optim::AdamOptions(config.lrG).betas({config.beta1, config.beta2}).eps(1e-8);
  auto adamD = torch::optim::AdamOptions(config.lrD * kDRegRatio)
                   .betas({std::pow(config.beta1, kDRegRatio), std::pow(config.beta2, kDRegRatio)})
                   .eps(1e-8);
  attachModels(*generator_, *generatorEma_, *discriminator_, adamG, adamD);
  fastgan::setNoiseRandomSource(*generator_, random_);
  if (pc.randomFeatures)
    warnings_.push_back(
        "random features: the feature network is a frozen RANDOM EfficientNet-Lite0, not the "
        "pretrained one; this is an experiment, not Projected GAN proper");
}

torch::Tensor ProjectedGanTrainer::discriminate(const torch::Tensor& images) {
  return discriminator_->forward(projector_->forward(augmenter_.apply(images, *random_)));
}

train::StepValues ProjectedGanTrainer::trainStep() {
  train::AutocastScope autocast(precision_, device_);
  generator_->train();
  discriminator_->train();
  projector_->eval();
  const int B = localBatch(config_.batchSize);
  const int64_t nz = config_.projected.nz;
  torch::Tensor real = sampler_.next(B, device_);

  // Generator step: D's parameters pass gradients through but are not updated.
  setTrainable(*discriminator_, false);
  optG_->zero_grad();
  torch::Tensor lossG = -train::toFloat32(discriminate(generator_->forward(random_->randn({B, nz}, device_)))).mean();
  lossScaler_.scale(lossG).backward();
  if (gradientsReady(*optG_)) {
    sanitizeGradients(*generator_);
    optG_->step();
  }
  setTrainable(*discriminator_, true);

  // Discriminator step: fake and real are separate passes (separate BN batch statistics). G runs in
  // train mode here too, so its BN running statistics see both passes (official).
  optD_->zero_grad();
  torch::Tensor fake;
  {
    torch::NoGradGuard noGrad;
    fake = generator_->forward(random_->randn({B, nz}, device_));
  }
  torch::Tensor lossFake = torch::relu(1.0 + train::toFloat32(discriminate(fake))).mean();
  lossScaler_.scale(lossFake).backward();
  torch::Tensor realLogits = train::toFloat32(discriminate(real));
  augmenter_.accumulate(realLogits.detach());
  torch::Tensor lossReal = torch::relu(1.0 - realLogits).mean();
  lossScaler_.scale(lossReal).backward();
  if (gradientsReady(*optD_)) {
    sanitizeGradients(*discriminator_);
    optD_->step();
  }
  lossScaler_.update();

  updateEma();
  ++iteration_;
  train::StepValues values({{"loss_d_real", lossReal}, {"loss_d_fake", lossFake}, {"loss_g", lossG}});
  augmenter_.report(config_.batchSize, iteration_, values.host(), warnings_);
  return values;
}

void ProjectedGanTrainer::updateEma() {
  // Official schedule: half-life of batch*10/32 kimg, ramped up over the first images (ema_rampup 0.05).
  // The ramp is a function of the images seen, so it is also applied after a resume (the official code
  // switches it off there); that keeps N+M iterations identical to N, resume, M.
  torch::NoGradGuard noGrad;
  const double B = config_.batchSize;
  const double imagesSeen = static_cast<double>(iteration_) * B;
  const double emaNimg = std::min(B * 10.0 / 32.0 * 1000.0, 0.05 * imagesSeen);
  const double beta = std::pow(0.5, B / std::max(emaNimg, 1e-8));
  auto src = generator_->parameters();
  auto dst = generatorEma_->parameters();
  for (size_t i = 0; i < src.size(); ++i) dst[i].copy_(src[i].lerp(dst[i], beta));
  copyBuffers(*generator_, *generatorEma_);
}

void ProjectedGanTrainer::syncEmaBuffers() { copyBuffers(*generator_, *generatorEma_); }

void ProjectedGanTrainer::beginRendering(uint64_t noiseSeed) {
  fastgan::setNoiseRandomSource(*generatorEma_, std::make_shared<RandomSource>(noiseSeed));
  generatorEma_->eval();
}

torch::Tensor ProjectedGanTrainer::renderBatch(const torch::Tensor& latents) {
  return generatorEma_->forward(latents).clamp(-1, 1);
}

void ProjectedGanTrainer::endRendering() { generatorEma_->train(); }

double ProjectedGanTrainer::macsPerIteration() {
  // Counts the spectrally normalised convolutions (G and the mini-discriminators) only: the frozen
  // EfficientNet and the 1x1 projections use plain convolutions, which FlopCounter does not see.
  torch::NoGradGuard noGrad;
  generator_->eval();
  discriminator_->eval();
  const int B = config_.batchSize;
  FlopCounter gCount;
  torch::Tensor fake = generator_->forward(torch::zeros({B, config_.projected.nz}, device_));
  const double g = gCount.macs();
  FlopCounter dCount;
  discriminator_->forward(projector_->forward(fake));
  const double d = dCount.macs();
  generator_->train();
  discriminator_->train();
  // Forward passes: G twice, D three times (G step, D fake, D real); backward about twice a forward,
  // except the D step's G pass, which runs without gradients.
  return 3.0 * g + g + 3.0 * 3.0 * d;
}

void ProjectedGanTrainer::saveExtra(torch::serialize::OutputArchive& archive) {
  train::writeSection(archive, "feature_network", [&](auto& a) { projector_->save(a); });
}

void ProjectedGanTrainer::loadExtraModels(torch::serialize::InputArchive& archive) {
  train::readSection(archive, "feature_network", [&](auto& a) { projector_->load(a); });
  projector_->to(device_);
  if (precision_ != train::Precision::Fp32) train::useChannelsLast(*projector_);
  for (auto& p : projector_->parameters()) p.set_requires_grad(false);
  projector_->eval();
}

}  // namespace fewshot::projected
