#include "core/explore/run_sampler.h"

#include <nlohmann/json.hpp>

#include "core/explore/latent_ops.h"
#include "core/models/common/random_source.h"
#include "core/train/checkpoint.h"
#include "core/train/run_directory.h"
#include "core/util/atomic_file.h"

namespace fewshot::explore {
namespace {

void report(const io::ProgressFn& progress, int done, int total) {
  if (progress && !progress(done, total)) throw io::ExportCancelled();
}

torch::serialize::InputArchive trainerState(const std::string& checkpoint) {
  torch::serialize::InputArchive archive, state;
  archive.load_from(checkpoint, torch::kCPU);  // a GPU run's tensors come back on the CPU, then move
  archive.read("trainer", state);
  return state;
}

}  // namespace

std::unique_ptr<RunSampler> RunSampler::open(const std::string& runDir, const std::string& checkpoint,
                                             const std::string& device) {
  SamplerCheckpoint c;
  c.path = checkpoint.empty() ? train::findLatestUsableCheckpoint(train::RunDirectory(runDir)).path : checkpoint;
  const train::CheckpointHeader header = train::readCheckpointHeader(c.path);
  c.runDir = runDir.empty() ? header.config.runDir : runDir;
  c.iteration = header.iteration;
  c.config = header.config;
  const models::FamilyDescriptor& family = models::family(c.config.model);
  if (!family.openSampler)
    throw std::runtime_error("checkpoint " + c.path + ": " + family.displayName + " runs cannot be sampled");
  // Empty: the run's own device when this machine has it, else the CPU.
  return family.openSampler(c, device.empty() ? train::deviceOrCpu(c.config.device) : train::parseDevice(device));
}

RunSampler::RunSampler(SamplerCheckpoint checkpoint, const torch::Device& device)
    : family_(&models::family(checkpoint.config.model)), checkpoint_(std::move(checkpoint)), device_(device) {}

void RunSampler::require(models::Capability c) const {
  if (!family_->can(c)) throw Unsupported(family_->whyNot(c));
}

torch::Tensor RunSampler::latentsForSeed(uint64_t seed, int count) const {
  if (latentSize() <= 0) throw Unsupported(family_->whyNot(models::Capability::LatentsJson));
  RandomSource random(seed);
  return random.randn({count, latentSize()}, torch::kCPU);
}

torch::Tensor RunSampler::latentsForSeeds(const std::vector<uint64_t>& seeds) const {
  if (latentSize() <= 0) throw Unsupported(family_->whyNot(models::Capability::LatentsJson));
  return explore::latentsForSeeds(seeds, latentSize());
}

void RunSampler::checkLatents(const torch::Tensor& latents, const char* what) const {
  if (latents.dim() != 2 || latents.size(0) < 1 || latents.size(1) != latentSize())
    throw std::invalid_argument(std::string(what) + " latents must have shape (N, " + std::to_string(latentSize()) +
                                ") for this " + family_->displayName + " generator");
}

void RunSampler::checkImageOptions(const ImageOptions& o) const {
  require(models::Capability::Seeds);
  if (o.width != 0 || o.height != 0) require(models::Capability::AnySize);
  if (o.startStage != 0 && (o.startStage < 0 || o.startStage >= stageCount()))
    throw std::invalid_argument("the start stage must be between 0 and " + std::to_string(stageCount() - 1));
}

torch::Tensor RunSampler::render(const torch::Tensor& latents, const RenderOptions& options) {
  (void)latents;
  (void)options;
  throw Unsupported(family_->whyNot(models::Capability::LatentsJson));
}

torch::Tensor RunSampler::renderStream(uint64_t seed, int count, const ImageOptions& o,
                                       const io::ProgressFn& progress) {
  checkImageOptions(o);
  if (count < 1) throw std::invalid_argument("the image count must be at least 1");
  report(progress, 0, count);
  torch::Tensor images = render(scaleLatents(latentsForSeed(seed, count), o.latentScale), o.render);
  report(progress, count, count);
  return images;
}

torch::Tensor RunSampler::renderSeeds(const std::vector<uint64_t>& seeds, const ImageOptions& o,
                                      const io::ProgressFn& progress) {
  checkImageOptions(o);
  const int n = static_cast<int>(seeds.size());
  report(progress, 0, n);
  // One batch, exactly as `fewshot sample --seeds`: with batch statistics an image depends on its batch.
  torch::Tensor images = render(scaleLatents(latentsForSeeds(seeds), o.latentScale), o.render);
  report(progress, n, n);
  return images;
}

torch::Tensor RunSampler::styleMixGrid(const torch::Tensor& content, const torch::Tensor& style,
                                       const StyleMixOptions& options) {
  (void)content;
  (void)style;
  (void)options;
  require(models::Capability::StyleMixing);
  throw Unsupported(family_->displayName + " declares style mixing but its sampler does not implement it");
}

torch::Tensor RunSampler::reconstruction() {
  throw Unsupported(family_->displayName + " trains on many images: it has no single training image to reconstruct");
}

GeneratorExportResult RunSampler::exportGenerator(const std::string& path, const GeneratorExportOptions& options) {
  (void)path;
  require(options.format == GeneratorExportOptions::Format::Onnx ? models::Capability::OnnxExport
                                                                 : models::Capability::TorchExport);
  throw Unsupported(family_->displayName + " declares this export but its sampler does not implement it");
}

void RunSampler::loadTrainerSection(const std::string& checkpoint, const char* key, torch::nn::Module& module) {
  try {
    torch::serialize::InputArchive state = trainerState(checkpoint), section;
    state.read(key, section);
    module.load(section);
  } catch (const std::exception& e) {
    throw std::runtime_error("checkpoint " + checkpoint + ": cannot read '" + key + "': " + e.what());
  }
}

int64_t RunSampler::readTrainerInt(const std::string& checkpoint, const char* key) {
  try {
    torch::serialize::InputArchive state = trainerState(checkpoint);
    c10::IValue value;
    state.read(key, value);
    return value.toInt();
  } catch (const std::exception& e) {
    throw std::runtime_error("checkpoint " + checkpoint + ": cannot read '" + key + "': " + e.what());
  }
}

const models::FamilyDescriptor& familyOfRun(const std::string& runDir, const std::string& checkpoint) {
  if (!checkpoint.empty()) return models::family(train::readCheckpointHeader(checkpoint).config.model);
  const train::RunDirectory run(runDir);
  if (!run.exists()) throw std::runtime_error(runDir + " is not a run folder (it has no config.json)");
  std::string model;
  try {
    model = nlohmann::json::parse(util::readFileBytes(run.configPath())).get<train::TrainingConfig>().model;
  } catch (const std::exception& e) {
    throw std::runtime_error(run.configPath() + ": " + e.what());
  }
  return models::family(model);
}

}  // namespace fewshot::explore
