#include "core/models/pggan/pggan_trainer.h"

#include "core/models/common/ema.h"
#include "core/models/common/seeded_construction.h"
#include "core/models/common/spectral_norm.h"
#include "core/models/pggan/pggan_resample.h"
#include "core/train/step_profile.h"

namespace fewshot::pggan {
namespace {

void clearGrads(torch::nn::Module& module) {
  for (auto& p : module.parameters()) p.mutable_grad() = torch::Tensor();
}

void setRequiresGrad(torch::nn::Module& module, bool on) {
  for (auto& p : module.parameters()) p.set_requires_grad(on);
}

// The reference skips updates whose gradients contain NaN or Inf (spec §7).
bool gradsFinite(torch::nn::Module& module) {
  std::vector<torch::Tensor> sums;
  for (auto& p : module.parameters())
    if (p.grad().defined()) sums.push_back(p.grad().sum());
  if (sums.empty()) return true;
  const torch::Tensor finite = torch::isfinite(torch::stack(sums).sum());
  train::StepPhaseTimer timer(train::StepPhase::Synchronisation, finite.device());
  return finite.item<bool>();
}

void setLearningRate(torch::optim::Optimizer& optimizer, double lr) {
  for (auto& group : optimizer.param_groups()) static_cast<torch::optim::AdamOptions&>(group.options()).lr(lr);
}

// The dataset tool's pyramid stores every level rounded to uint8 (spec §8); do the same.
torch::Tensor quantizeToUint8Grid(const torch::Tensor& x) {
  return x.add(1.0).mul(127.5).round().clamp(0, 255).div(127.5).sub(1.0);
}

}  // namespace

PgganTrainer::PgganTrainer(const train::TrainingConfig& config, const data::DatasetPack& pack,
                           const torch::Device& device)
    : AdversarialTrainer(config, pack, device, config.pggan.latentSize()) {
  config.pggan.validate(config.batchSize);
  constructSeeded(config.seed, [&] {
    generator_ = Generator(config.pggan);
    discriminator_ = Discriminator(config.pggan);
    generatorEma_ = Generator(config.pggan);
  });
  // Gs starts as an exact copy of G, including the blocks of later phases (spec §7).
  auto adam = [&](double lr) { return torch::optim::AdamOptions(lr).betas({config.beta1, config.beta2}).eps(1e-8); };
  attachModels(*generator_, *generatorEma_, *discriminator_, adam(config.lrG), adam(config.lrD));
  const PhaseState s = phase();
  optimizerLodFloor_ = s.lodFloor;
  optimizerLodCeil_ = s.lodCeil;
}

PhaseState PgganTrainer::phase() const {
  const auto& p = config_.pggan;
  return phaseAt(static_cast<double>(imagesShown_), p.stabiliseKimg * 1000.0, p.fadeKimg * 1000.0, p.finalLog2());
}

int PgganTrainer::batchAt(const PhaseState& s) const { return config_.pggan.batchAt(s.resolution, config_.batchSize); }

void PgganTrainer::joinDataParallel(std::shared_ptr<distributed::DataParallel> group) {
  AdversarialTrainer::joinDataParallel(std::move(group));
  for (int log2 = 2; log2 <= config_.pggan.finalLog2(); ++log2)
    localBatch(config_.pggan.batchAt(1 << log2, config_.batchSize));
}

torch::Tensor PgganTrainer::realsAt(const PhaseState& s) {
  torch::Tensor real = sampler_.next(localBatch(batchAt(s)), device_);
  const int64_t factor = config_.pggan.imageSize / s.resolution;
  if (factor > 1) real = quantizeToUint8Grid(downsampleBy(real, factor));
  return fadeReals(real, s.alpha);
}

train::StepValues PgganTrainer::trainStep() {
  train::AutocastScope autocast(precision_, device_);
  const PhaseState s = phase();
  if (s.lodFloor != optimizerLodFloor_ || s.lodCeil != optimizerLodCeil_) {
    if (config_.pggan.resetOptimizer) resetOptimizers();
    optimizerLodFloor_ = s.lodFloor;
    optimizerLodCeil_ = s.lodCeil;
  }
  // Runs without per-resolution rates (all before they existed) never touch the optimizers' rates here.
  if (!config_.pggan.lrMultiplierPerResolution.empty()) {
    const double m = config_.pggan.lrMultiplierAt(s.resolution);
    setLearningRate(*optG_, config_.lrG * m);
    setLearningRate(*optD_, config_.lrD * m);
  }
  const int globalBatch = batchAt(s);
  const int B = localBatch(globalBatch);
  const int level = s.resolutionLog2;
  const double alpha = s.alpha;
  const auto& p = config_.pggan;

  // Discriminator: WGAN-GP + drift (spec §7).
  torch::Tensor real = augmenter_.apply(realsAt(s), *random_);
  torch::Tensor fake;
  {
    torch::NoGradGuard noGrad;
    fake = generator_->forward(random_->randn({B, p.latentSize()}, device_), level, alpha);
  }
  fake = augmenter_.apply(fake, *random_);
  clearGrads(*discriminator_);
  torch::Tensor dReal = train::toFloat32(discriminator_->forward(real, level, alpha));
  torch::Tensor dFake = train::toFloat32(discriminator_->forward(fake, level, alpha));
  augmenter_.accumulate(dReal.detach());
  torch::Tensor u = random_->rand({B, 1, 1, 1}, device_);
  torch::Tensor mixed = (real + u * (train::toFloat32(fake) - real)).detach().requires_grad_(true);
  torch::Tensor gp;
  {
    train::Fp32Scope fp32;  // the penalty's double backward in full precision
    torch::Tensor dMixed = discriminator_->forward(mixed, level, alpha);
    torch::Tensor grad =
        torch::autograd::grad({dMixed.sum()}, {mixed}, {}, /*retain_graph=*/true, /*create_graph=*/true)[0];
    gp = (grad.flatten(1).norm(2, 1) - 1.0).pow(2).mean();
  }
  torch::Tensor drift = dReal.pow(2).mean();
  torch::Tensor lossD = dFake.mean() - dReal.mean() + p.gpLambda * gp + p.driftEpsilon * drift;
  lossScaler_.scale(lossD).backward();
  const bool dUnscaled = gradientsReady(*optD_);  // false: an fp16 overflow, handled by the scaler
  if (dUnscaled && gradsFinite(*discriminator_))
    optD_->step();
  else if (dUnscaled)
    warnings_.push_back("non-finite D gradients at iteration " + std::to_string(iteration_) + ": D update skipped");

  // Generator: -D(G(z)) with an independent latent draw.
  clearGrads(*generator_);
  setRequiresGrad(*discriminator_, false);
  torch::Tensor fake2 =
      augmenter_.apply(generator_->forward(random_->randn({B, p.latentSize()}, device_), level, alpha), *random_);
  torch::Tensor lossG = -train::toFloat32(discriminator_->forward(fake2, level, alpha)).mean();
  lossScaler_.scale(lossG).backward();
  setRequiresGrad(*discriminator_, true);
  const bool gUnscaled = gradientsReady(*optG_);
  if (gUnscaled && gradsFinite(*generator_))
    optG_->step();
  else if (gUnscaled)
    warnings_.push_back("non-finite G gradients at iteration " + std::to_string(iteration_) + ": G update skipped");

  lossScaler_.update();
  updateEma();
  imagesShown_ += globalBatch;
  ++iteration_;
  train::StepValues values({{"loss_d", lossD}, {"loss_d_gp", gp}, {"loss_d_drift", drift}, {"loss_g", lossG}});
  values.host()["phase_resolution"] = static_cast<double>(s.resolution);
  values.host()["phase_alpha"] = alpha;
  augmenter_.report(globalBatch, iteration_, values.host(), warnings_);
  return values;
}

void PgganTrainer::updateEma() { updateEmaParameters(*generatorEma_, *generator_, config_.emaDecay); }

torch::Tensor PgganTrainer::renderBatch(const torch::Tensor& latents) {
  const PhaseState s = phase();
  torch::Tensor images = generatorEma_->forward(latents, s.resolutionLog2, s.alpha);
  const int64_t size = config_.pggan.imageSize;
  if (s.resolution != size) images = torch::upsample_nearest2d(images, std::vector<int64_t>{size, size});
  return images;
}

double PgganTrainer::macsPerIteration() {
  torch::NoGradGuard noGrad;
  const PhaseState s = phase();
  const int B = batchAt(s);
  torch::Tensor z = torch::zeros({B, config_.pggan.latentSize()}, device_);
  FlopCounter gCount;
  torch::Tensor image = generator_->forward(z, s.resolutionLog2, s.alpha);
  const double g = gCount.macs();
  FlopCounter dCount;
  discriminator_->forward(image, s.resolutionLog2, s.alpha);
  const double d = dCount.macs();
  // Estimate, with a backward pass costing about two forwards: G forward (D step) + G forward/backward
  // (G step) = 4 G; D on reals, fakes and mixes with backward (9 D), the penalty's double backward
  // (~2 D), D forward/backward in the G step (3 D).
  return 4.0 * g + 14.0 * d;
}

void PgganTrainer::saveExtra(torch::serialize::OutputArchive& archive) {
  archive.write("images_shown", c10::IValue(imagesShown_));
  archive.write("optimizer_lod_floor", c10::IValue(static_cast<int64_t>(optimizerLodFloor_)));
  archive.write("optimizer_lod_ceil", c10::IValue(static_cast<int64_t>(optimizerLodCeil_)));
}

void PgganTrainer::loadExtraState(torch::serialize::InputArchive& archive) {
  c10::IValue value;
  archive.read("images_shown", value);
  imagesShown_ = value.toInt();
  archive.read("optimizer_lod_floor", value);
  optimizerLodFloor_ = static_cast<int>(value.toInt());
  archive.read("optimizer_lod_ceil", value);
  optimizerLodCeil_ = static_cast<int>(value.toInt());
}

}  // namespace fewshot::pggan
