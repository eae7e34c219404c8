// `fewshot interpolate`: an interpolation (or seamless loop) video through seeds, MP4 or GIF, for every
// family with a latent vector.
#include <iostream>

#include "app/cli/animation_args.h"
#include "app/cli/commands.h"
#include "app/cli/explore_args.h"
#include "app/cli/export_progress.h"
#include "core/jobs/video_jobs.h"

namespace fewshot::cli {

int runInterpolateCommand(const Args& args) {
  ArgParser p(
      "fewshot interpolate --run RUN_DIR --seeds 1,5,9 --frames 60 --out video.mp4|video.gif [--slerp] [--loop] "
      "[--upscale N] [--overwrite]",
      "Render a video that moves through the latents of the given seeds (same noise in every frame).");
  p.addOption("seeds", "LIST", "key seeds, at least two (e.g. 1,5,9)");
  p.addOption("latents", "FILE",
              "key latents from a JSON file (as written by `sample --latents-out`) instead of seeds");
  p.addOption("frames", "N", "total frames", "60");
  p.addOption("fps", "F", "frames per second", "24");
  p.addOption("out", "FILE", "output .mp4, .avi or .gif");
  p.addFlag("slerp", "spherical instead of linear interpolation");
  p.addFlag("loop", "go back to the first seed for a seamless loop");
  addAnimationOptions(p);
  addGeneratorOptions(p, "eval");
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  if (!p.has("seeds") && !p.has("latents")) throw UsageError("--seeds LIST (or --latents FILE) is required");
  if (!p.has("out")) throw UsageError("--out FILE is required");
  refuseOverwrite(p);
  jobs::InterpolationJob job;
  job.video.scale = upscaleFactor(p);
  job.video.path.frames = p.getInt("frames");
  job.video.path.spherical = p.has("slerp");
  job.video.path.loop = p.has("loop");
  job.video.fps = p.getDouble("fps");
  if (job.video.path.frames < 2 || job.video.path.frames > 100000)
    throw UsageError("--frames must be between 2 and 100000");
  if (!(job.video.fps > 0 && job.video.fps <= 240)) throw UsageError("--fps must be between 0 and 240");
  if (p.has("seeds")) {
    job.seeds = seedsOption(p, "seeds");
    if (job.seeds.size() < 2) throw UsageError("--seeds needs at least two seeds");
  }
  job.latentsFile = p.get("latents");
  requireCapability(p, models::Capability::Interpolation);
  auto sampler = openSampler(p);
  job.video.latentScale = latentScale(p);
  job.video.norm = normMode(p, *sampler);
  job.video.noiseSeed = static_cast<uint64_t>(p.getInt("noise-seed"));
  job.output = p.get("out");
  ExportProgress progress("frames");
  jobs::JobOutcome result;
  try {
    result = jobs::runInterpolationJob(*sampler, job, progress.callback());
  } catch (const io::ExportCancelled&) {
    std::cerr << "\nCancelled; nothing was written.\n";
    return 1;
  }
  printAnimationWritten(result);
  return 0;
}

}  // namespace fewshot::cli
