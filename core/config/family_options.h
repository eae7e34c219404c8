// What a model family contributes to a run's settings, without LibTorch: its presets, its own settings
// (declared in core/models/<family>/<family>_options.cpp), which shared settings do not apply to it, and
// its checks. The family registry (core/models/family_registry.h) adds trainers, samplers and
// capabilities on top; the CLI's options and the studio's panels are built from these declarations.
#pragma once
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "core/config/setting.h"

namespace fewshot::config {

struct FamilyPreset {
  std::string id;     // "demo", "official", ...
  std::string label;  // one line for menus and --help (translated by the studio, context "FamilyText")
};

struct FamilyOptions {
  // Tells whether the user set the setting with this config.json key (a CLI option, a studio field edited
  // since the preset was applied).
  using GivenKeys = std::function<bool(const std::string& key)>;

  std::string id;            // config.json's "model"
  std::string displayName;   // "FastGAN"
  std::string summary;       // one line for tooltips and --help
  bool singleImage = false;  // trains on one image, keeping its aspect ratio
  std::vector<FamilyPreset> presets;
  std::string defaultPreset;             // what `fewshot train` uses without --preset
  std::string benchPreset = "official";  // what `fewshot bench train` times
  // Families that train in stages: the key of the setting with the iterations per stage (for progress
  // per stage); empty otherwise.
  std::string iterationsPerStageKey;

  std::vector<Setting> settings;       // the family's own settings, in the order they are shown
  std::set<std::string> unusedCommon;  // keys of shared settings that mean nothing to this family

  // The preset's full config (model set to this family). Throws std::invalid_argument for unknown ids.
  std::function<train::TrainingConfig(const std::string& preset)> presetConfig;
  // Checks across settings (single ranges are checked from the declarations); throws SettingError.
  std::function<void(const train::TrainingConfig&)> validate;
  // The training (and dataset import) resolution; single-image families: the longer side's cap.
  std::function<int(const train::TrainingConfig&)> imageSize;
  std::function<void(train::TrainingConfig&, int)> setImageSize;
  // Optional: settings that follow from others unless the user set them (ConSinGAN: the run's length
  // is stages x iterations per stage).
  std::function<void(train::TrainingConfig&, const GivenKeys&)> deriveSettings;
  // Optional: how `fewshot bench train` changes the bench preset before timing (PGGAN: at the final size).
  std::function<void(train::TrainingConfig&)> prepareBench;

  bool hasPreset(const std::string& preset) const;
  // The shared settings that apply to this family, then its own.
  std::vector<const Setting*> applicableSettings() const;
  // nullptr when no applicable setting has this key / this command-line option.
  const Setting* findSetting(const std::string& key) const;
  const Setting* findOption(const std::string& option) const;
};

// The families in the order the studio and --help list them (core/config/family_list.cpp).
const std::vector<FamilyOptions>& allFamilyOptions();
// nullptr when `id` is not a registered family.
const FamilyOptions* findFamilyOptions(const std::string& id);
// Throws SettingError (key "model") listing the known families.
const FamilyOptions& familyOptions(const std::string& id);
// "fastgan, projected, ..." for messages.
std::string familyIdList();

}  // namespace fewshot::config
