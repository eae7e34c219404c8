// Animations from a trained run: an interpolation (or seamless loop) video through key seeds or key
// latents, and the training timelapse from the run's sample grids. MP4 or GIF by the output's
// extension; cancelling leaves no file.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/explore/animation_export.h"
#include "core/jobs/job_support.h"

namespace fewshot::jobs {

struct InterpolationJob {
  std::string runDir, checkpoint;
  std::string device = "cpu";
  std::vector<uint64_t> seeds;  // key seeds (at least two), or
  std::string latentsFile;      // key latents from a JSON file (`fewshot sample --latents-out`)
  explore::VideoOptions video;
  std::string output;  // .mp4, .avi or .gif
};

// Throws explore::Unsupported when the family has no latent to interpolate (Capability::Interpolation).
JobOutcome runInterpolationJob(const InterpolationJob& job, const io::ProgressFn& progress = {});
// The same with a sampler already open (its run and checkpoint win over the job's).
JobOutcome runInterpolationJob(explore::RunSampler& sampler, const InterpolationJob& job,
                               const io::ProgressFn& progress = {});

struct TimelapseJob {
  std::string runDir;
  double fps = 8;
  std::string output;
  int scale = 1;  // integer nearest-neighbour upscaling of the grids
};

// One frame per samples/iter_*.png; `iteration` of the outcome is the newest grid's.
JobOutcome runTimelapseJob(const TimelapseJob& job, const io::ProgressFn& progress = {});

}  // namespace fewshot::jobs
