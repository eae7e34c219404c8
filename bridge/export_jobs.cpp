#include "bridge/export_jobs.h"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>

#include "core/data/dataset_pack.h"
#include "core/explore/animation_export.h"
#include "core/explore/consingan_model.h"
#include "core/explore/latent_ops.h"
#include "core/explore/model_transfer.h"
#include "core/explore/onnx_export.h"
#include "core/explore/run_generator.h"
#include "core/io/image_grid.h"
#include "core/io/latents_json.h"
#include "core/io/png_writer.h"
#include "core/train/checkpoint.h"
#include "core/train/run_directory.h"
#include "core/train/trainer.h"
#include "core/util/atomic_file.h"

namespace fewshot {
namespace bridge {
namespace {
namespace fs = std::filesystem;
using Kind = ExportJob::Kind;

void report(const io::ProgressFn& progress, int done, int total) {
  if (progress && !progress(done, total)) throw io::ExportCancelled();
}

// Creates the folder and proves it writable before any model work, so that a bad path fails at once
// with the folder named instead of after minutes of rendering (or as an encoder's vague message).
void prepareFolder(fs::path folder) {
  if (folder.empty()) folder = ".";
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) throw std::runtime_error("cannot create folder " + folder.string() + ": " + ec.message());
  if (!fs::is_directory(folder)) throw std::runtime_error(folder.string() + " is not a folder");
  std::random_device rd;
  const fs::path probe = folder / (".fewshot-write-test-" + std::to_string(rd()));
  {
    std::ofstream out(probe);
    if (!out) throw std::runtime_error("cannot write to folder " + folder.string() + ": " + std::strerror(errno));
  }
  fs::remove(probe, ec);
}

struct SeedImages {
  torch::Tensor images;  // (N,3,H,W) in [-1, 1]
  long long iteration = -1;
};

// One image per seed from the run's newest checkpoint. `total` is the job's progress total; images
// count as one unit each.
SeedImages renderSeeds(const ExportJob& job, const std::vector<uint64_t>& seeds, const io::ProgressFn& progress,
                       int total) {
  const std::string runDir = job.runDir.toStdString();
  const int n = static_cast<int>(seeds.size());
  const train::RunDirectory run(runDir);
  const std::string checkpoint = train::findLatestUsableCheckpoint(run).path;
  const train::CheckpointHeader header = train::readCheckpointHeader(checkpoint);
  SeedImages out;
  report(progress, 0, total);
  if (header.config.model == "fastgan") {
    // One batch, exactly as `fewshot sample --seeds`: with batch statistics an image depends on its batch.
    auto g = explore::RunGenerator::load(runDir, checkpoint, {});  // on the run's device
    const torch::Tensor z = explore::scaleLatents(explore::latentsForSeeds(seeds, g.config().fastgan.nz), job.latentScale);
    out.images = g.generate(z, job.batchStatistics ? explore::NormMode::BatchStatistics : explore::NormMode::RunningStatistics,
                            job.noiseSeed);
    out.iteration = g.iteration();
    report(progress, n, total);
    return out;
  }
  std::vector<torch::Tensor> parts;
  if (header.config.model == "consingan") {
    auto model = explore::ConSinGanModel::load(runDir, checkpoint, {});
    out.iteration = model->iteration();
    for (int i = 0; i < n; ++i) {
      explore::ConSinGanGenerateOptions o;
      o.width = job.width;
      o.height = job.height;
      o.count = 1;
      o.seed = seeds[i];  // sample 0 of seed s: the same image whatever else is exported
      parts.push_back(model->generate(o));
      report(progress, i + 1, total);
    }
  } else {
    // PGGAN, Projected GAN: the trainer restored from the checkpoint (as `fewshot eval` does).
    const data::DatasetPack pack = data::loadDatasetPack(run.datasetPackPath());
    std::unique_ptr<train::Trainer> trainer =
        train::createTrainer(header.config, pack, train::deviceOrCpu(header.config.device));
    train::loadCheckpoint(checkpoint, *trainer);
    out.iteration = header.iteration;
    for (int i = 0; i < n; ++i) {
      parts.push_back(trainer->generateImages(1, seeds[i]));
      report(progress, i + 1, total);
    }
  }
  out.images = torch::cat(parts);
  return out;
}

// Tiles scaled so their longer side is `size` (antialiased when shrinking).
torch::Tensor resizeTiles(const torch::Tensor& images, int size) {
  const int64_t h = images.size(2), w = images.size(3);
  if (size <= 0 || std::max(h, w) == size) return images;
  const double s = static_cast<double>(size) / static_cast<double>(std::max(h, w));
  const std::vector<int64_t> target{std::max<int64_t>(1, std::llround(h * s)), std::max<int64_t>(1, std::llround(w * s))};
  namespace F = torch::nn::functional;
  return F::interpolate(images, F::InterpolateFuncOptions().size(target).mode(torch::kBilinear).align_corners(false).antialias(true));
}

std::vector<uint64_t> jobSeeds(const ExportJob& job) {
  try {
    return explore::parseSeedList(QString(job.seeds).remove(QLatin1Char(' ')).toStdString());
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error("seed list '" + job.seeds.toStdString() + "': " + e.what());
  }
}

ExportOutcome sampleGrid(const ExportJob& job, const io::ProgressFn& progress) {
  const std::string path = job.output.toStdString();
  const auto seeds = jobSeeds(job);
  prepareFolder(fs::path(path).parent_path());
  const int n = static_cast<int>(seeds.size()), total = n + 1;
  SeedImages rendered = renderSeeds(job, seeds, progress, total);
  const torch::Tensor tiles = resizeTiles(rendered.images, job.tileSize);
  const int columns = job.columns > 0 ? job.columns : static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n))));
  const data::ImageU8 grid = io::makeImageGrid(tiles, columns, job.padding);
  report(progress, n, total);  // last chance to cancel before the file appears
  io::writePng(grid, path);
  if (progress) progress(total, total);  // written: too late to cancel
  ExportOutcome o;
  o.path = path;
  o.count = n;
  o.width = grid.width;
  o.height = grid.height;
  o.tileWidth = static_cast<int>(tiles.size(3));
  o.tileHeight = static_cast<int>(tiles.size(2));
  o.iteration = rendered.iteration;
  return o;
}

ExportOutcome singleImages(const ExportJob& job, const io::ProgressFn& progress) {
  const std::string folder = job.output.toStdString();
  const auto seeds = jobSeeds(job);
  prepareFolder(folder);
  const int n = static_cast<int>(seeds.size()), total = 2 * n + 1;
  SeedImages rendered = renderSeeds(job, seeds, progress, total);
  // Encoded in memory first and written only when all are ready: a cancelled export leaves no files.
  std::vector<std::string> encoded;
  for (int i = 0; i < n; ++i) {
    encoded.push_back(io::encodePng(io::tensorToImage(rendered.images[i])));
    report(progress, n + i + 1, total);
  }
  for (int i = 0; i < n; ++i)
    util::writeFileAtomically((fs::path(folder) / ("seed_" + std::to_string(seeds[i]) + ".png")).string(), encoded[i]);
  if (progress) progress(total, total);
  ExportOutcome o;
  o.path = folder;
  o.count = n;
  o.width = o.tileWidth = static_cast<int>(rendered.images.size(3));
  o.height = o.tileHeight = static_cast<int>(rendered.images.size(2));
  o.iteration = rendered.iteration;
  return o;
}

ExportOutcome interpolationVideo(const ExportJob& job, const io::ProgressFn& progress) {
  const std::string path = job.output.toStdString();
  const auto seeds = jobSeeds(job);
  if (seeds.size() < 2) throw std::runtime_error("an interpolation video needs at least two key seeds");
  prepareFolder(fs::path(path).parent_path());
  auto g = explore::RunGenerator::load(job.runDir.toStdString(), {}, {});
  explore::VideoOptions o;
  o.path.frames = ExportBridge::videoFrameCount(job, static_cast<int>(seeds.size()));
  o.path.spherical = job.slerp;
  o.path.loop = job.loop;
  o.latentScale = job.latentScale;
  o.norm = job.batchStatistics ? explore::NormMode::BatchStatistics : explore::NormMode::RunningStatistics;
  o.noiseSeed = job.noiseSeed;
  o.fps = job.fps;
  const torch::Tensor keys = explore::latentsForSeeds(seeds, g.config().fastgan.nz);
  ExportOutcome out;
  out.path = path;
  out.count = explore::exportInterpolationVideo(g.generator(), keys, o, path, progress);
  out.width = out.height = g.config().fastgan.imageSize;
  out.iteration = g.iteration();
  return out;
}

ExportOutcome timelapse(const ExportJob& job, const io::ProgressFn& progress) {
  const std::string path = job.output.toStdString();
  prepareFolder(fs::path(path).parent_path());
  const auto history = explore::listSampleHistory(job.runDir.toStdString());
  ExportOutcome out;
  out.path = path;
  out.count = explore::exportTimelapse(job.runDir.toStdString(), path, job.fps, progress, &out.skipped);
  if (!history.empty()) {
    const std::string name = fs::path(history.back()).stem().string();  // iter_<n>
    out.iteration = std::stoll(name.substr(5));
  }
  return out;
}

ExportOutcome latentsJson(const ExportJob& job, const io::ProgressFn& progress) {
  const std::string path = job.output.toStdString();
  const auto seeds = jobSeeds(job);
  prepareFolder(fs::path(path).parent_path());
  report(progress, 0, 1);
  // nz comes from the model actually sampled, so the file matches what the other exports render.
  const train::CheckpointHeader header =
      train::readCheckpointHeader(train::findLatestUsableCheckpoint(train::RunDirectory(job.runDir.toStdString())).path);
  if (header.config.model != "fastgan")
    throw std::runtime_error("latents JSON is written for FastGAN runs; " + job.runDir.toStdString() + " is " +
                             header.config.model);
  io::LatentSet set{explore::latentsForSeeds(seeds, header.config.fastgan.nz), {}, job.latentScale};
  for (uint64_t s : seeds) set.seeds.push_back(static_cast<int64_t>(s));
  io::writeLatentsJson(set, path);
  if (progress) progress(1, 1);
  ExportOutcome out;
  out.path = path;
  out.count = static_cast<int>(seeds.size());
  out.width = static_cast<int>(header.config.fastgan.nz);
  out.iteration = header.iteration;
  return out;
}

ExportOutcome pytorchGenerator(const ExportJob& job, const io::ProgressFn& progress) {
  const std::string path = job.output.toStdString();
  prepareFolder(fs::path(path).parent_path());
  report(progress, 0, 1);
  auto g = explore::RunGenerator::load(job.runDir.toStdString(), {}, "cpu");
  report(progress, 0, 1);  // loading may take a while: honour a cancel before writing
  ExportOutcome out;
  out.path = path;
  // The file's extension picks the format: .onnx for an ONNX model, else a PyTorch state dict.
  if (fs::path(path).extension() == ".onnx")
    out.count = explore::exportOnnxGenerator(g.generator(), path).nodes;
  else
    out.count = explore::exportPytorchGenerator(g.generator(), path);
  out.width = out.height = g.config().fastgan.imageSize;
  out.iteration = g.iteration();
  if (progress) progress(1, 1);
  return out;
}

}  // namespace

ExportOutcome runExportJob(const ExportJob& job, const io::ProgressFn& progress) {
  switch (job.kind) {
    case Kind::SampleGrid: return sampleGrid(job, progress);
    case Kind::SingleImages: return singleImages(job, progress);
    case Kind::InterpolationVideo: return interpolationVideo(job, progress);
    case Kind::Timelapse: return timelapse(job, progress);
    case Kind::LatentsJson: return latentsJson(job, progress);
    case Kind::PytorchGenerator: return pytorchGenerator(job, progress);
  }
  throw std::logic_error("unknown export kind");
}

}  // namespace bridge
}  // namespace fewshot
