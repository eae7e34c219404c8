#include "app/cli/animation_args.h"

#include <filesystem>
#include <iostream>

#include "core/io/frame_sink.h"

namespace fewshot::cli {

void addAnimationOptions(ArgParser& p) {
  p.addOption("upscale", "N",
              "enlarge every frame N times with nearest-neighbour pixels (1-" +
                  std::to_string(io::kMaxAnimationScale) + "), e.g. 4 turns 64 px into 256 px",
              "1");
  p.addFlag("overwrite", "replace the output file if it exists (without it, an existing file is an error)");
}

int upscaleFactor(const ArgParser& p) {
  const int factor = p.getInt("upscale");
  if (factor < 1 || factor > io::kMaxAnimationScale)
    throw UsageError("--upscale must be between 1 and " + std::to_string(io::kMaxAnimationScale));
  return factor;
}

void refuseOverwrite(const ArgParser& p) {
  std::error_code ec;
  if (!p.has("overwrite") && std::filesystem::exists(p.get("out"), ec))
    throw UsageError(p.get("out") + " already exists; pass --overwrite to replace it, or choose another --out");
}

void printAnimationWritten(const jobs::JobOutcome& result) {
  std::cerr << "Wrote " << result.count << " frames (" << result.width << "x" << result.height << " px, "
            << result.encoding << ") to " << result.path;
  if (result.skipped) std::cerr << " (" << result.skipped << " grids of another size skipped)";
  std::cerr << "\n";
}

}  // namespace fewshot::cli
