#include "core/explore/animation_export.h"

#include <algorithm>
#include <filesystem>

#include "core/data/image_decoder.h"
#include "core/io/image_grid.h"
#include "core/train/run_directory.h"
#include "core/util/atomic_file.h"

namespace fewshot::explore {
namespace fs = std::filesystem;

namespace {
void report(const io::ProgressFn& progress, int done, int total) {
  if (progress && !progress(done, total)) throw io::ExportCancelled();
}
}  // namespace

int exportInterpolationVideo(RunSampler& sampler, const torch::Tensor& keys, const VideoOptions& options,
                             const std::string& path, const io::ProgressFn& progress,
                             io::WrittenAnimation* written) {
  sampler.require(models::Capability::Interpolation);
  const torch::Tensor latents = scaleLatents(interpolationPath(keys, options.path), options.latentScale);
  const int frames = static_cast<int>(latents.size(0));
  io::AnimationOptions animation;
  animation.width = sampler.imageWidth();
  animation.height = sampler.imageHeight();
  animation.fps = options.fps;
  animation.loop = true;
  animation.scale = options.scale;
  auto sink = io::openFrameSink(path, animation);
  report(progress, 0, frames);
  for (int f = 0; f < frames; ++f) {
    // Each frame alone with the same noise stream, so that only the latent moves.
    const torch::Tensor image = sampler.render(latents.slice(0, f, f + 1), {options.norm, options.noiseSeed});
    sink->addFrame(io::tensorToImage(image[0]));
    report(progress, f + 1, frames);
  }
  sink->finish();
  if (written) *written = {sink->encoding(), sink->outputWidth(), sink->outputHeight()};
  return frames;
}

std::vector<std::string> listSampleHistory(const std::string& runDir) {
  const train::RunDirectory run(runDir);
  std::vector<std::pair<long long, std::string>> found;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(run.samplesDir(), ec)) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || name.rfind("iter_", 0) != 0 || entry.path().extension() != ".png") continue;
    const std::string digits = name.substr(5, name.size() - 9);
    if (digits.empty() || digits.size() > 15 || digits.find_first_not_of("0123456789") != std::string::npos) continue;
    found.emplace_back(std::stoll(digits), entry.path().string());
  }
  std::sort(found.begin(), found.end());
  std::vector<std::string> paths;
  for (auto& f : found) paths.push_back(f.second);
  return paths;
}

int exportTimelapse(const std::string& runDir, const std::string& path, double fps, const io::ProgressFn& progress,
                    int* skipped, int scale, io::WrittenAnimation* written) {
  const auto files = listSampleHistory(runDir);
  if (files.empty()) throw std::runtime_error("run " + runDir + " has no samples/iter_*.png to make a timelapse from");
  if (!data::hasImageDecoder()) throw std::runtime_error("cannot read sample images: " + data::noImageDecoderReason());
  std::unique_ptr<io::FrameSink> sink;
  int width = 0, height = 0, frames = 0, rejected = 0;
  const int total = static_cast<int>(files.size());
  report(progress, 0, total);
  for (int i = 0; i < total; ++i) {
    data::ImageU8 image = data::decodeImageBytes(util::readFileBytes(files[i]), files[i], {0, 0, 0});
    if (!sink) {
      width = image.width;
      height = image.height;
      io::AnimationOptions o;
      o.width = width;
      o.height = height;
      o.fps = fps;
      o.scale = scale;
      sink = io::openFrameSink(path, o);
    }
    if (image.width != width || image.height != height || image.channels != 3) {
      ++rejected;
    } else {
      sink->addFrame(image);
      ++frames;
    }
    report(progress, i + 1, total);
  }
  sink->finish();
  if (skipped) *skipped = rejected;
  if (written) *written = {sink->encoding(), sink->outputWidth(), sink->outputHeight()};
  return frames;
}

}  // namespace fewshot::explore
