// `fewshot`: the headless front end of FewShot Studio (links the core library only). The commands are
// CLI11 subcommands; each parses its own options (app/cli/arg_parser.h) from what follows its name.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>
#include <set>
#include <sstream>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "core/explore/unsupported.h"
#include "core/util/error_text.h"
#include "core/version.h"

namespace {

using fewshot::cli::Args;

struct Command {
  const char* words;    // "train", or "dataset check" for a command with its own sub-commands
  const char* summary;  // one line of the top help
  int (*run)(const Args&);
};

// Every command once: the top help, the dispatch and --help-all come from this list.
const Command kCommands[] = {
    {"train", "train a model on a folder of images, or resume a run (--resume RUN_DIR)", fewshot::cli::runTrainCommand},
    {"sample", "images, grids and latents from a trained run (any family)", fewshot::cli::runSampleCommand},
    {"mix", "style-mixing grid through FastGAN's skip-layer excitation", fewshot::cli::runMixCommand},
    {"interpolate", "interpolation or loop video (MP4/GIF) through seeds", fewshot::cli::runInterpolateCommand},
    {"timelapse", "animation of a run's sample history", fewshot::cli::runTimelapseCommand},
    {"export", "export the EMA generator for plain PyTorch or ONNX", fewshot::cli::runExportCommand},
    {"import", "import an official FastGAN checkpoint as a run", fewshot::cli::runImportCommand},
    {"dataset check", "scan a folder and report what would be imported", fewshot::cli::runDatasetCommand},
    {"dataset sample", "render the built-in sample dataset (emoji faces) into a folder",
     fewshot::cli::runDatasetCommand},
    {"bench", "measure training speed (seconds per iteration, GFLOP/s)", fewshot::cli::runBenchCommand},
    {"eval", "FD/KID (or FID/KID), diversity and nearest-image distance of a run", fewshot::cli::runEvalCommand},
    {"harmonize", "harmonize or edit a pasted object with a ConSinGAN run", fewshot::cli::runHarmonizeCommand},
    {"tensorboard", "write a run's scalars and sample grids as TensorBoard event files",
     fewshot::cli::runTensorBoardCommand},
    {"weights fetch", "download and install the pretrained EfficientNet-Lite0 weights",
     fewshot::cli::runWeightsCommand},
    {"weights status", "report which pretrained weights are installed where", fewshot::cli::runWeightsCommand},
    {"version", "print the version", nullptr},
};

std::string firstWord(const char* words) {
  const std::string w(words);
  return w.substr(0, w.find(' '));
}

std::string topHelp() {
  std::ostringstream out;
  out << "usage: fewshot <command> [options]\n\n"
         "FewShot Studio command line: train and explore GANs on tiny datasets.\n\n"
         "commands:\n";
  for (const Command& c : kCommands) {
    char line[200];
    std::snprintf(line, sizeof line, "  %-16s %s\n", c.words, c.summary);
    out << line;
  }
  out << "\nRun 'fewshot <command> --help' for the options of a command.\n";
  return out.str();
}

int runVersion() {
  std::cout << "fewshot " << fewshot::kVersion << "\n";
  return 0;
}

// The command named first in `args` (a CLI11 subcommand that leaves the rest to the command's own parser).
int dispatch(const Args& args) {
  CLI::App app("fewshot");
  app.set_help_flag();
  app.require_subcommand(1);
  std::set<std::string> added;
  for (const Command& c : kCommands)
    if (added.insert(firstWord(c.words)).second)
      app.add_subcommand(firstWord(c.words))->prefix_command()->set_help_flag();  // the command has its own
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    app.parse(reversed);
  } catch (const CLI::ParseError&) {
    std::cerr << "fewshot: unknown command '" << args[0] << "'\n\n" << topHelp();
    return 2;
  }
  CLI::App* chosen = app.get_subcommands().front();
  const Args rest = chosen->remaining();
  for (const Command& c : kCommands)
    if (firstWord(c.words) == chosen->get_name()) return c.run ? c.run(rest) : runVersion();
  return 2;
}

// `fewshot --help-all`: the top help and every command's --help in one process (starting LibTorch once),
// each after a line "@@ fewshot <command>", for packaging/cli_docs.py (manual page, bash completion).
int printAllHelp() {
  std::cout << "@@ fewshot\n" << topHelp();
  for (const Command& c : kCommands) {
    if (!c.run) continue;
    std::cout << "@@ fewshot " << c.words << "\n";
    std::istringstream words(c.words);
    Args rest;
    for (std::string w; words >> w;) rest.push_back(w);
    rest.erase(rest.begin());
    rest.push_back("--help");
    if (c.run(rest) != 0) return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace fewshot::cli;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << topHelp();
    return args.empty() ? 2 : 0;
  }
  const std::string command = args[0];
  try {
    if (command == "--help-all") return printAllHelp();
    if (command == "--version") return runVersion();
    return dispatch(args);
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
