// `fewshot import`: an official FastGAN checkpoint (or our export) as a run to explore.
#include <iostream>

#include "app/cli/commands.h"
#include "app/cli/explore_args.h"
#include "core/explore/model_transfer.h"

namespace fewshot::cli {

int runImportCommand(const Args& args) {
  ArgParser p("fewshot import --checkpoint FILE [--size N] --out RUN_DIR",
              "Import a generator trained elsewhere: official FastGAN all_<iter>.pth (uses g_ema), <iter>.pth (g),\n"
              "or a state dict written by `fewshot export`. Creates a run that sample, mix, interpolate and export\n"
              "accept (it cannot resume training: there is no discriminator).");
  p.addOption("checkpoint", "FILE", "the .pth file");
  p.addOption("size", "N", "image size; checked against the file (default: inferred)");
  p.addOption("out", "RUN_DIR", "new run directory");
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  if (!p.has("checkpoint")) throw UsageError("--checkpoint FILE is required");
  if (!p.has("out")) throw UsageError("--out RUN_DIR is required");
  const int size = p.has("size") ? p.getInt("size") : 0;
  if (p.has("size") && size != 32 && size != 64 && size != 128 && size != 256 && size != 512 && size != 1024)
    throw UsageError("--size must be 32, 64, 128, 256, 512 or 1024");
  auto imported = explore::importGenerator(p.get("checkpoint"), size);
  explore::createRunFromGenerator(imported, p.get("out"), p.get("checkpoint"));
  std::cerr << "Imported " << imported.layout << " (" << imported.config.imageSize << " px, ngf " << imported.config.ngf
            << ", nz " << imported.config.nz << ", iteration " << imported.iteration << ") into " << p.get("out")
            << "\n";
  return 0;
}

}  // namespace fewshot::cli
