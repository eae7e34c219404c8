#include "core/models/fastgan/fastgan_trainer.h"

#include "core/metrics/real_features_cache.h"
#include "core/models/common/ema.h"
#include "core/models/common/seeded_construction.h"

namespace fewshot::fastgan {

namespace {

// Enough pairs for a stable mean (2016 with 64 images) at the cost of one small feature pass.
constexpr int64_t kCalibrationImages = 64;

// Evenly spaced training images at the reconstructions' size, resized like the targets are.
torch::Tensor calibrationImages(const data::DatasetPack& pack, const torch::Device& device) {
  const int64_t n = std::min<int64_t>(kCalibrationImages, pack.count());
  const torch::Tensor picks = torch::linspace(0, pack.count() - 1, n).round().to(torch::kLong);
  std::vector<torch::Tensor> images;  // one at a time: a large dataset must not be converted whole
  for (int64_t i = 0; i < n; ++i) {
    const int64_t index = picks[i].item<int64_t>();
    images.push_back(resizeNearest(metrics::packToTensor(pack, index, index + 1), kReconstructionSize));
  }
  return torch::cat(images).to(device);
}

}  // namespace

FastGanTrainer::FastGanTrainer(const train::TrainingConfig& config, const data::DatasetPack& pack,
                               const torch::Device& device)
    : AdversarialTrainer(config, pack, device, config.fastgan.nz),
      reconstruction_(createReconstructionLoss(config.reconstructionLoss, config.metrics.weightsDir, device)) {
  constructSeeded(config.seed, [&] {
    generator_ = Generator(config.fastgan);
    discriminator_ = Discriminator(config.fastgan);
    generatorEma_ = Generator(config.fastgan);
  });
  auto adam = [&](double lr) { return torch::optim::AdamOptions(lr).betas({config.beta1, config.beta2}).eps(1e-8); };
  attachModels(*generator_, *generatorEma_, *discriminator_, adam(config.lrG), adam(config.lrD));
  setNoiseRandomSource(*generator_, random_);
  // Before any draw of the run and without randomness: a resumed run recomputes the same values, then
  // takes the saved ones (loadExtraState), which also holds across devices.
  if (reconstruction_->needsCalibration()) reconstruction_->calibrate(calibrationImages(pack, device));
}

train::StepValues FastGanTrainer::trainStep() {
  train::AutocastScope autocast(precision_, device_);
  generator_->train();
  discriminator_->train();
  const int B = localBatch(config_.batchSize);
  torch::Tensor real = sampler_.next(B, device_);
  torch::Tensor z = random_->randn({B, config_.fastgan.nz}, device_);
  GeneratorOutput fake = generator_->forward(z);

  // The real batch is augmented once; the two fake outputs get independent draws (spec §6).
  real = augmenter_.apply(real, *random_);
  torch::Tensor fakeImage = augmenter_.apply(fake.image, *random_);
  torch::Tensor fakeAux = augmenter_.apply(fake.aux, *random_);

  // Discriminator step.
  optD_->zero_grad();
  const int part = static_cast<int>(random_->randint(0, 4));
  DiscriminatorOutput dReal = discriminator_->forwardReal(real, part);
  const torch::Tensor logitsReal = train::toFloat32(dReal.logits);
  augmenter_.accumulate(logitsReal);
  torch::Tensor marginReal = random_->rand({logitsReal.size(0)}, device_) * 0.2 + 0.8;
  torch::Tensor lossReal = torch::relu(marginReal - logitsReal).mean();
  auto rec = [&](const torch::Tensor& out, const torch::Tensor& target) {
    return train::toFloat32(reconstruction_->perSample(train::toFloat32(out), resizeNearest(target, out.size(2))))
        .sum();
  };
  // Summed over the batch (official): × the shards, so that the ranks' average is the whole batch's sum.
  torch::Tensor lossRec =
      (rec(dReal.recBig, real) + rec(dReal.recSmall, real) + rec(dReal.recPart, cropQuarter(real, part))) *
      batchShards();
  lossScaler_.scale(lossReal + lossRec).backward();

  torch::Tensor dFake = train::toFloat32(discriminator_->forwardFake(fakeImage.detach(), fakeAux.detach()));
  torch::Tensor marginFake = random_->rand({dFake.size(0)}, device_) * 0.2 + 0.8;
  torch::Tensor lossFake = torch::relu(marginFake + dFake).mean();
  lossScaler_.scale(lossFake).backward();
  if (gradientsReady(*optD_)) optD_->step();

  // Generator step against the updated discriminator. DiffAugment reuses the D step's augmented fakes
  // (official FastGAN); ADA draws fresh parameters for every D evaluation (official ADA).
  if (augmenter_.usesAda()) {
    fakeImage = augmenter_.apply(fake.image, *random_);
    fakeAux = augmenter_.apply(fake.aux, *random_);
  }
  optG_->zero_grad();
  torch::Tensor lossG = -train::toFloat32(discriminator_->forwardFake(fakeImage, fakeAux)).mean();
  lossScaler_.scale(lossG).backward();
  if (gradientsReady(*optG_)) optG_->step();
  lossScaler_.update();

  updateEma();
  ++iteration_;
  train::StepValues values(
      {{"loss_d_real", lossReal}, {"loss_d_rec", lossRec}, {"loss_d_fake", lossFake}, {"loss_g", lossG}});
  augmenter_.report(config_.batchSize, iteration_, values.host(), warnings_);
  return values;
}

void FastGanTrainer::saveExtra(torch::serialize::OutputArchive& archive) {
  const torch::Tensor calibration = reconstruction_->calibration();
  if (calibration.defined()) archive.write("reconstruction_calibration", calibration);
}

void FastGanTrainer::loadExtraState(torch::serialize::InputArchive& archive) {
  torch::Tensor calibration;
  if (reconstruction_->needsCalibration() && archive.try_read("reconstruction_calibration", calibration))
    reconstruction_->setCalibration(calibration);
}

void FastGanTrainer::updateEma() {
  updateEmaParameters(*generatorEma_, *generator_, config_.emaDecay);
  // Like the official saved `g`: EMA parameters with the raw generator's buffers.
  copyBuffers(*generator_, *generatorEma_);
}

void FastGanTrainer::syncEmaBuffers() { copyBuffers(*generator_, *generatorEma_); }

void FastGanTrainer::beginRendering(uint64_t noiseSeed) {
  // Batch-statistics mode, as the official snapshots; fixed noise so grids are comparable.
  setNoiseRandomSource(*generatorEma_, std::make_shared<RandomSource>(noiseSeed));
  generatorEma_->train();
}

torch::Tensor FastGanTrainer::renderBatch(const torch::Tensor& latents) {
  return generatorEma_->forward(latents).image;
}

// Train-mode forwards updated G_ema's BN statistics: give it G's back.
void FastGanTrainer::endRendering() { copyBuffers(*generator_, *generatorEma_); }

double FastGanTrainer::macsPerIteration() {
  torch::NoGradGuard noGrad;
  generator_->eval();
  discriminator_->eval();
  const int B = config_.batchSize;
  torch::Tensor z = torch::zeros({B, config_.fastgan.nz}, device_);
  FlopCounter gCount;
  GeneratorOutput fake = generator_->forward(z);
  const double g = gCount.macs();
  FlopCounter dRealCount;
  discriminator_->forwardReal(fake.image, 0);
  const double dReal = dRealCount.macs();
  FlopCounter dFakeCount;
  discriminator_->forwardFake(fake.image, fake.aux);
  const double dFake = dFakeCount.macs();
  generator_->train();
  discriminator_->train();
  // Forward passes: G, D(real), D(fake) twice (D step, G step); backward costs about twice a forward.
  return 3.0 * (g + dReal + 2.0 * dFake);
}

}  // namespace fewshot::fastgan
