// `fewshot export`: the EMA generator as a file plain PyTorch loads, or as an ONNX model (families that can).
#include <iostream>

#include "app/cli/commands.h"
#include "app/cli/explore_args.h"
#include "core/jobs/generator_export_job.h"

namespace fewshot::cli {

int runExportCommand(const Args& args) {
  ArgParser p("fewshot export --run RUN_DIR --format pytorch|onnx [--out FILE]",
              "Export the EMA generator (FastGAN runs).\n"
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
  if (format != "pytorch" && format != "onnx")
    throw UsageError("--format must be pytorch or onnx, not '" + format + "'");
  if (!p.has("run") && !p.has("out")) throw UsageError("--out FILE is required with --checkpoint");
  const bool onnx = format == "onnx";
  requireCapability(p, onnx ? models::Capability::OnnxExport : models::Capability::TorchExport);
  jobs::GeneratorExportJob job;
  job.runDir = p.get("run");
  job.checkpoint = p.get("checkpoint");
  job.output = p.get("out");
  job.options.format =
      onnx ? explore::GeneratorExportOptions::Format::Onnx : explore::GeneratorExportOptions::Format::PyTorch;
  job.options.noise = !p.has("no-noise");
  const jobs::JobOutcome result = jobs::runGeneratorExportJob(job);
  if (onnx)
    std::cerr << "Wrote an ONNX model of " << result.count << " nodes, " << result.bytes / 1024
              << " KiB (EMA generator, iteration " << result.iteration << ", " << result.details << ") to "
              << result.path << "\n";
  else
    std::cerr << "Wrote " << result.count << " tensors (EMA generator, iteration " << result.iteration << ", "
              << result.details << ") to " << result.path << "\n";
  std::cout << result.path << "\n";
  return 0;
}

}  // namespace fewshot::cli
