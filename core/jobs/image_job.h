// Images from a trained run's seeds, for every family: a grid PNG, one PNG per image at full
// resolution, the latents as JSON, the reconstruction of a single-image run. Everything is rendered and
// encoded in memory first and written at the end, so a cancelled job leaves no file behind.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/explore/run_sampler.h"
#include "core/jobs/job_support.h"

namespace fewshot::jobs {

struct ImageJob {
  std::string runDir, checkpoint;  // the run's newest checkpoint unless `checkpoint` is given
  std::string device = "cpu";
  // One image per seed (files seed_<s>.png); when empty, images 0..count-1 of `streamSeed`
  // (files <imagePrefix><i>.png).
  std::vector<uint64_t> seeds;
  uint64_t streamSeed = 0;
  int count = 0;
  explore::ImageOptions image;

  // Outputs, any of them.
  std::string gridPath;  // a PNG grid
  int columns = 0;       // 0: square
  int padding = 2;
  int tileSize = 0;       // grid tiles resized so their longer side is this; 0: as rendered
  std::string imagesDir;  // one PNG per image at full resolution
  std::string imagePrefix;
  std::string latentsPath;         // the (unscaled) latents and the scale as JSON (Capability::LatentsJson)
  std::string reconstructionPath;  // single-image families: the generator's reconstruction

  int imageCount() const { return seeds.empty() ? count : static_cast<int>(seeds.size()); }
};

// Opens the run's sampler and runs the job. Throws explore::Unsupported when the family cannot do an
// output, io::ExportCancelled when `progress` returns false, std::exception naming the file otherwise.
JobOutcome runImageJob(const ImageJob& job, const io::ProgressFn& progress = {});
// The same with a sampler already open (its run and checkpoint win over the job's).
JobOutcome runImageJob(explore::RunSampler& sampler, const ImageJob& job, const io::ProgressFn& progress = {});

}  // namespace fewshot::jobs
