#include "core/models/pggan/pggan_trainer.h"

#include <ATen/CPUGeneratorImpl.h>

#include <mutex>
#include <utility>

#include "core/models/common/ema.h"
#include "core/models/common/optimizer_device.h"
#include "core/models/common/spectral_norm.h"
#include "core/models/pggan/pggan_resample.h"
#include "core/train/archive_section.h"

namespace fewshot::pggan {
namespace {

// Weight init draws from LibTorch's global generator: serialise construction so runs stay reproducible.
std::mutex& constructionMutex() {
  static std::mutex m;
  return m;
}

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
  return sums.empty() || torch::isfinite(torch::stack(sums).sum()).item<bool>();
}

// The dataset tool's pyramid stores every level rounded to uint8 (spec §8); do the same.
torch::Tensor quantizeToUint8Grid(const torch::Tensor& x) {
  return x.add(1.0).mul(127.5).round().clamp(0, 255).div(127.5).sub(1.0);
}

}  // namespace

PgganTrainer::PgganTrainer(const train::TrainingConfig& config, const data::DatasetPack& pack,
                           const torch::Device& device)
    : config_(config),
      device_(device),
      random_(std::make_shared<RandomSource>(config.seed)),
      sampler_(pack, config.seed ^ 0x9e3779b97f4a7c15ull),
      policy_(config.augment == "diffaugment" ? DiffAugmentPolicy::parse(config.diffAugmentPolicy)
                                              : DiffAugmentPolicy::parse("")) {
  config.pggan.validate(config.batchSize);
  {
    std::lock_guard<std::mutex> lock(constructionMutex());
    torch::manual_seed(config.seed);
    generator_ = Generator(config.pggan);
    discriminator_ = Discriminator(config.pggan);
    generatorEma_ = Generator(config.pggan);
  }
  generator_->to(device_);
  generatorEma_->to(device_);
  discriminator_->to(device_);
  {
    // Gs starts as an exact copy of G, including the blocks of later phases (spec §7).
    torch::NoGradGuard noGrad;
    auto src = generator_->parameters();
    auto dst = generatorEma_->parameters();
    for (size_t i = 0; i < src.size(); ++i) dst[i].copy_(src[i]);
    for (auto& p : dst) p.set_requires_grad(false);
  }
  resetOptimizers();
  const PhaseState s = phase();
  optimizerLodFloor_ = s.lodFloor;
  optimizerLodCeil_ = s.lodCeil;
  if (config.augment == "ada" || config.augment == "fixed") {
    AdaAugmentOptions options = AdaAugmentOptions::preset(config.adaPreset);
    options.supersampled = config.adaSupersampled;
    ada_ = std::make_unique<AdaPipeline>(options);
    AdaControllerOptions c;
    c.target = config.adaTarget;
    c.adaKimg = config.adaKimg;
    c.adaptive = config.augment == "ada";
    c.initialP = config.augment == "fixed" ? config.fixedP : 0.0;
    controller_ = std::make_unique<AdaController>(c);
  }
  RandomSource latentRandom(config.seed + 1);
  fixedLatents_ = latentRandom.randn({config.sampleCount, config.pggan.latentSize()}, torch::kCPU);
}

PhaseState PgganTrainer::phase() const {
  const auto& p = config_.pggan;
  return phaseAt(static_cast<double>(imagesShown_), p.stabiliseKimg * 1000.0, p.fadeKimg * 1000.0, p.finalLog2());
}

void PgganTrainer::resetOptimizers() {
  auto adam = [&](double lr) { return torch::optim::AdamOptions(lr).betas({config_.beta1, config_.beta2}).eps(1e-8); };
  optG_ = std::make_unique<torch::optim::Adam>(generator_->parameters(), adam(config_.lrG));
  optD_ = std::make_unique<torch::optim::Adam>(discriminator_->parameters(), adam(config_.lrD));
}

torch::Tensor PgganTrainer::augment(const torch::Tensor& x) {
  if (ada_) return ada_->apply(x, controller_->p(), *random_);
  return policy_.any() ? diffAugment(x, policy_, *random_) : x;
}

torch::Tensor PgganTrainer::realsAt(const PhaseState& s) {
  torch::Tensor real = sampler_.next(config_.batchSize, device_);
  const int64_t factor = config_.pggan.imageSize / s.resolution;
  if (factor > 1) real = quantizeToUint8Grid(downsampleBy(real, factor));
  return fadeReals(real, s.alpha);
}

std::vector<std::string> PgganTrainer::takeWarnings() { return std::exchange(warnings_, {}); }

std::map<std::string, double> PgganTrainer::step() {
  const PhaseState s = phase();
  if (s.lodFloor != optimizerLodFloor_ || s.lodCeil != optimizerLodCeil_) {
    if (config_.pggan.resetOptimizer) resetOptimizers();
    optimizerLodFloor_ = s.lodFloor;
    optimizerLodCeil_ = s.lodCeil;
  }
  const int B = config_.batchSize;
  const int level = s.resolutionLog2;
  const double alpha = s.alpha;
  const auto& p = config_.pggan;

  // Discriminator: WGAN-GP + drift (spec §7).
  torch::Tensor real = augment(realsAt(s));
  torch::Tensor fake;
  {
    torch::NoGradGuard noGrad;
    fake = generator_->forward(random_->randn({B, p.latentSize()}, device_), level, alpha);
  }
  fake = augment(fake);
  clearGrads(*discriminator_);
  torch::Tensor dReal = discriminator_->forward(real, level, alpha);
  torch::Tensor dFake = discriminator_->forward(fake, level, alpha);
  if (controller_) controller_->accumulate(dReal.detach());
  torch::Tensor u = random_->rand({B, 1, 1, 1}, device_);
  torch::Tensor mixed = (real + u * (fake - real)).detach().requires_grad_(true);
  torch::Tensor dMixed = discriminator_->forward(mixed, level, alpha);
  torch::Tensor grad = torch::autograd::grad({dMixed.sum()}, {mixed}, {}, /*retain_graph=*/true, /*create_graph=*/true)[0];
  torch::Tensor gp = (grad.flatten(1).norm(2, 1) - 1.0).pow(2).mean();
  torch::Tensor drift = dReal.pow(2).mean();
  torch::Tensor lossD = dFake.mean() - dReal.mean() + p.gpLambda * gp + p.driftEpsilon * drift;
  lossD.backward();
  if (gradsFinite(*discriminator_)) optD_->step();
  else warnings_.push_back("non-finite D gradients at iteration " + std::to_string(iteration_) + ": D update skipped");

  // Generator: -D(G(z)) with an independent latent draw.
  clearGrads(*generator_);
  setRequiresGrad(*discriminator_, false);
  torch::Tensor fake2 = augment(generator_->forward(random_->randn({B, p.latentSize()}, device_), level, alpha));
  torch::Tensor lossG = -discriminator_->forward(fake2, level, alpha).mean();
  lossG.backward();
  setRequiresGrad(*discriminator_, true);
  if (gradsFinite(*generator_)) optG_->step();
  else warnings_.push_back("non-finite G gradients at iteration " + std::to_string(iteration_) + ": G update skipped");

  updateEma();
  imagesShown_ += B;
  ++iteration_;
  std::map<std::string, double> values{{"loss_d", lossD.item<double>()},
                                       {"loss_d_gp", gp.item<double>()},
                                       {"loss_d_drift", drift.item<double>()},
                                       {"loss_g", lossG.item<double>()},
                                       {"phase_resolution", static_cast<double>(s.resolution)},
                                       {"phase_alpha", alpha}};
  if (controller_) controller_->stepAndReport(B, iteration_, values, warnings_);
  return values;
}

void PgganTrainer::updateEma() {
  updateEmaParameters(*generatorEma_, *generator_, config_.emaDecay);
}

torch::Tensor PgganTrainer::sampleImages() {
  torch::NoGradGuard noGrad;
  const PhaseState s = phase();
  torch::Tensor images = generatorEma_->forward(fixedLatents_.to(device_), s.resolutionLog2, s.alpha);
  const int64_t size = config_.pggan.imageSize;
  if (s.resolution != size) images = torch::upsample_nearest2d(images, std::vector<int64_t>{size, size});
  return images.to(torch::kCPU);
}

torch::Tensor PgganTrainer::generateImages(int64_t count, uint64_t seed) {
  torch::NoGradGuard noGrad;
  // As sampleImages (current phase, upscaled with nearest), from latents of their own generator.
  at::Generator latentRng = at::detail::createCPUGenerator(seed);
  torch::Tensor z = torch::randn({count, config_.pggan.latentSize()}, latentRng, torch::kFloat32);
  const PhaseState s = phase();
  const int64_t size = config_.pggan.imageSize;
  std::vector<torch::Tensor> images;
  const int64_t chunk = std::max(2, config_.batchSize);
  for (int64_t i = 0; i < count; i += chunk) {
    torch::Tensor x = generatorEma_->forward(z.slice(0, i, std::min(count, i + chunk)).to(device_), s.resolutionLog2, s.alpha);
    if (s.resolution != size) x = torch::upsample_nearest2d(x, std::vector<int64_t>{size, size});
    images.push_back(x.to(torch::kCPU));
  }
  return torch::cat(images);
}

double PgganTrainer::macsPerIteration() {
  torch::NoGradGuard noGrad;
  const PhaseState s = phase();
  const int B = config_.batchSize;
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

void PgganTrainer::save(torch::serialize::OutputArchive& archive) {
  auto sub = [&](const char* key, auto&& fn) { train::writeSection(archive, key, fn); };
  sub("generator", [&](auto& a) { generator_->save(a); });
  sub("generator_ema", [&](auto& a) { generatorEma_->save(a); });
  sub("discriminator", [&](auto& a) { discriminator_->save(a); });
  sub("optimizer_g", [&](auto& a) { optG_->save(a); });
  sub("optimizer_d", [&](auto& a) { optD_->save(a); });
  archive.write("random_state", random_->state());
  archive.write("sampler_state", c10::IValue(sampler_.state()));
  archive.write("iteration", c10::IValue(iteration_));
  archive.write("images_shown", c10::IValue(imagesShown_));
  archive.write("optimizer_lod_floor", c10::IValue(static_cast<int64_t>(optimizerLodFloor_)));
  archive.write("optimizer_lod_ceil", c10::IValue(static_cast<int64_t>(optimizerLodCeil_)));
  if (controller_) sub("ada", [&](auto& a) { controller_->save(a); });
}

void PgganTrainer::load(torch::serialize::InputArchive& archive) {
  auto sub = [&](const char* key, auto&& fn) { train::readSection(archive, key, fn); };
  sub("generator", [&](auto& a) { generator_->load(a); });
  sub("generator_ema", [&](auto& a) { generatorEma_->load(a); });
  sub("discriminator", [&](auto& a) { discriminator_->load(a); });
  generator_->to(device_);
  generatorEma_->to(device_);
  discriminator_->to(device_);
  for (auto& p : generatorEma_->parameters()) p.set_requires_grad(false);
  resetOptimizers();  // bind fresh optimizers to the loaded parameters, then restore their state
  sub("optimizer_g", [&](auto& a) { optG_->load(a); });
  sub("optimizer_d", [&](auto& a) { optD_->load(a); });
  for (auto* o : {optG_.get(), optD_.get()}) moveOptimizerState(*o, device_);
  torch::Tensor rng;
  archive.read("random_state", rng);
  random_->setState(rng);
  c10::IValue value;
  archive.read("sampler_state", value);
  sampler_.setState(value.toStringRef());
  archive.read("iteration", value);
  iteration_ = value.toInt();
  archive.read("images_shown", value);
  imagesShown_ = value.toInt();
  archive.read("optimizer_lod_floor", value);
  optimizerLodFloor_ = static_cast<int>(value.toInt());
  archive.read("optimizer_lod_ceil", value);
  optimizerLodCeil_ = static_cast<int>(value.toInt());
  if (controller_) sub("ada", [&](auto& a) { controller_->load(a); });
}

}  // namespace fewshot::pggan
