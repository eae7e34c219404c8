#include "core/jobs/image_job.h"

#include <cmath>
#include <filesystem>

#include "core/explore/latent_ops.h"
#include "core/io/image_grid.h"
#include "core/io/latents_json.h"
#include "core/io/png_writer.h"
#include "core/util/atomic_file.h"

namespace fewshot::jobs {
namespace {
namespace fs = std::filesystem;

// Tiles scaled so their longer side is `size` (antialiased when shrinking).
torch::Tensor resizeTiles(const torch::Tensor& images, int size) {
  const int64_t h = images.size(2), w = images.size(3);
  if (size <= 0 || std::max(h, w) == size) return images;
  const double s = static_cast<double>(size) / static_cast<double>(std::max(h, w));
  const std::vector<int64_t> target{std::max<int64_t>(1, std::llround(h * s)),
                                    std::max<int64_t>(1, std::llround(w * s))};
  namespace F = torch::nn::functional;
  return F::interpolate(
      images, F::InterpolateFuncOptions().size(target).mode(torch::kBilinear).align_corners(false).antialias(true));
}

std::string imageName(const ImageJob& job, int i) {
  return job.seeds.empty() ? job.imagePrefix + std::to_string(i) + ".png"
                           : "seed_" + std::to_string(job.seeds[i]) + ".png";
}

void checkJob(explore::RunSampler& sampler, const ImageJob& job) {
  const int n = job.imageCount();
  if (n < 1) throw std::invalid_argument("no images to render (give seeds or a count)");
  if (job.gridPath.empty() && job.imagesDir.empty() && job.latentsPath.empty() && job.reconstructionPath.empty())
    throw std::invalid_argument("no output given");
  if (!job.latentsPath.empty()) sampler.require(models::Capability::LatentsJson);
  if (!job.reconstructionPath.empty() && !sampler.family().singleImage)
    throw explore::Unsupported(sampler.family().displayName +
                               " trains on many images: it has no single training image to reconstruct");
  if (job.columns < 0) throw std::invalid_argument("the column count must be at least 1");
  if (job.padding < 0 || job.padding > 256) throw std::invalid_argument("the padding must be between 0 and 256 pixels");
}

bool rendersImages(const ImageJob& job) { return !job.gridPath.empty() || !job.imagesDir.empty(); }

// Units of progress: each image rendered, each single image encoded, and writing the files.
int progressTotal(const ImageJob& job) {
  const int n = job.imageCount();
  return (rendersImages(job) ? n : 0) + (job.imagesDir.empty() ? 0 : n) + 1;
}

}  // namespace

JobOutcome runImageJob(const ImageJob& job, const io::ProgressFn& progress) {
  report(progress, 0, progressTotal(job));
  auto sampler = explore::RunSampler::open(job.runDir, job.checkpoint, job.device);
  return runImageJob(*sampler, job, progress);
}

JobOutcome runImageJob(explore::RunSampler& sampler, const ImageJob& job, const io::ProgressFn& progress) {
  checkJob(sampler, job);
  for (const std::string* file : {&job.gridPath, &job.latentsPath, &job.reconstructionPath})
    if (!file->empty()) prepareParentFolder(*file);
  if (!job.imagesDir.empty()) prepareFolder(job.imagesDir);

  const int n = job.imageCount();
  const bool renders = rendersImages(job);
  const int total = progressTotal(job);
  JobOutcome out;
  out.checkpoint = sampler.checkpointPath();
  out.iteration = sampler.iteration();
  out.count = n;
  // name -> encoded PNG (or JSON), written together at the end.
  std::vector<std::pair<std::string, std::string>> files;
  if (renders) {
    const io::ProgressFn renderProgress = [&](int done, int) { return !progress || progress(done, total); };
    const torch::Tensor images = job.seeds.empty() ? sampler.renderStream(job.streamSeed, n, job.image, renderProgress)
                                                   : sampler.renderSeeds(job.seeds, job.image, renderProgress);
    out.width = out.tileWidth = static_cast<int>(images.size(3));
    out.height = out.tileHeight = static_cast<int>(images.size(2));
    if (!job.imagesDir.empty()) {
      for (int i = 0; i < n; ++i) {
        files.emplace_back((fs::path(job.imagesDir) / imageName(job, i)).string(),
                           io::encodePng(io::tensorToImage(images[i])));
        report(progress, n + i + 1, total);
      }
    }
    if (!job.gridPath.empty()) {
      const torch::Tensor tiles = resizeTiles(images, job.tileSize);
      const int columns =
          job.columns > 0 ? job.columns : static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n))));
      const data::ImageU8 grid = io::makeImageGrid(tiles, columns, job.padding);
      files.emplace_back(job.gridPath, io::encodePng(grid));
      out.width = grid.width;
      out.height = grid.height;
      out.tileWidth = static_cast<int>(tiles.size(3));
      out.tileHeight = static_cast<int>(tiles.size(2));
    }
  }
  if (!job.latentsPath.empty()) {
    const torch::Tensor z =
        job.seeds.empty() ? sampler.latentsForSeed(job.streamSeed, n) : sampler.latentsForSeeds(job.seeds);
    io::LatentSet set{z, {}, job.image.latentScale};
    for (int i = 0; i < n; ++i) set.seeds.push_back(job.seeds.empty() ? -1 : static_cast<int64_t>(job.seeds[i]));
    files.emplace_back(job.latentsPath, io::latentsJsonText(set));
    out.latentSize = sampler.latentSize();
  }
  if (!job.reconstructionPath.empty())
    files.emplace_back(job.reconstructionPath, io::encodePng(io::tensorToImage(sampler.reconstruction()[0])));
  report(progress, total - 1, total);  // the last chance to cancel before files appear
  for (const auto& [path, bytes] : files) util::writeFileAtomically(path, bytes);
  if (progress) progress(total, total);  // written: too late to cancel
  out.path = !job.gridPath.empty() ? job.gridPath : !job.imagesDir.empty() ? job.imagesDir : job.latentsPath;
  if (out.path.empty()) out.path = job.reconstructionPath;
  return out;
}

}  // namespace fewshot::jobs
