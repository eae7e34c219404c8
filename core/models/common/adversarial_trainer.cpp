#include "core/models/common/adversarial_trainer.h"

#include <ATen/CPUGeneratorImpl.h>

#include <utility>

#include "core/models/common/ema.h"
#include "core/models/common/adam_state_archive.h"
#include "core/models/common/multi_tensor_adam.h"
#include "core/models/common/optimizer_device.h"
#include "core/models/common/seed_streams.h"
#include "core/train/archive_section.h"

namespace fewshot {

AdversarialTrainer::AdversarialTrainer(const train::TrainingConfig& config, const data::DatasetPack& pack,
                                       const torch::Device& device, int64_t latentSize, double cutoutRatio)
    : config_(config),
      device_(device),
      precision_(train::resolvePrecision(config.precision, device)),
      lossScaler_(precision_ == train::Precision::Fp16),
      random_(std::make_shared<RandomSource>(config.seed)),
      sampler_(pack, seeds::batchSampler(config.seed)),
      augmenter_(config, cutoutRatio),
      latentSize_(latentSize) {
  if (config.deviceRandom) random_->drawOnDevice(device, seeds::deviceRandom(config.seed));
  RandomSource latentRandom(seeds::fixedLatents(config.seed));
  fixedLatents_ = latentRandom.randn({config.sampleCount, latentSize}, torch::kCPU);
}

void AdversarialTrainer::attachModels(torch::nn::Module& generator, torch::nn::Module& generatorEma,
                                      torch::nn::Module& discriminator, torch::optim::AdamOptions generatorAdam,
                                      torch::optim::AdamOptions discriminatorAdam) {
  generator_ = &generator;
  generatorEma_ = &generatorEma;
  discriminator_ = &discriminator;
  generator.to(device_);
  generatorEma.to(device_);
  discriminator.to(device_);
  applyMemoryFormat();
  {
    torch::NoGradGuard noGrad;
    auto src = generator.parameters();
    auto dst = generatorEma.parameters();
    for (size_t i = 0; i < src.size(); ++i) dst[i].copy_(src[i]);
    for (auto& p : dst) p.set_requires_grad(false);
  }
  copyBuffers(generator, generatorEma);
  adamG_ = std::move(generatorAdam);
  adamD_ = std::move(discriminatorAdam);
  resetOptimizers();
}

void AdversarialTrainer::applyMemoryFormat() {
  if (precision_ == train::Precision::Fp32) return;
  for (auto* m : {generator_, generatorEma_, discriminator_}) train::useChannelsLast(*m);
}

void AdversarialTrainer::resetOptimizers() {
  optG_ = makeAdam({torch::optim::OptimizerParamGroup(generator_->parameters())}, adamG_, device_);
  optD_ = makeAdam({torch::optim::OptimizerParamGroup(discriminator_->parameters())}, adamD_, device_);
}

std::vector<std::string> AdversarialTrainer::takeWarnings() { return std::exchange(warnings_, {}); }

torch::Tensor AdversarialTrainer::sampleImages() {
  torch::NoGradGuard noGrad;
  beginRendering(seeds::sampleNoise(config_.seed));
  torch::Tensor images = renderBatch(fixedLatents_.to(device_)).to(torch::kCPU);
  endRendering();
  return images;
}

torch::Tensor AdversarialTrainer::generateImages(int64_t count, uint64_t seed) {
  torch::NoGradGuard noGrad;
  // Latents from a generator of their own: the training random stream is untouched.
  at::Generator latentRng = at::detail::createCPUGenerator(seed);
  torch::Tensor z = torch::randn({count, latentSize_}, latentRng, torch::kFloat32);
  beginRendering(seeds::sampleNoise(seed));
  std::vector<torch::Tensor> images;
  const int64_t chunk = std::max(2, config_.batchSize);
  for (int64_t i = 0; i < count; i += chunk)
    images.push_back(renderBatch(z.slice(0, i, std::min(count, i + chunk)).to(device_)).to(torch::kCPU));
  endRendering();
  return torch::cat(images);
}

void AdversarialTrainer::save(torch::serialize::OutputArchive& archive) {
  syncEmaBuffers();
  auto section = [&](const char* key, auto&& fn) { train::writeSection(archive, key, fn); };
  section("generator", [&](auto& a) { generator_->save(a); });
  section("generator_ema", [&](auto& a) { generatorEma_->save(a); });
  section("discriminator", [&](auto& a) { discriminator_->save(a); });
  section("optimizer_g", [&](auto& a) { optG_->save(a); });
  section("optimizer_d", [&](auto& a) { optD_->save(a); });
  archive.write("random_state", random_->state());
  archive.write("sampler_state", c10::IValue(sampler_.state()));
  archive.write("iteration", c10::IValue(iteration_));
  augmenter_.save(archive);
  lossScaler_.save(archive);
  saveExtra(archive);
}

void AdversarialTrainer::load(torch::serialize::InputArchive& archive) {
  auto section = [&](const char* key, auto&& fn) { train::readSection(archive, key, fn); };
  section("generator", [&](auto& a) { generator_->load(a); });
  section("generator_ema", [&](auto& a) { generatorEma_->load(a); });
  section("discriminator", [&](auto& a) { discriminator_->load(a); });
  loadExtraModels(archive);
  generator_->to(device_);
  generatorEma_->to(device_);
  discriminator_->to(device_);
  applyMemoryFormat();
  for (auto& p : generatorEma_->parameters()) p.set_requires_grad(false);
  // Loading keeps the parameter tensors, so the optimizers stay bound to them; restore their state.
  section("optimizer_g", [&](auto& a) { loadAdamState(*optG_, a); });
  section("optimizer_d", [&](auto& a) { loadAdamState(*optD_, a); });
  for (auto* o : {optG_.get(), optD_.get()}) moveOptimizerState(*o, device_);
  // The config's learning rates rule (the divergence guard lowers them), not the rates saved with the state.
  auto setLearningRate = [](torch::optim::Optimizer& optimizer, double lr) {
    for (auto& group : optimizer.param_groups()) static_cast<torch::optim::AdamOptions&>(group.options()).lr(lr);
  };
  setLearningRate(*optG_, adamG_.lr());
  setLearningRate(*optD_, adamD_.lr());
  torch::Tensor rng;
  archive.read("random_state", rng);
  random_->setState(rng);
  c10::IValue value;
  archive.read("sampler_state", value);
  sampler_.setState(value.toStringRef());
  archive.read("iteration", value);
  iteration_ = value.toInt();
  augmenter_.load(archive);
  lossScaler_.load(archive);
  loadExtraState(archive);
}

}  // namespace fewshot
