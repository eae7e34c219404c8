// `fewshot sample` for ConSinGAN runs: random samples at the training size or any WxH (retargeting),
// from a start stage, as single PNGs and a grid.
#include <cmath>
#include <filesystem>
#include <iostream>

#include <nlohmann/json.hpp>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "core/explore/consingan_model.h"
#include "core/io/image_grid.h"
#include "core/io/png_writer.h"
#include "core/train/run_directory.h"
#include "core/train/thread_count.h"
#include "core/util/atomic_file.h"

namespace fewshot::cli {
namespace {

std::pair<int, int> parseSize(const std::string& text) {
  const auto x = text.find('x');
  try {
    if (x == std::string::npos) throw std::invalid_argument(text);
    size_t used = 0;
    const int w = std::stoi(text.substr(0, x), &used);
    if (used != x) throw std::invalid_argument(text);
    const int h = std::stoi(text.substr(x + 1), &used);
    if (used != text.size() - x - 1 || w < 1 || h < 1) throw std::invalid_argument(text);
    return {w, h};
  } catch (const std::exception&) {
    throw UsageError("--size expects WIDTHxHEIGHT, e.g. 500x188, not '" + text + "'");
  }
}

}  // namespace

bool isConSinGanRun(const Args& args) {
  for (size_t i = 0; i + 1 < args.size(); ++i)
    if (args[i] == "--run") {
      try {
        const train::RunDirectory run(args[i + 1]);
        if (!run.exists()) return false;
        return nlohmann::json::parse(util::readFileBytes(run.configPath())).value("model", "") == "consingan";
      } catch (const std::exception&) {
        return false;  // the FastGAN path reports unreadable runs
      }
    }
  return false;
}

int runConSinGanSampleCommand(const Args& args) {
  ArgParser p("fewshot sample --run RUN_DIR --out DIR [--size WxH] [--n 8] [--seed S] [--start-stage K]",
              "Write random samples of a ConSinGAN run (one PNG each plus grid.png) at the training size or any size.");
  p.addOption("run", "RUN_DIR", "run directory");
  p.addOption("checkpoint", "FILE", "a specific checkpoint instead of the newest");
  p.addOption("out", "DIR", "output folder");
  p.addOption("size", "WxH", "output size (default: the training size); every stage is scaled alike");
  p.addOption("n", "N", "number of samples", "8");
  p.addOption("seed", "S", "seed (sample i of a seed is the same whatever --n)", "0");
  p.addOption("start-stage", "K", "stages below K keep the training image's layout (fixed noise)", "0");
  p.addOption("columns", "N", "grid columns (default: square)");
  p.addFlag("reconstruction", "also write reconstruction.png (G on the fixed noise)");
  p.addOption("device", "DEV", "cpu, cuda or cuda:N", "cpu");
  p.addOption("threads", "N", "CPU threads (0: all cores)", "0");
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  if (!p.has("run")) throw UsageError("--run RUN_DIR is required");
  if (!p.has("out")) throw UsageError("--out DIR is required");
  const int n = p.getInt("n");
  if (n < 1 || n > 1024) throw UsageError("--n must be between 1 and 1024");
  train::applyThreadCount(p.getInt("threads"));
  auto model = explore::ConSinGanModel::load(p.get("run"), p.get("checkpoint"), p.get("device"));

  explore::ConSinGanGenerateOptions o;
  if (p.has("size")) std::tie(o.width, o.height) = parseSize(p.get("size"));
  o.count = n;
  o.seed = static_cast<uint64_t>(p.getInt("seed"));
  o.startStage = p.getInt("start-stage");
  torch::Tensor images;
  try {
    images = model->generate(o, [](int done, int total) { std::cerr << "\rsample " << done << "/" << total << std::flush; });
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  std::cerr << "\n";
  const std::string out = p.get("out");
  std::filesystem::create_directories(out);
  for (int i = 0; i < n; ++i) io::writePng(io::tensorToImage(images[i]), out + "/sample_" + std::to_string(i) + ".png");
  const int columns = p.has("columns") ? p.getInt("columns") : static_cast<int>(std::ceil(std::sqrt(n)));
  io::writePng(io::makeImageGrid(images, columns), out + "/grid.png");
  if (p.has("reconstruction")) io::writePng(io::tensorToImage(model->reconstruction()[0]), out + "/reconstruction.png");
  std::cerr << "Wrote " << n << " samples of " << images.size(3) << "x" << images.size(2) << " ("
            << model->stagesTrained() << " of " << model->config().consingan.trainStages << " stages, "
            << model->checkpointPath() << ") to " << out << "\n";
  return 0;
}

}  // namespace fewshot::cli
