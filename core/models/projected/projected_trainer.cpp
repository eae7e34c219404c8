#include "core/models/projected/projected_trainer.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>
#include <mutex>
#include <stdexcept>
#include <utility>

#include "core/features/weights_location.h"
#include "core/models/common/ema.h"
#include "core/models/common/optimizer_device.h"
#include "core/train/archive_section.h"

namespace fewshot::projected {
namespace {

std::mutex& constructionMutex() {
  static std::mutex m;
  return m;
}

constexpr uint64_t kSampleNoiseSeedOffset = 0x5eed5a3c;
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
    throw std::runtime_error(std::string("Projected GAN needs the pretrained EfficientNet-Lite0 features: ") + e.what() +
                             " (bash packaging/fetch-weights.sh; or pass --random-features for an experiment "
                             "with a random feature network, which the paper reports is worse)");
  }
}

ProjectedGanTrainer::ProjectedGanTrainer(const train::TrainingConfig& config, const data::DatasetPack& pack,
                                         const torch::Device& device)
    : config_(config),
      device_(device),
      random_(std::make_shared<RandomSource>(config.seed)),
      sampler_(pack, config.seed ^ 0x9e3779b97f4a7c15ull),
      policy_(DiffAugmentPolicy::parse(config.augment == "diffaugment" ? config.diffAugmentPolicy : "")) {
  const ProjectedConfig& pc = config.projected;
  pc.validate(config.imageSize());
  policy_.cutoutRatio = 0.2;  // Projected GAN's diffaug.py (FastGAN's copy uses 0.5)
  {
    std::lock_guard<std::mutex> lock(constructionMutex());
    torch::manual_seed(config.seed);
    generator_ = ProjectedGenerator(pc, config.imageSize());
    generatorEma_ = ProjectedGenerator(pc, config.imageSize());
    // The random projections (and a random backbone) come from this seed only at creation; resumes
    // and imports load them from the checkpoint.
    projector_ = Projector(createFeatureNetwork(pc), pc.cout, config.imageSize());
    std::vector<int> channels;
    for (int i = 0; i < 4; ++i) channels.push_back(projector_->featureChannels(i));
    discriminator_ = ProjectedDiscriminator(channels, pc);
  }
  generator_->to(device_);
  generatorEma_->to(device_);
  projector_->to(device_);
  discriminator_->to(device_);
  {
    torch::NoGradGuard noGrad;
    auto src = generator_->parameters();
    auto dst = generatorEma_->parameters();
    for (size_t i = 0; i < src.size(); ++i) dst[i].copy_(src[i]);
    for (auto& p : dst) p.set_requires_grad(false);
  }
  copyBuffers(*generator_, *generatorEma_);
  fastgan::setNoiseRandomSource(*generator_, random_);
  auto adamG = torch::optim::AdamOptions(config.lrG).betas({config.beta1, config.beta2}).eps(1e-8);
  auto adamD = torch::optim::AdamOptions(config.lrD * kDRegRatio)
                   .betas({std::pow(config.beta1, kDRegRatio), std::pow(config.beta2, kDRegRatio)})
                   .eps(1e-8);
  optG_ = std::make_unique<torch::optim::Adam>(generator_->parameters(), adamG);
  optD_ = std::make_unique<torch::optim::Adam>(discriminator_->parameters(), adamD);
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
  if (pc.randomFeatures)
    warnings_.push_back("random features: the feature network is a frozen RANDOM EfficientNet-Lite0, not the "
                        "pretrained one; this is an experiment, not Projected GAN proper");
  RandomSource latentRandom(config.seed + 1);
  fixedLatents_ = latentRandom.randn({config.sampleCount, pc.nz}, torch::kCPU);
}

torch::Tensor ProjectedGanTrainer::augment(const torch::Tensor& x) {
  if (ada_) return ada_->apply(x, controller_->p(), *random_);
  return policy_.any() ? diffAugment(x, policy_, *random_) : x;
}

torch::Tensor ProjectedGanTrainer::discriminate(const torch::Tensor& images) {
  return discriminator_->forward(projector_->forward(augment(images)));
}

std::vector<std::string> ProjectedGanTrainer::takeWarnings() { return std::exchange(warnings_, {}); }

std::map<std::string, double> ProjectedGanTrainer::step() {
  generator_->train();
  discriminator_->train();
  projector_->eval();
  const int B = config_.batchSize;
  const int64_t nz = config_.projected.nz;
  torch::Tensor real = sampler_.next(B, device_);

  // Generator step: D's parameters pass gradients through but are not updated.
  setTrainable(*discriminator_, false);
  optG_->zero_grad();
  torch::Tensor lossG = -discriminate(generator_->forward(random_->randn({B, nz}, device_))).mean();
  lossG.backward();
  sanitizeGradients(*generator_);
  optG_->step();
  setTrainable(*discriminator_, true);

  // Discriminator step: fake and real are separate passes (separate BN batch statistics). G runs in
  // train mode here too, so its BN running statistics see both passes (official).
  optD_->zero_grad();
  torch::Tensor fake;
  {
    torch::NoGradGuard noGrad;
    fake = generator_->forward(random_->randn({B, nz}, device_));
  }
  torch::Tensor lossFake = torch::relu(1.0 + discriminate(fake)).mean();
  lossFake.backward();
  torch::Tensor realLogits = discriminate(real);
  if (controller_) controller_->accumulate(realLogits.detach());
  torch::Tensor lossReal = torch::relu(1.0 - realLogits).mean();
  lossReal.backward();
  sanitizeGradients(*discriminator_);
  optD_->step();

  updateEma();
  ++iteration_;
  std::map<std::string, double> values{{"loss_d_real", lossReal.item<double>()},
                                       {"loss_d_fake", lossFake.item<double>()},
                                       {"loss_g", lossG.item<double>()}};
  if (controller_) controller_->stepAndReport(B, iteration_, values, warnings_);
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

torch::Tensor ProjectedGanTrainer::sampleImages() {
  torch::NoGradGuard noGrad;
  // G_ema in eval mode (BN running statistics), fixed latents and noise: comparable grids (spec §8).
  fastgan::setNoiseRandomSource(*generatorEma_, std::make_shared<RandomSource>(config_.seed + kSampleNoiseSeedOffset));
  generatorEma_->eval();
  torch::Tensor images = generatorEma_->forward(fixedLatents_.to(device_)).clamp(-1, 1).to(torch::kCPU);
  generatorEma_->train();
  return images;
}

torch::Tensor ProjectedGanTrainer::generateImages(int64_t count, uint64_t seed) {
  torch::NoGradGuard noGrad;
  // As sampleImages (G_ema in eval mode), from latents of their own generator: the training RNG is untouched.
  at::Generator latentRng = at::detail::createCPUGenerator(seed);
  torch::Tensor z = torch::randn({count, fixedLatents_.size(1)}, latentRng, torch::kFloat32);
  fastgan::setNoiseRandomSource(*generatorEma_, std::make_shared<RandomSource>(seed + kSampleNoiseSeedOffset));
  generatorEma_->eval();
  std::vector<torch::Tensor> images;
  const int64_t chunk = std::max(2, config_.batchSize);
  for (int64_t i = 0; i < count; i += chunk)
    images.push_back(generatorEma_->forward(z.slice(0, i, std::min(count, i + chunk)).to(device_)).clamp(-1, 1).to(torch::kCPU));
  generatorEma_->train();
  return torch::cat(images);
}

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

void ProjectedGanTrainer::save(torch::serialize::OutputArchive& archive) {
  copyBuffers(*generator_, *generatorEma_);
  auto sub = [&](const char* key, auto&& fn) { train::writeSection(archive, key, fn); };
  sub("generator", [&](auto& a) { generator_->save(a); });
  sub("generator_ema", [&](auto& a) { generatorEma_->save(a); });
  sub("discriminator", [&](auto& a) { discriminator_->save(a); });
  // The random projections (and a random backbone) cannot be re-created from a seed elsewhere.
  sub("feature_network", [&](auto& a) { projector_->save(a); });
  sub("optimizer_g", [&](auto& a) { optG_->save(a); });
  sub("optimizer_d", [&](auto& a) { optD_->save(a); });
  archive.write("random_state", random_->state());
  archive.write("sampler_state", c10::IValue(sampler_.state()));
  archive.write("iteration", c10::IValue(iteration_));
  if (controller_) sub("ada", [&](auto& a) { controller_->save(a); });
}

void ProjectedGanTrainer::load(torch::serialize::InputArchive& archive) {
  auto sub = [&](const char* key, auto&& fn) { train::readSection(archive, key, fn); };
  sub("generator", [&](auto& a) { generator_->load(a); });
  sub("generator_ema", [&](auto& a) { generatorEma_->load(a); });
  sub("discriminator", [&](auto& a) { discriminator_->load(a); });
  sub("feature_network", [&](auto& a) { projector_->load(a); });
  sub("optimizer_g", [&](auto& a) { optG_->load(a); });
  sub("optimizer_d", [&](auto& a) { optD_->load(a); });
  generator_->to(device_);
  generatorEma_->to(device_);
  discriminator_->to(device_);
  projector_->to(device_);
  for (auto* o : {optG_.get(), optD_.get()}) moveOptimizerState(*o, device_);
  for (auto& p : generatorEma_->parameters()) p.set_requires_grad(false);
  for (auto& p : projector_->parameters()) p.set_requires_grad(false);
  projector_->eval();
  torch::Tensor rng;
  archive.read("random_state", rng);
  random_->setState(rng);
  c10::IValue value;
  archive.read("sampler_state", value);
  sampler_.setState(value.toStringRef());
  archive.read("iteration", value);
  iteration_ = value.toInt();
  if (controller_) sub("ada", [&](auto& a) { controller_->load(a); });
}

}  // namespace fewshot::projected
