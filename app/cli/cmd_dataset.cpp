// `fewshot dataset check|sample`.
#include <iostream>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "core/data/dataset_import.h"

namespace fewshot::cli {
namespace {

int runCheck(const Args& args) {
  ArgParser p("fewshot dataset check DIR [--size N] [--json]",
              "Scan a folder (recursively) or one image and report what would be imported: usable images,\n"
              "skipped files with the reason, warnings. Nothing is written.");
  p.addPositional("DIR", "folder of images, or a single image");
  p.addOption("size", "N", "training resolution (images smaller than this get a warning)", "256");
  p.addOption("resize", "POLICY", "crop | pad | stretch", "crop");
  p.addOption("resampling", "MODE", "area | bilinear", "area");
  p.addOption("background", "RRGGBB", "colour transparent pixels are composited over", "ffffff");
  p.addFlag("no-recursive", "only the folder itself, not its subfolders");
  p.addFlag("json", "print the report as JSON");
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  data::ImportOptions o;
  o.width = o.height = p.getInt("size");
  if (o.width < 8 || o.width > 4096) throw UsageError("--size must be between 8 and 4096");
  try {
    o.resize = data::resizePolicyFromString(p.get("resize"));
    o.resampling = data::resamplingFromString(p.get("resampling"));
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  const std::string bg = p.get("background");
  if (bg.size() != 6 || bg.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos)
    throw UsageError("--background expects RRGGBB, got '" + bg + "'");
  for (int i = 0; i < 3; ++i) o.background[i] = static_cast<uint8_t>(std::stoi(bg.substr(2 * i, 2), nullptr, 16));
  o.recursive = !p.has("no-recursive");
  try {
    data::ImportReport report = data::checkDataset(p.positional("DIR"), o);
    if (p.has("json")) std::cout << report.toJson().dump(2) << "\n";
    else std::cout << report.toText();
    if (report.imagesAccepted == 0) {
      std::cerr << "fewshot dataset check: error: no usable image in " << p.positional("DIR") << "\n";
      return 1;
    }
    return 0;
  } catch (const data::DatasetError& e) {
    if (p.has("json")) std::cout << nlohmann::json{{"error", e.what()}}.dump(2) << "\n";
    std::cerr << "fewshot dataset check: error: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace

int runDatasetCommand(const Args& args) {
  if (args.empty() || args[0] == "--help") {
    std::cout << "usage: fewshot dataset <check|sample> ...\n\n"
                 "  check DIR    report what would be imported from a folder\n"
                 "  sample DIR   render the built-in sample dataset (emoji faces) into DIR\n";
    return args.empty() ? 2 : 0;
  }
  const Args rest(args.begin() + 1, args.end());
  if (args[0] == "check") return runCheck(rest);
  if (args[0] == "sample") return runDatasetSampleCommand(rest);
  throw UsageError("unknown dataset command '" + args[0] + "' (check, sample)");
}

}  // namespace fewshot::cli
