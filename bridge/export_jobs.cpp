#include "bridge/export_jobs.h"

#include <QFileInfo>

#include "core/explore/latent_ops.h"
#include "core/jobs/generator_export_job.h"
#include "core/jobs/image_job.h"
#include "core/jobs/video_jobs.h"

namespace fewshot {
namespace bridge {
namespace {
using Kind = ExportJob::Kind;

std::vector<uint64_t> jobSeeds(const ExportJob& job) {
  try {
    return explore::parseSeedList(QString(job.seeds).remove(QLatin1Char(' ')).toStdString());
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error("seed list '" + job.seeds.toStdString() + "': " + e.what());
  }
}

explore::NormMode normMode(const ExportJob& job) {
  return job.batchStatistics ? explore::NormMode::BatchStatistics : explore::NormMode::RunningStatistics;
}

jobs::ImageJob imageJob(const ExportJob& job) {
  jobs::ImageJob j;
  j.runDir = job.runDir.toStdString();
  j.seeds = jobSeeds(job);
  j.image.latentScale = job.latentScale;
  j.image.render = {normMode(job), job.noiseSeed};
  j.image.width = job.width;
  j.image.height = job.height;
  return j;
}

}  // namespace

bool exportCapability(Kind kind, models::Capability* capability) {
  switch (kind) {
    case Kind::SampleGrid:
    case Kind::SingleImages:
      *capability = models::Capability::Seeds;
      return true;
    case Kind::InterpolationVideo:
      *capability = models::Capability::Interpolation;
      return true;
    case Kind::LatentsJson:
      *capability = models::Capability::LatentsJson;
      return true;
    case Kind::PytorchGenerator:
      *capability = models::Capability::TorchExport;
      return true;
    case Kind::Timelapse:
      return false;
  }
  return false;
}

jobs::JobOutcome runExportJob(const ExportJob& job, const io::ProgressFn& progress) {
  const std::string output = job.output.toStdString();
  switch (job.kind) {
    case Kind::SampleGrid: {
      jobs::ImageJob j = imageJob(job);
      j.gridPath = output;
      j.columns = job.columns;
      j.tileSize = job.tileSize;
      j.padding = job.padding;
      return jobs::runImageJob(j, progress);
    }
    case Kind::SingleImages: {
      jobs::ImageJob j = imageJob(job);
      j.imagesDir = output;
      return jobs::runImageJob(j, progress);
    }
    case Kind::LatentsJson: {
      jobs::ImageJob j = imageJob(job);
      j.latentsPath = output;
      return jobs::runImageJob(j, progress);
    }
    case Kind::InterpolationVideo: {
      jobs::InterpolationJob j;
      j.runDir = job.runDir.toStdString();
      j.seeds = jobSeeds(job);
      j.video.path.frames = ExportBridge::videoFrameCount(job, static_cast<int>(j.seeds.size()));
      j.video.path.spherical = job.slerp;
      j.video.path.loop = job.loop;
      j.video.latentScale = job.latentScale;
      j.video.norm = normMode(job);
      j.video.noiseSeed = job.noiseSeed;
      j.video.fps = job.fps;
      j.video.scale = job.scale;
      j.output = output;
      return jobs::runInterpolationJob(j, progress);
    }
    case Kind::Timelapse:
      return jobs::runTimelapseJob({job.runDir.toStdString(), job.fps, output, job.scale}, progress);
    case Kind::PytorchGenerator: {
      jobs::GeneratorExportJob j;
      j.runDir = job.runDir.toStdString();
      j.output = output;
      // The file's extension picks the format: .onnx for an ONNX model, else a PyTorch state dict.
      if (QFileInfo(job.output).suffix().compare(QLatin1String("onnx"), Qt::CaseInsensitive) == 0)
        j.options.format = explore::GeneratorExportOptions::Format::Onnx;
      return jobs::runGeneratorExportJob(j, progress);
    }
  }
  throw std::logic_error("unknown export kind");
}

}  // namespace bridge
}  // namespace fewshot
