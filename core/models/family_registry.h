// The model families. Each family describes itself once, in its own folder
// (core/models/<family>/<family>_family.cpp), and core/models/families.cpp lists the descriptors.
// The CLI, the studio and the rest of the core ask this registry for presets, validation, trainers,
// samplers and what a family can do; nothing outside core/models compares family names.
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/config/family_options.h"

namespace c10 {
struct Device;
}
namespace fewshot::data {
struct DatasetPack;
}
namespace fewshot::train {
struct TrainingConfig;
class Trainer;
}  // namespace fewshot::train
namespace fewshot::explore {
class RunSampler;
struct SamplerCheckpoint;
}  // namespace fewshot::explore

namespace fewshot::models {

using FamilyPreset = config::FamilyPreset;

// What can be done with a trained run of a family. A family lists what it cannot do, with the reason
// shown to the user (CLI error, disabled button tooltip).
enum class Capability {
  Seeds,          // images from seeds: seed view, seed grids, single images by seed list
  Interpolation,  // latent interpolation and loop videos
  LatentsJson,    // the latent vectors of seeds as JSON
  StyleMixing,    // mixing two latents through skip-layer gates
  AnySize,        // renders at any width x height
  Harmonization,  // harmonization and editing of a pasted object
  TorchExport,    // the generator in the official PyTorch layout
  OnnxExport,     // the generator as an ONNX model
  LiveMetrics,    // FD/KID against the training set during training
};

// "seeds", "interpolation", ... (stable names for the studio and JSON output).
const char* capabilityName(Capability c);
const std::vector<Capability>& allCapabilities();

// The studio page that explores a family's runs.
enum class ExplorePage { Latent, SingleImage };

// A family's settings and presets (config::FamilyOptions, declared in <family>_options.cpp) and what only
// a LibTorch build has: its trainer, its sampler and what its runs can do.
struct FamilyDescriptor : config::FamilyOptions {
  using TrainerFactory = std::function<std::unique_ptr<train::Trainer>(const train::TrainingConfig&,
                                                                       const data::DatasetPack&, const c10::Device&)>;
  using SamplerFactory =
      std::function<std::unique_ptr<explore::RunSampler>(const explore::SamplerCheckpoint&, const c10::Device&)>;

  explicit FamilyDescriptor(config::FamilyOptions options) : config::FamilyOptions(std::move(options)) {}

  ExplorePage explorePage = ExplorePage::Latent;
  std::map<Capability, std::string> unsupported;  // capability -> why this family cannot do it
  // Optional: settles machine-dependent "auto" choices of a new run before config.json is written.
  std::function<void(train::TrainingConfig&)> resolveNewRun;
  // Optional: lines that say what a run of these settings uses that the user may not expect (the
  // reconstruction loss's fallback, a random feature network, the stage sizes of one image), for the CLI's
  // start and bench output. `dataset` is the imported training data.
  std::function<std::vector<std::string>(const train::TrainingConfig&, const data::DatasetPack& dataset)> runNotes;
  std::string benchNote;  // what `fewshot bench train`'s GFLOP figure leaves out, when it does
  TrainerFactory createTrainer;
  // Opens a checkpoint for rendering (core/models/<family>/<family>_sampler.cpp; see core/explore/run_sampler.h).
  SamplerFactory openSampler;

  bool can(Capability c) const { return unsupported.find(c) == unsupported.end(); }
  // Empty when the family can; else the reason.
  std::string whyNot(Capability c) const;
};

const std::vector<FamilyDescriptor>& families();
// nullptr when `id` is not a registered family.
const FamilyDescriptor* findFamily(const std::string& id);
// Throws std::invalid_argument listing the known families.
const FamilyDescriptor& family(const std::string& id);
// "fastgan, projected, ..." for messages.
std::string familyIdList();

}  // namespace fewshot::models
