// `fewshot`: the headless front end of FewShot Studio (links the core library only).
#include <iostream>
#include <sstream>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "core/explore/unsupported.h"
#include "core/version.h"
#include "core/util/error_text.h"

namespace {

const char* kTopHelp =
    "usage: fewshot <command> [options]\n\n"
    "FewShot Studio command line: train and explore GANs on tiny datasets.\n\n"
    "commands:\n"
    "  train            train a model on a folder of images, or resume a run (--resume RUN_DIR)\n"
    "  sample           images, grids and latents from a trained run (any family)\n"
    "  mix              style-mixing grid through FastGAN's skip-layer excitation\n"
    "  interpolate      interpolation or loop video (MP4/GIF) through seeds\n"
    "  timelapse        animation of a run's sample history\n"
    "  export           export the EMA generator for plain PyTorch or ONNX\n"
    "  import           import an official FastGAN checkpoint as a run\n"
    "  dataset check    scan a folder and report what would be imported\n"
    "  dataset sample   render the built-in sample dataset (emoji faces) into a folder\n"
    "  bench            measure training speed (seconds per iteration, GFLOP/s)\n"
    "  eval             FD/KID (or FID/KID), diversity and nearest-image distance of a run\n"
    "  harmonize        harmonize or edit a pasted object with a ConSinGAN run\n"
    "  tensorboard      write a run's scalars and sample grids as TensorBoard event files\n"
    "  weights fetch    download and install the pretrained EfficientNet-Lite0 weights\n"
    "  weights status   report which pretrained weights are installed where\n"
    "  version          print the version\n\n"
    "Run 'fewshot <command> --help' for the options of a command.\n";

int dispatch(const std::string& command, const fewshot::cli::Args& rest) {
  using namespace fewshot::cli;
  if (command == "train") return runTrainCommand(rest);
  if (command == "sample") return runSampleCommand(rest);
  if (command == "bench") return runBenchCommand(rest);
  if (command == "eval") return runEvalCommand(rest);
  if (command == "dataset") return runDatasetCommand(rest);
  if (command == "harmonize") return runHarmonizeCommand(rest);
  if (command == "mix") return runMixCommand(rest);
  if (command == "interpolate") return runInterpolateCommand(rest);
  if (command == "timelapse") return runTimelapseCommand(rest);
  if (command == "export") return runExportCommand(rest);
  if (command == "import") return runImportCommand(rest);
  if (command == "tensorboard") return runTensorBoardCommand(rest);
  if (command == "weights") return runWeightsCommand(rest);
  if (command == "version" || command == "--version") {
    std::cout << "fewshot " << fewshot::kVersion << "\n";
    return 0;
  }
  std::cerr << "fewshot: unknown command '" << command << "'\n\n" << kTopHelp;
  return 2;
}

// `fewshot --help-all`: the top help and every command's --help in one process (starting LibTorch once),
// each after a line "@@ fewshot <command>", for packaging/cli_docs.py (manual page, bash completion).
int printAllHelp() {
  std::cout << "@@ fewshot\n" << kTopHelp;
  std::istringstream lines(kTopHelp);
  bool inCommands = false;
  for (std::string line; std::getline(lines, line);) {
    if (line == "commands:") {
      inCommands = true;
      continue;
    }
    if (!inCommands || line.rfind("  ", 0) != 0) {
      inCommands = inCommands && !line.empty();
      continue;
    }
    std::istringstream name(line.substr(2, line.find("  ", 2) - 2));
    fewshot::cli::Args words;
    for (std::string w; name >> w;) words.push_back(w);
    if (words.empty() || words[0] == "version") continue;
    std::cout << "@@ fewshot";
    for (const std::string& w : words) std::cout << " " << w;
    std::cout << "\n";
    fewshot::cli::Args rest(words.begin() + 1, words.end());
    rest.push_back("--help");
    if (dispatch(words[0], rest) != 0) return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace fewshot::cli;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << kTopHelp;
    return args.empty() ? 2 : 0;
  }
  const std::string command = args[0];
  const Args rest(args.begin() + 1, args.end());
  try {
    if (command == "--help-all") return printAllHelp();
    return dispatch(command, rest);
  } catch (const UsageError& e) {
    std::cerr << "fewshot " << command << ": " << fewshot::util::errorText(e) << "\n";
    return 2;
  } catch (const fewshot::explore::Unsupported& e) {  // the run's family cannot do it: its reason
    std::cerr << "fewshot " << command << ": " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "fewshot " << command << ": error: " << fewshot::util::errorText(e) << "\n";
    return 1;
  }
}
