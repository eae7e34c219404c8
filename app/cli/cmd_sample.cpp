// `fewshot sample`: a grid of samples (or single full-size images) from a run's EMA generator.
#include <cmath>
#include <filesystem>
#include <iostream>

#include "app/cli/commands.h"
#include "app/cli/explore_args.h"
#include "core/explore/latent_ops.h"
#include "core/io/image_grid.h"
#include "core/io/latents_json.h"
#include "core/io/png_writer.h"

namespace fewshot::cli {

int runSampleCommand(const Args& args) {
  if (isConSinGanRun(args)) return runConSinGanSampleCommand(args);
  ArgParser p("fewshot sample --run RUN_DIR --out grid.png [--n 64] [--seed S | --seeds 1,2,5-8]",
              "Write a grid of samples from the EMA generator of a run's newest checkpoint.");
  p.addOption("out", "FILE", "output PNG (the grid)");
  p.addOption("n", "N", "number of samples (with --seed)", "64");
  p.addOption("seed", "S", "latent seed of the whole grid", "0");
  p.addOption("seeds", "LIST", "one image per seed, e.g. 1,2,5-8 (the explorer's seeds)");
  p.addOption("columns", "N", "grid columns (default: square)");
  p.addOption("padding", "PX", "pixels between tiles", "2");
  p.addOption("single-dir", "DIR", "also write every image at full resolution as DIR/<index>.png");
  p.addOption("latents-out", "FILE", "also write the latents as JSON");
  addGeneratorOptions(p, "batch");
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  if (!p.has("out") && !p.has("single-dir")) throw UsageError("--out FILE (or --single-dir DIR) is required");
  const int padding = p.getInt("padding");
  if (padding < 0 || padding > 256) throw UsageError("--padding must be between 0 and 256");
  std::vector<uint64_t> seeds;
  if (p.has("seeds")) seeds = seedsOption(p, "seeds");
  const int n = p.has("seeds") ? static_cast<int>(seeds.size()) : p.getInt("n");
  if (n < 1 || n > 4096) throw UsageError("--n must be between 1 and 4096");

  auto generator = loadGenerator(p);
  const int64_t nz = generator.config().fastgan.nz;
  const uint64_t seed = static_cast<uint64_t>(p.getInt("seed"));
  torch::Tensor z = p.has("seeds") ? explore::latentsForSeeds(seeds, nz) : generator.latentsForSeed(seed, n);
  const uint64_t noiseSeed = p.has("noise-seed") ? static_cast<uint64_t>(p.getInt("noise-seed")) : seed;
  torch::Tensor images = generator.generate(explore::scaleLatents(z, latentScale(p)), normMode(p), noiseSeed);
  if (p.has("out")) {
    const int columns = p.has("columns") ? p.getInt("columns") : static_cast<int>(std::ceil(std::sqrt(n)));
    if (columns < 1) throw UsageError("--columns must be at least 1");
    io::writePng(io::makeImageGrid(images, columns, padding), p.get("out"));
  }
  if (p.has("single-dir")) {
    std::filesystem::create_directories(p.get("single-dir"));
    for (int i = 0; i < n; ++i) {
      const std::string name = p.has("seeds") ? "seed_" + std::to_string(seeds[i]) : std::to_string(i);
      io::writePng(io::tensorToImage(images[i]), p.get("single-dir") + "/" + name + ".png");
    }
  }
  if (p.has("latents-out")) {
    io::LatentSet set{z, {}, latentScale(p)};
    for (int i = 0; i < n; ++i) set.seeds.push_back(p.has("seeds") ? static_cast<int64_t>(seeds[i]) : -1);
    io::writeLatentsJson(set, p.get("latents-out"));
  }
  std::cerr << "Wrote " << n << " samples (iteration " << generator.iteration() << ", " << generator.checkpointPath()
            << ") to " << (p.has("out") ? p.get("out") : p.get("single-dir")) << "\n";
  return 0;
}

}  // namespace fewshot::cli
