// `fewshot timelapse`: the run's sample history (samples/iter_*.png) as a GIF or video, for every family.
#include <iostream>

#include "app/cli/animation_args.h"
#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "app/cli/export_progress.h"
#include "core/jobs/video_jobs.h"

namespace fewshot::cli {

int runTimelapseCommand(const Args& args) {
  ArgParser p("fewshot timelapse --run RUN_DIR --out timelapse.gif|.mp4 [--fps 8] [--upscale N] [--overwrite]",
              "Turn the fixed-seed sample grids saved during training into an animation.");
  p.addOption("run", "RUN_DIR", "run directory");
  p.addOption("out", "FILE", "output .gif, .mp4 or .avi");
  p.addOption("fps", "F", "frames per second", "8");
  addAnimationOptions(p);
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  if (!p.has("run")) throw UsageError("--run RUN_DIR is required");
  if (!p.has("out")) throw UsageError("--out FILE is required");
  const double fps = p.getDouble("fps");
  if (!(fps > 0 && fps <= 240)) throw UsageError("--fps must be between 0 and 240");
  const int scale = upscaleFactor(p);
  refuseOverwrite(p);
  ExportProgress progress("sample grids");
  jobs::JobOutcome result;
  try {
    result = jobs::runTimelapseJob({p.get("run"), fps, p.get("out"), scale}, progress.callback());
  } catch (const io::ExportCancelled&) {
    std::cerr << "\nCancelled; nothing was written.\n";
    return 1;
  }
  printAnimationWritten(result);
  return 0;
}

}  // namespace fewshot::cli
