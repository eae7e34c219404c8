// Hyper-parameters of a ConSinGAN (spec §1). Learning rates, Adam betas and the seed live in the
// shared TrainingConfig (lr_g = lr_d = 5e-4, betas 0.5/0.999 in the ConSinGAN presets).
#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace fewshot::consingan {

// The family id (config.json's "model") and the name of this struct's section in config.json.
inline constexpr const char* kFamilyId = "consingan";

enum class Mode { Generation, Retarget, Harmonization, Editing };
Mode modeFromString(const std::string& s);  // throws std::invalid_argument
std::string toString(Mode m);

struct ConSinGanConfig {
  std::string mode = "generation";  // generation | retarget | harmonization | editing
  int nfc = 64;                     // channels of every hidden conv
  int numLayer = 3;                 // conv blocks per G stage and in D's body
  int trainStages = 6;
  int minSize = 25;      // shorter side of the coarsest stage
  int maxSize = 250;     // cap on the longer side of the finest stage
  int trainDepth = 3;    // newest stages trained together
  double lrScale = 0.1;  // LR factor per step down the stack
  int itersPerStage = 2000;
  double gamma = 0.1;  // LR decay at 80 % of a stage
  int dSteps = 3;
  int gSteps = 3;
  double lambdaGrad = 0.1;
  double alpha = 10;      // reconstruction weight
  double noiseAmp = 0.1;  // multiplier of the reconstruction RMSE
  double leakySlope = 0.05;
  bool batchNorm = false;
  // Harmonization's stage-0 cutout as the official code (albumentations' Cutout). false: the centred holes
  // of runs written before this field existed; their config.json has no "albumentations_cutout" and a
  // resumed run keeps drawing them.
  bool albumentationsCutout = true;

  Mode trainMode() const { return modeFromString(mode); }
  // Harmonization uses the old SinGAN rescaling, every other mode the new one (spec §2.3).
  bool oldRescaling() const { return trainMode() == Mode::Harmonization; }
  // Generation wiring (noise enlarged by 6 px, resampling instead of padding) vs retarget wiring.
  bool generationWiring() const { return trainMode() == Mode::Generation; }
  int64_t totalIterations() const { return static_cast<int64_t>(trainStages) * itersPerStage; }
  void validate() const;
};

void to_json(nlohmann::json& j, const ConSinGanConfig& c);
void from_json(const nlohmann::json& j, ConSinGanConfig& c);

// "official" (spec §1 defaults, 2000 iterations per stage), "demo" (CPU: max 128 px, nfc 32, 5 stages of 300
// iterations), "tiny" (tests and smoke runs: max 48 px, nfc 16, 4 stages of 40 iterations).
// "harmonization" / "editing" are the README's settings for those modes.
ConSinGanConfig consinganPreset(const std::string& name);

}  // namespace fewshot::consingan
