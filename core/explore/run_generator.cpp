#include "core/explore/run_generator.h"

#include "core/train/checkpoint.h"
#include "core/train/trainer.h"
#include "core/util/error_text.h"

namespace fewshot::explore {

RunGenerator RunGenerator::load(const std::string& runDir, const std::string& checkpoint, const std::string& device) {
  RunGenerator g;
  g.checkpoint_ = checkpoint.empty() ? train::findLatestUsableCheckpoint(train::RunDirectory(runDir)).path : checkpoint;
  train::CheckpointHeader header = train::readCheckpointHeader(g.checkpoint_);
  g.config_ = header.config;
  g.iteration_ = header.iteration;
  if (g.config_.model != "fastgan")
    throw std::runtime_error("checkpoint " + g.checkpoint_ + " holds a '" + g.config_.model + "' model; sampling supports fastgan");
  g.device_ = device.empty() ? train::deviceOrCpu(g.config_.device) : train::parseDevice(device);
  g.generator_ = fastgan::Generator(g.config_.fastgan);
  try {
    torch::serialize::InputArchive archive, state, ema;
    archive.load_from(g.checkpoint_, torch::Device(torch::kCPU));  // GPU-written files open anywhere
    archive.read("trainer", state);
    state.read("generator_ema", ema);
    g.generator_->load(ema);
  } catch (const std::exception& e) {
    throw std::runtime_error("checkpoint " + g.checkpoint_ + ": cannot read the EMA generator: " + util::errorText(e));
  }
  g.generator_->to(g.device_);
  return g;
}

torch::Tensor RunGenerator::latentsForSeed(uint64_t seed, int count) const {
  RandomSource random(seed);
  return random.randn({count, config_.fastgan.nz}, torch::kCPU);
}

torch::Tensor RunGenerator::generate(const torch::Tensor& latents, NormMode mode, uint64_t noiseSeed) {
  SamplingScope scope(generator_, mode, noiseSeed);
  return generator_->forward(latents.to(device_)).image.to(torch::kCPU);
}

}  // namespace fewshot::explore
