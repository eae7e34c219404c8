#include "core/train/family_presets.h"

#include <algorithm>
#include <stdexcept>

#include "core/models/consingan/consingan_config.h"
#include "core/models/projected/projected_defaults.h"

namespace fewshot::train {

TrainingConfig familyPresetConfig(const std::string& model, const std::string& preset) {
  if (model == "fastgan") return presetConfig(preset);
  if (model == "pggan") {
    // PGGAN's own CPU presets grow 4 -> 64 / 4 -> 128 px; "official" keeps the paper's widths.
    TrainingConfig c = presetConfig(preset == "demo" ? "pggan" : preset == "cpu-128" ? "pggan-128" : preset);
    c.model = "pggan";
    return c;
  }
  if (model == "projected") {
    TrainingConfig c = presetConfig(preset);
    projected::applyProjectedDefaults(c, preset);
    return c;
  }
  if (model == "consingan") {
    TrainingConfig c;
    c.model = "consingan";
    c.consingan = consingan::consinganPreset(preset == "cpu-128" ? "demo" : preset);
    c.lrG = c.lrD = 5e-4;
    c.beta1 = 0.5;
    c.beta2 = 0.999;
    c.sampleCount = 4;
    c.iterations = c.consingan.totalIterations();
    // Samples and checkpoints also come at every stage end; these add a few inside long stages.
    c.sampleEvery = std::max(1, c.consingan.itersPerStage / 2);
    c.checkpointEvery = std::max(1, c.consingan.itersPerStage / 4);
    return c;
  }
  throw std::invalid_argument("unknown model '" + model + "'");
}

}  // namespace fewshot::train
