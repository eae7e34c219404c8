// `fewshot harmonize`: blend a pasted object into a ConSinGAN run's image (harmonization) or re-render an
// edited region (editing, --edit), with the mask dilated and blurred as the reference (spec §8.4).
#include <iostream>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "app/cli/explore_args.h"
#include "core/data/dataset_import.h"
#include "core/explore/consingan_model.h"
#include "core/io/image_grid.h"
#include "core/io/png_writer.h"
#include "core/train/thread_count.h"

namespace fewshot::cli {

int runHarmonizeCommand(const Args& args) {
  ArgParser p("fewshot harmonize --run RUN_DIR --composite C --mask M --out O.png [--stage 0] [--edit] [--fine-tune N]",
              "Harmonize (or, with --edit, edit) a naive composite with a trained ConSinGAN run. Images of another\n"
              "size are resized to the training size; white mask pixels mark the pasted/edited region.");
  p.addOption("run", "RUN_DIR", "a ConSinGAN run (trained with --mode harmonization or editing)");
  p.addOption("checkpoint", "FILE", "a specific checkpoint instead of the newest");
  p.addOption("composite", "IMG", "the naive composite (background with the pasted object)");
  p.addOption("mask", "IMG", "mask of the pasted region (white = pasted)");
  p.addOption("out", "FILE", "output PNG (the blended result)");
  p.addOption("stage", "K", "injection stage (ConSinGAN injects at stage 0 only)", "0");
  p.addFlag("edit", "editing: mask dilation 20 px and noise on the input (default: harmonization, 7 px)");
  p.addOption("fine-tune", "N", "fine-tune the final stage on the composite for N iterations first", "0");
  p.addOption("seed", "S", "seed of the editing noise and fine-tuning", "0");
  p.addOption("mask-threshold", "T", "grey levels above T count as mask (the reference: 0)", "0");
  p.addFlag("raw", "also write the unblended output and the mask next to --out");
  p.addOption("device", "DEV", "cpu, cuda or cuda:N", "cpu");
  p.addOption("threads", "N", "CPU threads (0: all cores)", "0");
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  requirePngName(p, "out");
  for (const char* required : {"run", "composite", "mask", "out"})
    if (!p.has(required)) throw UsageError(std::string("--") + required + " is required");
  requireCapability(p, models::Capability::Harmonization);
  train::applyThreadCount(p.getInt("threads"));
  const data::ImageU8 composite = data::decodeImageFile(p.get("composite"), {0, 0, 0});
  const data::ImageU8 mask = data::decodeImageFile(p.get("mask"), {0, 0, 0});
  auto model = explore::ConSinGanModel::load(p.get("run"), p.get("checkpoint"), p.get("device"));
  const std::string mode = model->config().consingan.mode;
  if (mode != "harmonization" && mode != "editing")
    std::cerr << "warning: " << p.get("run") << " was trained in " << mode
              << " mode; harmonization/editing expect a run trained with --mode harmonization or editing\n";

  explore::ConSinGanHarmonizeOptions o;
  o.edit = p.has("edit");
  o.injectionStage = p.getInt("stage");
  o.fineTuneIterations = p.getInt("fine-tune");
  o.seed = static_cast<uint64_t>(p.getInt("seed"));
  o.maskThreshold = p.getInt("mask-threshold");
  if (o.fineTuneIterations < 0) throw UsageError("--fine-tune must be >= 0");
  explore::ConSinGanHarmonizeResult r;
  try {
    r = model->harmonize(composite, mask, o, [](int done, int total) {
      std::cerr << "\rstep " << done << "/" << total << std::flush;
    });
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  std::cerr << "\n";
  const std::string out = p.get("out");
  io::writePng(io::tensorToImage(r.blended[0]), out);
  if (p.has("raw")) {
    const std::string stem =
        out.size() > 4 && out.substr(out.size() - 4) == ".png" ? out.substr(0, out.size() - 4) : out;
    io::writePng(io::tensorToImage(r.generated[0]), stem + "_raw.png");
    io::writePng(io::tensorToImage((r.mask[0] * 2 - 1).expand({3, -1, -1})), stem + "_mask.png");
  }
  std::cerr << "Wrote " << out << " (" << r.blended.size(3) << "x" << r.blended.size(2) << ", "
            << (o.edit ? "editing" : "harmonization") << ")\n";
  return 0;
}

}  // namespace fewshot::cli
