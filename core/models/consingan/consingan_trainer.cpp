#include "core/models/consingan/consingan_trainer.h"

#include <cmath>
#include <stdexcept>

#include "core/models/common/adam_state_archive.h"
#include "core/models/common/multi_tensor_adam.h"
#include "core/models/common/optimizer_device.h"
#include "core/models/common/seed_streams.h"
#include "core/models/common/seeded_construction.h"
#include "core/models/consingan/stage0_augment.h"
#include "core/train/archive_section.h"

namespace fewshot::consingan {
namespace {

data::ImageU8 packImage(const data::DatasetPack& pack) {
  if (pack.count() != 1)
    throw std::invalid_argument("ConSinGAN trains on exactly one image, but the dataset holds " +
                                std::to_string(pack.count()) + "; pass a single image file with --image");
  data::ImageU8 image;
  image.width = pack.width;
  image.height = pack.height;
  image.channels = 3;
  image.pixels.assign(pack.image(0), pack.image(0) + pack.imageBytes());
  return image;
}

torch::Tensor gradientPenalty(Discriminator& d, const torch::Tensor& real, const torch::Tensor& fake, double lambda,
                              RandomSource& random) {
  // SinGAN's variant (spec §5.3): one mixing scalar, the gradient norm over channels per pixel, λ = 0.1.
  const double u = random.rand({1}, torch::kCPU).item<double>();
  train::Fp32Scope fp32;  // the penalty's double backward in full precision
  torch::Tensor mixed = (u * real + (1 - u) * train::toFloat32(fake)).detach().requires_grad_(true);
  torch::Tensor score = d->forward(mixed);
  torch::Tensor grad = torch::autograd::grad({score}, {mixed}, {torch::ones_like(score)}, /*retain_graph=*/true,
                                             /*create_graph=*/true)[0];
  return ((grad.norm(2, 1) - 1).pow(2)).mean() * lambda;
}

double convMacs(int64_t cin, int64_t cout, int64_t h, int64_t w) { return static_cast<double>(cin * cout * 9) * h * w; }

}  // namespace

ConSinGanTrainer::ConSinGanTrainer(const train::TrainingConfig& config, const data::DatasetPack& pack,
                                   const torch::Device& device)
    : trainingConfig_(config),
      config_(config.consingan),
      device_(device),
      precision_(train::resolvePrecision(config.precision, device)),
      lossScaler_(precision_ == train::Precision::Fp16),
      random_(std::make_shared<RandomSource>(config.seed)) {
  if (config.deviceRandom) random_->drawOnDevice(device, seeds::deviceRandom(config.seed));
  config_.validate();
  const data::ImageU8 image = packImage(pack);
  if (std::min(image.height, image.width) < config_.minSize)
    throw std::invalid_argument("the training image is " + std::to_string(image.width) + "x" +
                                std::to_string(image.height) + " but its shorter side must be at least --min-size " +
                                std::to_string(config_.minSize));
  shapes_ = pyramidShapes(image.height, image.width, config_.trainStages, config_.minSize, config_.oldRescaling());
  for (const auto& s : shapes_)
    if (std::min(s.height, s.width) < 2 * (config_.numLayer + 2) + 1)
      throw std::invalid_argument("ConSinGAN stage of " + std::to_string(s.width) + "x" + std::to_string(s.height) +
                                  " px is smaller than the discriminator's receptive field; raise --min-size");
  for (auto& level : buildPyramid(image, config_.trainStages, config_.minSize, config_.oldRescaling()))
    reals_.push_back(level.to(device_));
  constructSeeded(config.seed, [&] {
    generator_ = GrowingGenerator(config_);
    discriminator_ = Discriminator(config_);
    initConSinGanWeights(*generator_);
    initConSinGanWeights(*discriminator_);
  });
  generator_->to(device_);
  discriminator_->to(device_);
}

bool ConSinGanTrainer::atStageEnd() const { return iteration_ > 0 && iteration_ % config_.itersPerStage == 0; }

torch::Tensor ConSinGanTrainer::trainingStage0Input(int n) {
  switch (config_.trainMode()) {
    case Mode::Harmonization: return harmonizationAugment(reals_[0], *random_, config_.albumentationsCutout);
    case Mode::Editing: return editingAugment(reals_[0], *random_);
    default: return random_->randn(generator_->noiseShape(0, shapes_[0]), device_);
  }
  (void)n;
}

std::vector<torch::Tensor> ConSinGanTrainer::randomNoise(int k, const std::vector<StageShape>& shapes,
                                                         RandomSource& random) {
  std::vector<torch::Tensor> noise;
  for (int i = 0; i <= k; ++i) noise.push_back(random.randn(generator_->noiseShape(i, shapes[i]), device_));
  return noise;
}

void ConSinGanTrainer::setupStage(int n) {
  if (n > 0) generator_->addStage();  // D is kept: the new stage's D starts from the previous one's weights
  torch::Tensor z;
  if (n == 0) {
    z = reals_[0].clone();
    if (config_.trainMode() == Mode::Editing) z = z + random_->randn(z.sizes(), device_) * 0.1;
  } else {
    z = random_->randn(generator_->noiseShape(n, shapes_[n]), device_);
  }
  zRec_.push_back(z);
  if (n == 0) {
    amps_.push_back(1.0);
  } else {
    amps_.push_back(0.0);
    torch::NoGradGuard noGrad;
    torch::Tensor rec = generator_->forward(zRec_, shapes_, amps_);
    amps_[n] = config_.noiseAmp * torch::sqrt(torch::mse_loss(rec, reals_[n])).item<double>();
  }
  builtStage_ = n;
  freezeAndBuildOptimizers(n);
}

void ConSinGanTrainer::freezeAndBuildOptimizers(int n) {
  const int depth = config_.trainDepth;
  const double lr = trainingConfig_.lrG;
  std::vector<torch::optim::OptimizerParamGroup> groups;
  baseLrG_.clear();
  auto adam = [&](double rate) {
    return std::make_unique<torch::optim::AdamOptions>(
        torch::optim::AdamOptions(rate).betas({trainingConfig_.beta1, trainingConfig_.beta2}));
  };
  for (int k = 0; k < generator_->stageCount(); ++k) {
    const int j = n - k;  // 0 = newest
    const bool trained = j < depth;
    for (auto& p : generator_->stage(k).parameters()) p.set_requires_grad(trained);
    if (trained) {
      const double rate = lr * std::pow(config_.lrScale, j);
      groups.emplace_back(generator_->stage(k).parameters(), adam(rate));
      baseLrG_.push_back(rate);
    }
  }
  if (n < depth) {  // afterwards the head is simply left out of the optimizer (it keeps requires_grad)
    const double rate = lr * std::pow(config_.lrScale, n);
    groups.emplace_back(generator_->head->parameters(), adam(rate));
    baseLrG_.push_back(rate);
  }
  groups.emplace_back(generator_->tail->parameters(), adam(lr));
  baseLrG_.push_back(lr);
  optG_ =
      makeAdam(groups, torch::optim::AdamOptions(lr).betas({trainingConfig_.beta1, trainingConfig_.beta2}), device_);
  optD_ = makeAdam({torch::optim::OptimizerParamGroup(discriminator_->parameters())},
                   torch::optim::AdamOptions(trainingConfig_.lrD).betas({trainingConfig_.beta1, trainingConfig_.beta2}),
                   device_);
}

std::map<std::string, double> ConSinGanTrainer::trainIteration(int n, int64_t t,
                                                               const std::vector<torch::Tensor>& noise) {
  train::AutocastScope autocast(precision_, device_);
  generator_->train();
  discriminator_->train();
  // MultiStepLR(milestones=[0.8·niter], gamma) stepped once per iteration (spec §5.1.5).
  const double factor = static_cast<double>(t) >= 0.8 * config_.itersPerStage ? config_.gamma : 1.0;
  for (size_t g = 0; g < optG_->param_groups().size(); ++g)
    static_cast<torch::optim::AdamOptions&>(optG_->param_groups()[g].options()).lr(baseLrG_[g] * factor);
  static_cast<torch::optim::AdamOptions&>(optD_->param_groups()[0].options()).lr(trainingConfig_.lrD * factor);

  const torch::Tensor& real = reals_[n];
  // G is unchanged during the D steps, so one forward serves all of them (the reference recomputes it).
  torch::Tensor fake = generator_->forward(noise, shapes_, amps_);
  double dReal = 0, dFake = 0, gp = 0;
  for (int j = 0; j < config_.dSteps; ++j) {
    optD_->zero_grad();
    torch::Tensor lossReal = -train::toFloat32(discriminator_->forward(real)).mean();
    torch::Tensor lossFake = train::toFloat32(discriminator_->forward(fake.detach())).mean();
    torch::Tensor penalty = gradientPenalty(discriminator_, real, fake.detach(), config_.lambdaGrad, *random_);
    lossScaler_.scale(lossReal + lossFake + penalty).backward();
    if (lossScaler_.unscale(*optD_)) optD_->step();
    dReal = lossReal.item<double>();
    dFake = lossFake.item<double>();
    gp = penalty.item<double>();
  }

  optG_->zero_grad();
  torch::Tensor lossAdv = -train::toFloat32(discriminator_->forward(fake)).mean();
  torch::Tensor rec = train::toFloat32(generator_->forward(zRec_, shapes_, amps_));
  torch::Tensor lossRec = torch::mse_loss(rec, real);
  lossScaler_.scale(lossAdv + config_.alpha * lossRec).backward();
  if (lossScaler_.unscale(*optG_))
    for (int j = 0; j < config_.gSteps; ++j) optG_->step();  // the reference's Gsteps: one gradient, several steps
  lossScaler_.update();

  return {{"loss_d_real", dReal},
          {"loss_d_fake", dFake},
          {"loss_gp", gp},
          {"loss_g_adv", lossAdv.item<double>()},
          {"loss_rec", lossRec.item<double>()},
          {"stage", n + 1.0},
          {"stage_count", static_cast<double>(config_.trainStages)},
          {"stage_iteration", static_cast<double>(t + 1)},
          {"noise_amp", amps_[n]}};
}

std::map<std::string, double> ConSinGanTrainer::step() {
  const int n = static_cast<int>(iteration_ / config_.itersPerStage);
  const int64_t t = iteration_ % config_.itersPerStage;
  if (n >= config_.trainStages)
    throw std::runtime_error("ConSinGAN: all " + std::to_string(config_.trainStages) + " stages are trained");
  if (n > builtStage_) setupStage(n);
  std::vector<torch::Tensor> noise = randomNoise(n, shapes_, *random_);
  noise[0] = trainingStage0Input(n);
  auto values = trainIteration(n, t, noise);
  ++iteration_;
  return values;
}

void ConSinGanTrainer::beginFineTune(const torch::Tensor& naiveCoarsest) {
  const int last = config_.trainStages - 1;
  if (builtStage_ != last || iteration_ < config_.totalIterations())
    throw std::runtime_error("fine-tuning needs a fully trained ConSinGAN (all " + std::to_string(config_.trainStages) +
                             " stages)");
  if (naiveCoarsest.size(2) != shapes_[0].height || naiveCoarsest.size(3) != shapes_[0].width)
    throw std::invalid_argument("the naive image must be resized to the coarsest stage first");
  fineTuneInput_ = naiveCoarsest.to(device_);
  fineTuneIteration_ = 0;
  freezeAndBuildOptimizers(last);  // fresh optimizers; fixed noise and amplitudes are reused (pitfall 12)
}

std::map<std::string, double> ConSinGanTrainer::fineTuneStep() {
  if (!fineTuneInput_.defined()) throw std::logic_error("beginFineTune() first");
  const int n = config_.trainStages - 1;
  std::vector<torch::Tensor> noise = randomNoise(n, shapes_, *random_);
  noise[0] = fineTuneInput_;
  if (config_.trainMode() == Mode::Editing) noise[0] = noise[0] + random_->randn(noise[0].sizes(), device_) * 0.1;
  auto values = trainIteration(n, fineTuneIteration_, noise);
  ++fineTuneIteration_;
  return values;
}

torch::Tensor ConSinGanTrainer::reconstruct() {
  torch::NoGradGuard noGrad;
  return generator_->forward(zRec_, shapes_, amps_);
}

torch::Tensor ConSinGanTrainer::sampleImages() {
  torch::NoGradGuard noGrad;
  if (builtStage_ < 0) return torch::cat({reals_[0], reals_[0]}).to(torch::kCPU);
  RandomSource random(seeds::sampleNoise(trainingConfig_.seed));
  std::vector<torch::Tensor> images{reconstruct()};
  for (int i = 1; i < trainingConfig_.sampleCount; ++i) {
    std::vector<torch::Tensor> noise = randomNoise(builtStage_, shapes_, random);
    if (config_.trainMode() != Mode::Generation) noise[0] = zRec_[0];  // conditional modes: the real coarse input
    images.push_back(generator_->forward(noise, shapes_, amps_));
  }
  return torch::cat(images).to(torch::kCPU);
}

double ConSinGanTrainer::macsPerIteration() {
  // Analytic count at the current (or first) stage: G forward twice (fake, reconstruction), D forward on
  // real, fake and the GP mix per D step, D on the fake for G; backward ≈ 2× forward, the GP's double
  // backward ≈ 3× more.
  const int n = std::max(builtStage_, 0);
  const int64_t C = config_.nfc, L = config_.numLayer;
  const int64_t grow = config_.generationWiring() ? 2 * L : 0;
  double g = convMacs(3, C, shapes_[0].height, shapes_[0].width) + convMacs(C, 3, shapes_[n].height, shapes_[n].width);
  for (int k = 0; k <= n; ++k)
    for (int64_t l = 0; l < L; ++l)
      g += convMacs(C, C, shapes_[k].height + grow - 2 * l - 2, shapes_[k].width + grow - 2 * l - 2);
  const int64_t H = shapes_[n].height, W = shapes_[n].width;
  double d = convMacs(3, C, H - 2, W - 2) + convMacs(C, 1, H - 2 * (L + 2), W - 2 * (L + 2));
  for (int64_t l = 0; l < L; ++l) d += convMacs(C, C, H - 4 - 2 * l, W - 4 - 2 * l);
  return 3.0 * 2.0 * g + config_.dSteps * (3.0 * 2.0 * d + 4.0 * d) + 3.0 * d;
}

void ConSinGanTrainer::joinDataParallel(std::shared_ptr<distributed::DataParallel> group) {
  (void)group;
  throw std::invalid_argument(
      "ConSinGAN trains on a single image, one sample per step: there is no batch to split over processes, so "
      "it trains in one process (--nproc 1)");
}

void ConSinGanTrainer::save(torch::serialize::OutputArchive& archive) {
  auto sub = [&](const char* key, auto&& fn) { train::writeSection(archive, key, fn); };
  archive.write("stages_built", c10::IValue(static_cast<int64_t>(builtStage_ + 1)));
  archive.write("iteration", c10::IValue(iteration_));
  sub("generator", [&](auto& a) { generator_->save(a); });
  sub("discriminator", [&](auto& a) { discriminator_->save(a); });
  if (builtStage_ >= 0) {
    sub("optimizer_g", [&](auto& a) { optG_->save(a); });
    sub("optimizer_d", [&](auto& a) { optD_->save(a); });
    archive.write("reconstruction_noise", c10::IValue(c10::List<torch::Tensor>(zRec_)));
    archive.write("noise_amp", torch::tensor(amps_, torch::kFloat64));
  }
  archive.write("random_state", random_->state());
  lossScaler_.save(archive);
}

void ConSinGanTrainer::load(torch::serialize::InputArchive& archive) {
  c10::IValue value;
  archive.read("stages_built", value);
  const int built = static_cast<int>(value.toInt());
  if (built < 0 || built > config_.trainStages)
    throw std::runtime_error("checkpoint holds " + std::to_string(built) + " ConSinGAN stages but the run has " +
                             std::to_string(config_.trainStages));
  archive.read("iteration", value);
  iteration_ = value.toInt();
  while (generator_->stageCount() < std::max(built, 1)) generator_->addStage();
  auto sub = [&](const char* key, auto&& fn) { train::readSection(archive, key, fn); };
  sub("generator", [&](auto& a) { generator_->load(a); });
  sub("discriminator", [&](auto& a) { discriminator_->load(a); });
  generator_->to(device_);
  discriminator_->to(device_);
  builtStage_ = built - 1;
  zRec_.clear();
  amps_.clear();
  if (built > 0) {
    archive.read("reconstruction_noise", value);
    for (const auto& t : value.toTensorList()) zRec_.push_back(static_cast<torch::Tensor>(t).to(device_));
    torch::Tensor amps;
    archive.read("noise_amp", amps);
    for (int64_t i = 0; i < amps.numel(); ++i) amps_.push_back(amps[i].item<double>());
    if (static_cast<int>(zRec_.size()) != built || static_cast<int>(amps_.size()) != built)
      throw std::runtime_error("checkpoint's ConSinGAN noise lists do not match its " + std::to_string(built) +
                               " stages");
    freezeAndBuildOptimizers(builtStage_);
    sub("optimizer_g", [&](auto& a) { loadAdamState(*optG_, a); });
    sub("optimizer_d", [&](auto& a) { loadAdamState(*optD_, a); });
    for (auto* o : {optG_.get(), optD_.get()}) moveOptimizerState(*o, device_);
  }
  torch::Tensor rng;
  archive.read("random_state", rng);
  random_->setState(rng);
  lossScaler_.load(archive);
}

}  // namespace fewshot::consingan
