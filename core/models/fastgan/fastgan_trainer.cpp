#include "core/models/fastgan/fastgan_trainer.h"
#include "core/models/common/ema.h"
#include "core/models/common/optimizer_device.h"
#include "core/train/archive_section.h"

#include <ATen/CPUGeneratorImpl.h>

#include <mutex>
#include <utility>

namespace fewshot::fastgan {
namespace {

// Module construction draws from LibTorch's global generator (weight init, spectral-norm vectors):
// serialise it so two sessions built at once still get reproducible weights.
std::mutex& constructionMutex() {
  static std::mutex m;
  return m;
}

constexpr uint64_t kSampleNoiseSeedOffset = 0x5eed5a3c;

}  // namespace

FastGanTrainer::FastGanTrainer(const train::TrainingConfig& config, const data::DatasetPack& pack,
                               const torch::Device& device)
    : config_(config),
      device_(device),
      random_(std::make_shared<RandomSource>(config.seed)),
      sampler_(pack, config.seed ^ 0x9e3779b97f4a7c15ull),
      reconstruction_(createReconstructionLoss(config.reconstructionLoss, config.metrics.weightsDir, device)),
      policy_(config.augment == "diffaugment" ? DiffAugmentPolicy::parse(config.diffAugmentPolicy)
                                              : DiffAugmentPolicy::parse("")) {
  {
    std::lock_guard<std::mutex> lock(constructionMutex());
    torch::manual_seed(config.seed);
    generator_ = Generator(config.fastgan);
    discriminator_ = Discriminator(config.fastgan);
    generatorEma_ = Generator(config.fastgan);
  }
  generatorEma_->to(device_);
  generator_->to(device_);
  discriminator_->to(device_);
  {
    torch::NoGradGuard noGrad;
    auto src = generator_->parameters();
    auto dst = generatorEma_->parameters();
    for (size_t i = 0; i < src.size(); ++i) dst[i].copy_(src[i]);
    for (auto& p : dst) p.set_requires_grad(false);
  }
  copyBuffers(*generator_, *generatorEma_);
  setNoiseRandomSource(*generator_, random_);
  auto adam = [&](double lr) { return torch::optim::AdamOptions(lr).betas({config.beta1, config.beta2}).eps(1e-8); };
  optG_ = std::make_unique<torch::optim::Adam>(generator_->parameters(), adam(config.lrG));
  optD_ = std::make_unique<torch::optim::Adam>(discriminator_->parameters(), adam(config.lrD));
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
  fixedLatents_ = latentRandom.randn({config.sampleCount, config.fastgan.nz}, torch::kCPU);
}

torch::Tensor FastGanTrainer::augment(const torch::Tensor& x) {
  if (ada_) return ada_->apply(x, controller_->p(), *random_);
  return policy_.any() ? diffAugment(x, policy_, *random_) : x;
}

std::vector<std::string> FastGanTrainer::takeWarnings() { return std::exchange(warnings_, {}); }

std::map<std::string, double> FastGanTrainer::step() {
  generator_->train();
  discriminator_->train();
  const int B = config_.batchSize;
  torch::Tensor real = sampler_.next(B, device_);
  torch::Tensor z = random_->randn({B, config_.fastgan.nz}, device_);
  GeneratorOutput fake = generator_->forward(z);

  // The real batch is augmented once; the two fake outputs get independent draws (spec §6).
  real = augment(real);
  torch::Tensor fakeImage = augment(fake.image);
  torch::Tensor fakeAux = augment(fake.aux);

  // Discriminator step.
  optD_->zero_grad();
  const int part = static_cast<int>(random_->randint(0, 4));
  DiscriminatorOutput dReal = discriminator_->forwardReal(real, part);
  if (controller_) controller_->accumulate(dReal.logits);
  torch::Tensor marginReal = random_->rand({dReal.logits.size(0)}, device_) * 0.2 + 0.8;
  torch::Tensor lossReal = torch::relu(marginReal - dReal.logits).mean();
  torch::Tensor lossRec =
      reconstruction_->perSample(dReal.recBig, resizeNearest(real, dReal.recBig.size(2))).sum() +
      reconstruction_->perSample(dReal.recSmall, resizeNearest(real, dReal.recSmall.size(2))).sum() +
      reconstruction_->perSample(dReal.recPart, resizeNearest(cropQuarter(real, part), dReal.recPart.size(2))).sum();
  (lossReal + lossRec).backward();

  torch::Tensor dFake = discriminator_->forwardFake(fakeImage.detach(), fakeAux.detach());
  torch::Tensor marginFake = random_->rand({dFake.size(0)}, device_) * 0.2 + 0.8;
  torch::Tensor lossFake = torch::relu(marginFake + dFake).mean();
  lossFake.backward();
  optD_->step();

  // Generator step against the updated discriminator. DiffAugment reuses the D step's augmented fakes
  // (official FastGAN); ADA draws fresh parameters for every D evaluation (official ADA).
  if (ada_) {
    fakeImage = augment(fake.image);
    fakeAux = augment(fake.aux);
  }
  optG_->zero_grad();
  torch::Tensor lossG = -discriminator_->forwardFake(fakeImage, fakeAux).mean();
  lossG.backward();
  optG_->step();

  updateEma();
  ++iteration_;
  std::map<std::string, double> values{{"loss_d_real", lossReal.item<double>()},
                                       {"loss_d_rec", lossRec.item<double>()},
                                       {"loss_d_fake", lossFake.item<double>()},
                                       {"loss_g", lossG.item<double>()}};
  if (controller_) controller_->stepAndReport(B, iteration_, values, warnings_);
  return values;
}

void FastGanTrainer::updateEma() {
  updateEmaParameters(*generatorEma_, *generator_, config_.emaDecay);
  // Like the official saved `g`: EMA parameters with the raw generator's buffers.
  copyBuffers(*generator_, *generatorEma_);
}

torch::Tensor FastGanTrainer::sampleImages() {
  torch::NoGradGuard noGrad;
  // Batch-statistics mode, as the official snapshots; fixed latents and fixed noise so grids are comparable.
  setNoiseRandomSource(*generatorEma_, std::make_shared<RandomSource>(config_.seed + kSampleNoiseSeedOffset));
  generatorEma_->train();
  torch::Tensor images = generatorEma_->forward(fixedLatents_.to(device_)).image.to(torch::kCPU);
  copyBuffers(*generator_, *generatorEma_);
  return images;
}

torch::Tensor FastGanTrainer::generateImages(int64_t count, uint64_t seed) {
  torch::NoGradGuard noGrad;
  // Same mode as sampleImages (batch statistics, fixed noise), in batches of the training batch size.
  at::Generator latentRng = at::detail::createCPUGenerator(seed);
  torch::Tensor z = torch::randn({count, config_.fastgan.nz}, latentRng, torch::kFloat32);
  setNoiseRandomSource(*generatorEma_, std::make_shared<RandomSource>(seed + kSampleNoiseSeedOffset));
  generatorEma_->train();
  std::vector<torch::Tensor> images;
  const int64_t chunk = std::max(2, config_.batchSize);
  for (int64_t i = 0; i < count; i += chunk)
    images.push_back(generatorEma_->forward(z.slice(0, i, std::min(count, i + chunk)).to(device_)).image.to(torch::kCPU));
  copyBuffers(*generator_, *generatorEma_);
  return torch::cat(images);
}

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

void FastGanTrainer::save(torch::serialize::OutputArchive& archive) {
  copyBuffers(*generator_, *generatorEma_);
  auto sub = [&](const char* key, auto&& fn) { train::writeSection(archive, key, fn); };
  sub("generator", [&](auto& a) { generator_->save(a); });
  sub("generator_ema", [&](auto& a) { generatorEma_->save(a); });
  sub("discriminator", [&](auto& a) { discriminator_->save(a); });
  sub("optimizer_g", [&](auto& a) { optG_->save(a); });
  sub("optimizer_d", [&](auto& a) { optD_->save(a); });
  archive.write("random_state", random_->state());
  archive.write("sampler_state", c10::IValue(sampler_.state()));
  archive.write("iteration", c10::IValue(iteration_));
  if (controller_) sub("ada", [&](auto& a) { controller_->save(a); });
}

void FastGanTrainer::load(torch::serialize::InputArchive& archive) {
  auto sub = [&](const char* key, auto&& fn) { train::readSection(archive, key, fn); };
  sub("generator", [&](auto& a) { generator_->load(a); });
  sub("generator_ema", [&](auto& a) { generatorEma_->load(a); });
  sub("discriminator", [&](auto& a) { discriminator_->load(a); });
  sub("optimizer_g", [&](auto& a) { optG_->load(a); });
  sub("optimizer_d", [&](auto& a) { optD_->load(a); });
  generator_->to(device_);
  generatorEma_->to(device_);
  discriminator_->to(device_);
  for (auto* o : {optG_.get(), optD_.get()}) moveOptimizerState(*o, device_);
  for (auto& p : generatorEma_->parameters()) p.set_requires_grad(false);
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

}  // namespace fewshot::fastgan
