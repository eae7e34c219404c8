#include "app/cli/train_consingan.h"

#include <iostream>

#include "core/models/consingan/image_pyramid.h"
#include "core/models/family_registry.h"

namespace fewshot::cli {

void addConSinGanTrainOptions(ArgParser& p) {
  p.addOption("mode", "MODE", "consingan: generation | retarget | harmonization | editing");
  p.addOption("stages", "N", "consingan: number of stages (official 6)");
  p.addOption("stage-iters", "N", "consingan: iterations per stage (official 2000)");
  p.addOption("max-size", "PX", "consingan: longer side of the finest stage (official 250)");
  p.addOption("min-size", "PX", "consingan: shorter side of the coarsest stage (official 25)");
  p.addOption("nfc", "N", "consingan: channels of every conv (official 64)");
  p.addOption("train-depth", "N", "consingan: stages trained together (official 3)");
  p.addOption("lr-scale", "F", "consingan: LR factor per older stage (official 0.1)");
}

train::TrainingConfig conSinGanConfigFromArgs(const ArgParser& a) {
  // CPU-friendly default; "official" gives the paper's settings, "harmonization"/"editing" the README's.
  const models::FamilyDescriptor& family = models::family(a.get("model"));
  const std::string preset = a.has("preset") ? a.get("preset") : family.defaultPreset;
  train::TrainingConfig c;
  try {
    c = family.presetConfig(preset);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  c.dataPath = a.has("image") ? a.get("image") : a.get("data");
  c.runDir = a.get("out");
  if (a.has("mode")) c.consingan.mode = a.get("mode");
  if (a.has("stages")) c.consingan.trainStages = a.getInt("stages");
  if (a.has("stage-iters")) c.consingan.itersPerStage = a.getInt("stage-iters");
  if (a.has("max-size")) c.consingan.maxSize = a.getInt("max-size");
  if (a.has("min-size")) c.consingan.minSize = a.getInt("min-size");
  if (a.has("nfc")) c.consingan.nfc = a.getInt("nfc");
  if (a.has("train-depth")) c.consingan.trainDepth = a.getInt("train-depth");
  if (a.has("lr-scale")) c.consingan.lrScale = a.getDouble("lr-scale");
  if (a.has("lr")) c.lrG = c.lrD = a.getDouble("lr");
  if (a.has("seed")) c.seed = static_cast<uint64_t>(a.getInt("seed"));
  if (a.has("device")) c.device = a.get("device");
  if (a.has("threads")) c.threads = a.getInt("threads");
  if (a.has("background")) c.background = a.get("background");
  c.iterations = a.has("iters") ? a.getInt("iters") : c.consingan.totalIterations();
  // Samples and checkpoints also come at every stage end; these add a few inside long stages.
  c.sampleEvery = a.has("sample-every") ? a.getInt("sample-every") : std::max(1, c.consingan.itersPerStage / 2);
  c.checkpointEvery = a.has("checkpoint-every") ? a.getInt("checkpoint-every") : std::max(1, c.consingan.itersPerStage / 4);
  c.keepCheckpoints = a.has("keep-checkpoints") ? a.getInt("keep-checkpoints") : 3;
  for (const char* unused : {"size", "batch", "ema", "ngf", "ndf", "augment", "policy", "ada-preset", "ada-target",
                             "ada-kimg", "p", "resize", "resampling"})
    if (a.has(unused)) throw UsageError(std::string("--") + unused + " does not apply to --model consingan");
  try {
    c.validate();
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  return c;
}

void printConSinGanRunSummary(const train::TrainingConfig& c, const data::DatasetPack& pack) {
  const auto shapes = consingan::pyramidShapes(pack.height, pack.width, c.consingan.trainStages, c.consingan.minSize,
                                               c.consingan.oldRescaling());
  std::cerr << "Image: " << (pack.sources.empty() ? c.dataPath : pack.sources[0]) << " at " << pack.width << "x"
            << pack.height << " (aspect kept, longer side <= " << c.consingan.maxSize << ")\n";
  std::cerr << "ConSinGAN " << c.consingan.mode << ", " << c.consingan.trainStages << " stages x "
            << c.consingan.itersPerStage << " iterations, pyramid (WxH):";
  for (const auto& s : shapes) std::cerr << " " << s.width << "x" << s.height;
  std::cerr << "\nRun directory: " << c.runDir << "\n";
}

}  // namespace fewshot::cli
