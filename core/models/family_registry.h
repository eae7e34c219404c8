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

struct FamilyPreset {
  std::string id;     // "demo", "official", ...
  std::string label;  // one line for menus and --help
};

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

struct FamilyDescriptor {
  using TrainerFactory = std::function<std::unique_ptr<train::Trainer>(const train::TrainingConfig&,
                                                                       const data::DatasetPack&, const c10::Device&)>;
  using SamplerFactory =
      std::function<std::unique_ptr<explore::RunSampler>(const explore::SamplerCheckpoint&, const c10::Device&)>;

  std::string id;           // config.json's "model"
  std::string displayName;  // "FastGAN"
  std::string summary;      // one line for tooltips and --help
  bool singleImage = false;  // trains on one image, keeping its aspect ratio
  ExplorePage explorePage = ExplorePage::Latent;
  std::vector<FamilyPreset> presets;
  std::string defaultPreset;  // what `fewshot train` uses without --preset
  std::map<Capability, std::string> unsupported;  // capability -> why this family cannot do it

  // The preset's full config (model set to this family). Throws std::invalid_argument for unknown ids.
  std::function<train::TrainingConfig(const std::string& preset)> presetConfig;
  // The family's own checks; throws std::invalid_argument naming the setting.
  std::function<void(const train::TrainingConfig&)> validate;
  // The training (and dataset import) resolution; single-image families: the longer side's cap.
  std::function<int(const train::TrainingConfig&)> imageSize;
  std::function<void(train::TrainingConfig&, int)> setImageSize;
  // Optional: settles machine-dependent "auto" choices of a new run before config.json is written.
  std::function<void(train::TrainingConfig&)> resolveNewRun;
  TrainerFactory createTrainer;
  // Opens a checkpoint for rendering (core/models/<family>/<family>_sampler.cpp; see core/explore/run_sampler.h).
  SamplerFactory openSampler;

  bool can(Capability c) const { return unsupported.find(c) == unsupported.end(); }
  // Empty when the family can; else the reason.
  std::string whyNot(Capability c) const;
  bool hasPreset(const std::string& preset) const;
};

const std::vector<FamilyDescriptor>& families();
// nullptr when `id` is not a registered family.
const FamilyDescriptor* findFamily(const std::string& id);
// Throws std::invalid_argument listing the known families.
const FamilyDescriptor& family(const std::string& id);
// "fastgan, projected, ..." for messages.
std::string familyIdList();

}  // namespace fewshot::models
