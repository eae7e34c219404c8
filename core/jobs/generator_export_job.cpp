#include "core/jobs/generator_export_job.h"

#include <filesystem>

namespace fewshot::jobs {

JobOutcome runGeneratorExportJob(const GeneratorExportJob& job, const io::ProgressFn& progress) {
  const bool onnx = job.options.format == explore::GeneratorExportOptions::Format::Onnx;
  if (job.output.empty() && job.runDir.empty())
    throw std::invalid_argument("an output file is needed with a checkpoint");
  if (!job.output.empty()) prepareParentFolder(job.output);
  report(progress, 0, 1);
  auto sampler = explore::RunSampler::open(job.runDir, job.checkpoint, "cpu");
  sampler->require(onnx ? models::Capability::OnnxExport : models::Capability::TorchExport);
  std::string path = job.output;
  if (path.empty()) {
    const std::string folder = job.runDir + "/export";
    prepareFolder(folder);
    path = folder + "/generator_ema_" + std::to_string(sampler->iteration()) + (onnx ? ".onnx" : ".pth");
  }
  report(progress, 0, 1);  // loading may take a while: honour a cancel before writing
  const explore::GeneratorExportResult written = sampler->exportGenerator(path, job.options);
  JobOutcome out;
  out.path = path;
  out.checkpoint = sampler->checkpointPath();
  out.iteration = sampler->iteration();
  out.count = written.items;
  out.width = sampler->imageWidth();
  out.height = sampler->imageHeight();
  out.bytes = written.bytes;
  out.details = written.details;
  if (progress) progress(1, 1);
  return out;
}

}  // namespace fewshot::jobs
