// `fewshot export`: the EMA generator as a file plain PyTorch loads, or as an ONNX model.
#include <filesystem>
#include <iostream>

#include "app/cli/commands.h"
#include "app/cli/explore_args.h"
#include "core/explore/model_transfer.h"
#include "core/explore/onnx_export.h"

namespace fewshot::cli {

int runExportCommand(const Args& args) {
  ArgParser p("fewshot export --run RUN_DIR --format pytorch|onnx [--out FILE]",
              "Export the EMA generator.\n"
              "  pytorch: a state dict with the key names of the official FastGAN models.py Generator (load it\n"
              "           with netG.load_state_dict(torch.load(FILE))); (im_size, ngf, nz) go beside it in FILE.json.\n"
              "  onnx:    an ONNX model (opset 13), input z (batch, nz), output image (batch, 3, R, R) in [-1, 1];\n"
              "           BatchNorm uses running statistics (eval mode), spectral norm is folded into the weights,\n"
              "           noise injection stays random unless --no-noise.");
  p.addOption("run", "RUN_DIR", "run directory");
  p.addOption("checkpoint", "FILE", "a specific checkpoint instead of the newest");
  p.addOption("format", "FMT", "pytorch or onnx", "pytorch");
  p.addFlag("no-noise", "onnx: leave out the noise injection (deterministic output)");
  p.addOption("out", "FILE", "output file (default: RUN_DIR/export/generator_ema_<iter>.pth or .onnx)");
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  if (!p.has("run") && !p.has("checkpoint")) throw UsageError("--run RUN_DIR is required");
  const std::string format = p.get("format");
  if (format != "pytorch" && format != "onnx") throw UsageError("--format must be pytorch or onnx, not '" + format + "'");
  auto generator = explore::RunGenerator::load(p.get("run"), p.get("checkpoint"), "cpu");
  std::string out = p.get("out");
  if (out.empty()) {
    if (!p.has("run")) throw UsageError("--out FILE is required with --checkpoint");
    std::filesystem::create_directories(p.get("run") + "/export");
    out = p.get("run") + "/export/generator_ema_" + std::to_string(generator.iteration()) + (format == "onnx" ? ".onnx" : ".pth");
  }
  const auto& c = generator.config().fastgan;
  if (format == "onnx") {
    explore::OnnxExportOptions options;
    options.noise = !p.has("no-noise");
    const auto result = explore::exportOnnxGenerator(generator.generator(), out, options);
    std::cerr << "Wrote an ONNX model of " << result.nodes << " nodes, " << result.bytes / 1024 << " KiB (EMA generator, iteration "
              << generator.iteration() << ", " << c.imageSize << " px, nz " << c.nz << ", eval-mode BatchNorm) to " << out
              << "\n";
    std::cout << out << "\n";
    return 0;
  }
  const int tensors = explore::exportPytorchGenerator(generator.generator(), out);
  std::cerr << "Wrote " << tensors << " tensors (EMA generator, iteration " << generator.iteration() << ", " << c.imageSize
            << " px, ngf " << c.ngf << ", nz " << c.nz << ") to " << out << "\n";
  std::cout << out << "\n";
  return 0;
}

}  // namespace fewshot::cli
