// `fewshot export`: the EMA generator as a file plain PyTorch loads.
#include <filesystem>
#include <iostream>

#include "app/cli/commands.h"
#include "app/cli/explore_args.h"
#include "core/explore/model_transfer.h"

namespace fewshot::cli {

int runExportCommand(const Args& args) {
  ArgParser p("fewshot export --run RUN_DIR --format pytorch [--out FILE]",
              "Export the EMA generator as a PyTorch state dict with the key names of the official FastGAN\n"
              "models.py Generator (load it with netG.load_state_dict(torch.load(FILE))). The configuration\n"
              "(im_size, ngf, nz) is written beside it as FILE.json.");
  p.addOption("run", "RUN_DIR", "run directory");
  p.addOption("checkpoint", "FILE", "a specific checkpoint instead of the newest");
  p.addOption("format", "FMT", "pytorch (ONNX is not available yet)", "pytorch");
  p.addOption("out", "FILE", "output file (default: RUN_DIR/export/generator_ema_<iter>.pth)");
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  if (!p.has("run") && !p.has("checkpoint")) throw UsageError("--run RUN_DIR is required");
  if (p.get("format") != "pytorch") throw UsageError("--format must be pytorch (ONNX export is not implemented)");
  auto generator = explore::RunGenerator::load(p.get("run"), p.get("checkpoint"), "cpu");
  std::string out = p.get("out");
  if (out.empty()) {
    if (!p.has("run")) throw UsageError("--out FILE is required with --checkpoint");
    std::filesystem::create_directories(p.get("run") + "/export");
    out = p.get("run") + "/export/generator_ema_" + std::to_string(generator.iteration()) + ".pth";
  }
  const int tensors = explore::exportPytorchGenerator(generator.generator(), out);
  const auto& c = generator.config().fastgan;
  std::cerr << "Wrote " << tensors << " tensors (EMA generator, iteration " << generator.iteration() << ", " << c.imageSize
            << " px, ngf " << c.ngf << ", nz " << c.nz << ") to " << out << "\n";
  std::cout << out << "\n";
  return 0;
}

}  // namespace fewshot::cli
