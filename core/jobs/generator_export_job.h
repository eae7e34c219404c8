// The generator of a trained run as a file other tools load: a PyTorch state dict in the official
// layout or an ONNX model (Capability::TorchExport / OnnxExport).
#pragma once
#include <string>

#include "core/explore/run_sampler.h"
#include "core/jobs/job_support.h"

namespace fewshot::jobs {

struct GeneratorExportJob {
  std::string runDir, checkpoint;
  explore::GeneratorExportOptions options;
  // Empty: RUN/export/generator_ema_<iteration>.pth (or .onnx).
  std::string output;
};

// Throws explore::Unsupported with the family's reason when it cannot export in that format.
JobOutcome runGeneratorExportJob(const GeneratorExportJob& job, const io::ProgressFn& progress = {});

}  // namespace fewshot::jobs
