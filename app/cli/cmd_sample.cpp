// `fewshot sample`: images from a run's generator, for every family: a grid, single images at full
// resolution, the latents as JSON; any size for families that can (ConSinGAN).
#include <filesystem>
#include <iostream>
#include <tuple>

#include "app/cli/commands.h"
#include "app/cli/explore_args.h"
#include "app/cli/export_progress.h"
#include "core/jobs/image_job.h"

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

int runSampleCommand(const Args& args) {
  ArgParser p("fewshot sample --run RUN_DIR --out grid.png|DIR [--n N] [--seed S | --seeds 1,2,5-8] [--size WxH]",
              "Render images from the generator of a run's newest checkpoint (any family). --out FILE.png writes a\n"
              "grid; --out DIR writes DIR/sample_<i>.png and DIR/grid.png. Image i of a seed is the same whatever\n"
              "--n; --seeds gives one image per seed (seed_<s>.png), the explorer's seeds.");
  p.addOption("out", "FILE|DIR", "output grid PNG, or a folder for single images and the grid");
  p.addOption("n", "N", "number of images with --seed (default 64; 8 for single-image families)");
  p.addOption("seed", "S", "seed of the whole set (image i of seed S)", "0");
  p.addOption("seeds", "LIST", "one image per seed, e.g. 1,2,5-8");
  p.addOption("columns", "N", "grid columns (default: square)");
  p.addOption("padding", "PX", "pixels between tiles", "2");
  p.addOption("single-dir", "DIR", "also write every image at full resolution as DIR/<index>.png (seed_<s>.png)");
  p.addOption("latents-out", "FILE", "also write the latents as JSON (families with a latent vector)");
  p.addOption("size", "WxH", "output size for families that render at any size (default: the training size)");
  p.addOption("start-stage", "K", "multi-stage generators: stages below K keep the training image's layout", "0");
  p.addFlag("reconstruction", "single-image families: also write reconstruction.png (G on the fixed noise)");
  addGeneratorOptions(p, "");
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  if (!p.has("out") && !p.has("single-dir")) throw UsageError("--out FILE (or --single-dir DIR) is required");
  const std::string out = p.get("out");
  const bool outIsFolder = p.has("out") && !hasImageExtension(out);
  if (!outIsFolder) requirePngName(p, "out");
  if (outIsFolder && p.has("single-dir")) throw UsageError("--out DIR already writes single images; drop --single-dir");
  const models::FamilyDescriptor& family = runFamily(p);
  jobs::ImageJob job;
  if (p.has("seeds")) job.seeds = seedsOption(p, "seeds");
  job.count = p.has("n") ? p.getInt("n") : family.singleImage ? 8 : 64;
  if (!p.has("seeds") && (job.count < 1 || job.count > 4096)) throw UsageError("--n must be between 1 and 4096");
  job.streamSeed = static_cast<uint64_t>(p.getInt("seed"));
  job.padding = p.getInt("padding");
  if (job.padding < 0 || job.padding > 256) throw UsageError("--padding must be between 0 and 256");
  if (p.has("columns")) {
    job.columns = p.getInt("columns");
    if (job.columns < 1) throw UsageError("--columns must be at least 1");
  }
  if (p.has("size")) {
    requireCapability(p, models::Capability::AnySize);
    std::tie(job.image.width, job.image.height) = parseSize(p.get("size"));
  }
  if (p.has("latents-out")) {
    requireCapability(p, models::Capability::LatentsJson);
    job.latentsPath = p.get("latents-out");
  }
  if (p.has("reconstruction") && !family.singleImage)
    throw UsageError("--reconstruction: " + family.displayName +
                     " trains on many images; it has no single image to reconstruct");
  job.image.startStage = p.getInt("start-stage");
  if (outIsFolder) {
    job.imagesDir = out;
    job.imagePrefix = "sample_";
    job.gridPath = (std::filesystem::path(out) / "grid.png").string();
  } else {
    job.gridPath = out;
    job.imagesDir = p.get("single-dir");
  }
  if (p.has("reconstruction")) {
    // Beside the grid (or the single images without one).
    const std::filesystem::path folder =
        job.gridPath.empty() ? std::filesystem::path(job.imagesDir) : std::filesystem::path(job.gridPath).parent_path();
    job.reconstructionPath = (folder / "reconstruction.png").string();
  }

  auto sampler = openSampler(p);
  job.image.latentScale = latentScale(p);
  job.image.render.norm = normMode(p, *sampler);
  job.image.render.noiseSeed = static_cast<uint64_t>(p.has("noise-seed") ? p.getInt("noise-seed") : p.getInt("seed"));
  ExportProgress progress("images");
  jobs::JobOutcome result;
  try {
    result = jobs::runImageJob(*sampler, job, progress.callback());
  } catch (const io::ExportCancelled&) {
    std::cerr << "\nCancelled; nothing was written.\n";
    return 1;
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  std::cerr << "Wrote " << result.count << " images of " << result.tileWidth << "x" << result.tileHeight << " px ("
            << sampler->family().displayName << ", iteration " << result.iteration << ", " << result.checkpoint
            << ") to " << (outIsFolder || !p.has("out") ? job.imagesDir : out) << "\n";
  return 0;
}

}  // namespace fewshot::cli
