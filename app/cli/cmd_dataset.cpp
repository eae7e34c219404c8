// `fewshot dataset check|sample`.
#include <iostream>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "core/data/dataset_import.h"

namespace fewshot::cli {
namespace {

const char* kDatasetHelp =
    "usage: fewshot dataset <check|sample> ...\n\n"
    "  check DIR    report what would be imported from a folder (or one image), and why files are skipped\n"
    "  sample DIR   render the built-in sample dataset (emoji faces) into DIR\n\n"
    "Run 'fewshot dataset <command> --help' for the options of a command.\n";

data::ImportOptions importOptionsFrom(const ArgParser& p) {
  data::ImportOptions o;
  o.width = o.height = p.getInt("size");
  if (o.width < 8 || o.width > 4096) throw UsageError("--size must be between 8 and 4096, not " + p.get("size"));
  try {
    o.resize = data::resizePolicyFromString(p.get("resize"));
    o.resampling = data::resamplingFromString(p.get("resampling"));
    o.background = data::parseBackgroundColour(p.get("background"));
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  o.recursive = !p.has("no-recursive");
  o.useCache = !p.has("no-cache");
  return o;
}

int runCheck(const Args& args) {
  ArgParser p("fewshot dataset check DIR [--size N] [--resize crop|pad|stretch] [--resampling area|bilinear]\n"
              "                             [--background RRGGBB] [--no-recursive] [--no-cache] [--json]",
              "Scan a folder (recursively) or one image and report what would be imported: the usable images,\n"
              "every skipped file with the reason, warnings (e.g. images smaller than the training size) and\n"
              "notes about the whole set. Nothing is written; a cached import of the same files is reused.\n"
              "Exit status: 0 when at least one image is usable, 1 otherwise.");
  p.addPositional("DIR", "folder of images (jpg, jpeg, png, bmp, webp, tif, tiff), or a single image");
  p.addOption("size", "N", "training resolution in pixels (images smaller than this get a warning)", "256");
  p.addOption("resize", "POLICY", "crop (centre crop) | pad (fit, pad with the background) | stretch", "crop");
  p.addOption("resampling", "MODE", "area (averaging when shrinking) | bilinear", "area");
  p.addOption("background", "RRGGBB", "colour that transparent pixels and padding are filled with", "ffffff");
  p.addFlag("no-recursive", "only the folder itself, not its subfolders");
  p.addFlag("no-cache", "decode every file even when a cached import exists");
  p.addFlag("json", "print the report as JSON");
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  const data::ImportOptions options = importOptionsFrom(p);
  const std::string dir = p.positional("DIR");
  const bool json = p.has("json");
  try {
    const data::ImportReport report = data::checkDataset(dir, options);
    if (json) std::cout << report.toJson().dump(2) << "\n";
    else std::cout << report.toText();
    if (report.imagesAccepted == 0) {
      std::cerr << "fewshot dataset check: error: no usable image in " << dir << "\n";
      return 1;
    }
    return 0;
  } catch (const data::DatasetError& e) {
    const auto replaceBadBytes = nlohmann::json::error_handler_t::replace;  // paths need not be UTF-8
    if (json) std::cout << nlohmann::json{{"error", e.what()}}.dump(2, ' ', false, replaceBadBytes) << "\n";
    std::cerr << "fewshot dataset check: error: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace

int runDatasetCommand(const Args& args) {
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h" || args[0] == "help")) {
    std::cout << kDatasetHelp;
    return 0;
  }
  if (args.empty()) throw UsageError("missing command: check or sample (see 'fewshot dataset --help')");
  const Args rest(args.begin() + 1, args.end());
  if (args[0] == "check") return runCheck(rest);
  if (args[0] == "sample") return runDatasetSampleCommand(rest);
  throw UsageError("unknown dataset command '" + args[0] + "' (check, sample; see 'fewshot dataset --help')");
}

}  // namespace fewshot::cli
