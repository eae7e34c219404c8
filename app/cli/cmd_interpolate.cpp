// `fewshot interpolate`: an interpolation (or seamless loop) video through seeds, MP4 or GIF.
#include <iostream>

#include "app/cli/commands.h"
#include "app/cli/explore_args.h"
#include "app/cli/export_progress.h"
#include "core/explore/animation_export.h"
#include "core/io/latents_json.h"

namespace fewshot::cli {

int runInterpolateCommand(const Args& args) {
  ArgParser p("fewshot interpolate --run RUN_DIR --seeds 1,5,9 --frames 60 --out video.mp4|video.gif [--slerp] [--loop]",
              "Render a video that moves through the latents of the given seeds (same noise in every frame).");
  p.addOption("seeds", "LIST", "key seeds, at least two (e.g. 1,5,9)");
  p.addOption("latents", "FILE", "key latents from a JSON file (as written by `sample --latents-out`) instead of seeds");
  p.addOption("frames", "N", "total frames", "60");
  p.addOption("fps", "F", "frames per second", "24");
  p.addOption("out", "FILE", "output .mp4, .avi or .gif");
  p.addFlag("slerp", "spherical instead of linear interpolation");
  p.addFlag("loop", "go back to the first seed for a seamless loop");
  addGeneratorOptions(p, "eval");
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  if (!p.has("seeds") && !p.has("latents")) throw UsageError("--seeds LIST (or --latents FILE) is required");
  if (!p.has("out")) throw UsageError("--out FILE is required");
  explore::VideoOptions o;
  o.path.frames = p.getInt("frames");
  o.path.spherical = p.has("slerp");
  o.path.loop = p.has("loop");
  o.fps = p.getDouble("fps");
  if (o.path.frames < 2 || o.path.frames > 100000) throw UsageError("--frames must be between 2 and 100000");
  if (!(o.fps > 0 && o.fps <= 240)) throw UsageError("--fps must be between 0 and 240");
  std::vector<uint64_t> seeds;
  if (p.has("seeds")) {
    seeds = seedsOption(p, "seeds");
    if (seeds.size() < 2) throw UsageError("--seeds needs at least two seeds");
  }
  auto generator = loadGenerator(p);
  o.latentScale = latentScale(p);
  o.norm = normMode(p);
  o.noiseSeed = static_cast<uint64_t>(p.getInt("noise-seed"));
  const int64_t nz = generator.config().fastgan.nz;
  torch::Tensor keys;
  if (p.has("latents")) {
    keys = io::readLatentsJson(p.get("latents")).z;
    if (keys.size(1) != nz) throw std::runtime_error(p.get("latents") + ": latents have nz " + std::to_string(keys.size(1)) + ", the model " + std::to_string(nz));
    if (keys.size(0) < 2) throw std::runtime_error(p.get("latents") + ": at least two latents are needed");
  } else {
    keys = explore::latentsForSeeds(seeds, nz);
  }
  ExportProgress progress("frames");
  int frames = 0;
  try {
    frames = explore::exportInterpolationVideo(generator.generator(), keys, o, p.get("out"), progress.callback());
  } catch (const io::ExportCancelled&) {
    std::cerr << "\nCancelled; nothing was written.\n";
    return 1;
  }
  std::cerr << "Wrote " << frames << " frames to " << p.get("out") << "\n";
  return 0;
}

}  // namespace fewshot::cli
