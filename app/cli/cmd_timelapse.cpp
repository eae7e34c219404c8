// `fewshot timelapse`: the run's sample history (samples/iter_*.png) as a GIF or video, for every family.
#include <iostream>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "app/cli/export_progress.h"
#include "core/jobs/video_jobs.h"

namespace fewshot::cli {

int runTimelapseCommand(const Args& args) {
  ArgParser p("fewshot timelapse --run RUN_DIR --out timelapse.gif|.mp4 [--fps 8]",
              "Turn the fixed-seed sample grids saved during training into an animation.");
  p.addOption("run", "RUN_DIR", "run directory");
  p.addOption("out", "FILE", "output .gif, .mp4 or .avi");
  p.addOption("fps", "F", "frames per second", "8");
  if (!p.parse(args)) {
    std::cout << p.help();
    return 0;
  }
  if (!p.has("run")) throw UsageError("--run RUN_DIR is required");
  if (!p.has("out")) throw UsageError("--out FILE is required");
  const double fps = p.getDouble("fps");
  if (!(fps > 0 && fps <= 240)) throw UsageError("--fps must be between 0 and 240");
  ExportProgress progress("sample grids");
  jobs::JobOutcome result;
  try {
    result = jobs::runTimelapseJob({p.get("run"), fps, p.get("out")}, progress.callback());
  } catch (const io::ExportCancelled&) {
    std::cerr << "\nCancelled; nothing was written.\n";
    return 1;
  }
  std::cerr << "Wrote " << result.count << " frames to " << result.path;
  if (result.skipped) std::cerr << " (" << result.skipped << " grids of another size skipped)";
  std::cerr << "\n";
  return 0;
}

}  // namespace fewshot::cli
