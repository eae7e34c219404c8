#include "core/jobs/video_jobs.h"

#include <filesystem>

#include "core/io/latents_json.h"

namespace fewshot::jobs {
namespace fs = std::filesystem;

namespace {
void checkKeys(const InterpolationJob& job) {
  if (job.latentsFile.empty() && job.seeds.size() < 2)
    throw std::invalid_argument("an interpolation video needs at least two key seeds");
}
}  // namespace

JobOutcome runInterpolationJob(const InterpolationJob& job, const io::ProgressFn& progress) {
  checkKeys(job);
  prepareParentFolder(job.output);
  report(progress, 0, job.video.path.frames);
  auto sampler = explore::RunSampler::open(job.runDir, job.checkpoint, job.device);
  return runInterpolationJob(*sampler, job, progress);
}

JobOutcome runInterpolationJob(explore::RunSampler& sampler, const InterpolationJob& job,
                               const io::ProgressFn& progress) {
  checkKeys(job);
  sampler.require(models::Capability::Interpolation);
  prepareParentFolder(job.output);
  torch::Tensor keys;
  if (job.latentsFile.empty()) {
    keys = sampler.latentsForSeeds(job.seeds);
  } else {
    keys = io::readLatentsJson(job.latentsFile).z;
    if (keys.size(1) != sampler.latentSize())
      throw std::runtime_error(job.latentsFile + ": the latents have " + std::to_string(keys.size(1)) +
                               " values, the generator's z " + std::to_string(sampler.latentSize()));
    if (keys.size(0) < 2) throw std::runtime_error(job.latentsFile + ": an interpolation needs at least two latents");
  }
  JobOutcome out;
  out.path = job.output;
  out.checkpoint = sampler.checkpointPath();
  out.iteration = sampler.iteration();
  io::WrittenAnimation written;
  out.count = explore::exportInterpolationVideo(sampler, keys, job.video, job.output, progress, &written);
  out.width = written.width;
  out.height = written.height;
  out.encoding = written.encoding;
  return out;
}

JobOutcome runTimelapseJob(const TimelapseJob& job, const io::ProgressFn& progress) {
  prepareParentFolder(job.output);
  const auto history = explore::listSampleHistory(job.runDir);
  JobOutcome out;
  out.path = job.output;
  io::WrittenAnimation written;
  out.count = explore::exportTimelapse(job.runDir, job.output, job.fps, progress, &out.skipped, job.scale, &written);
  out.width = written.width;
  out.height = written.height;
  out.encoding = written.encoding;
  if (!history.empty()) {
    const std::string name = fs::path(history.back()).stem().string();  // iter_<n>
    out.iteration = std::stoll(name.substr(5));
  }
  return out;
}

}  // namespace fewshot::jobs
