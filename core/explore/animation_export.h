// Long exports built on the explore core: interpolation/loop videos and the training timelapse.
// Both report progress per frame and can be cancelled (io::ExportCancelled; no partial file).
#pragma once
#include <torch/torch.h>

#include <string>
#include <vector>

#include "core/explore/latent_ops.h"
#include "core/explore/run_sampler.h"
#include "core/io/frame_sink.h"

namespace fewshot::explore {

struct VideoOptions {
  InterpolationOptions path;
  double latentScale = 1.0;
  // Eval-mode BN by default: the official video script uses it, and batch statistics of a single
  // frame would make the video flicker.
  NormMode norm = NormMode::RunningStatistics;
  uint64_t noiseSeed = 0;  // the same noise for every frame, so only the latent moves
  double fps = 24.0;
  int scale = 1;  // integer nearest-neighbour upscaling of the frames
};

// Renders interpolationPath(keys) frame by frame into `path` (.gif/.mp4/.avi). Returns the frame count;
// `written` (optional) gets the encoding and the frame size. Throws Unsupported when the sampler's
// family cannot interpolate.
int exportInterpolationVideo(RunSampler& sampler, const torch::Tensor& keys, const VideoOptions& options,
                             const std::string& path, const io::ProgressFn& progress = {},
                             io::WrittenAnimation* written = nullptr);

// samples/iter_<n>.png of a run, in iteration order.
std::vector<std::string> listSampleHistory(const std::string& runDir);
// One frame per sample grid (grids of another size than the first are skipped and counted in
// `skipped`), upscaled by `scale`. Throws when the run has no samples. Returns the frame count.
int exportTimelapse(const std::string& runDir, const std::string& path, double fps, const io::ProgressFn& progress = {},
                    int* skipped = nullptr, int scale = 1, io::WrittenAnimation* written = nullptr);

}  // namespace fewshot::explore
