// Offline evaluation of a run's generator against its training images: FD/KID on EfficientNet-Lite0
// features (or FID/KID with NVIDIA's Inception file), diversity and nearest-image distances, written to
// RUN/eval_<iteration>_n<N>[_augp<P>].json (Capability::LiveMetrics: single-image families are refused).
#pragma once
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "core/io/frame_sink.h"

namespace fewshot::jobs {

struct EvalJob {
  std::string runDir, checkpoint;
  std::string device = "cpu";
  int count = 5000;           // generated samples
  uint64_t seed = 0;          // their latent stream (RunSampler::latentsForSeed)
  int batch = 32;             // generation batch (batch statistics see one batch)
  std::string inceptionFile;  // NVIDIA's inception-2015-12-05.pt: FID/KID
  std::string weightsDir;     // empty: the run's metrics settings
  // Above 0: the reference set is the training images augmented by the run's ADA pipeline at this p
  // (augmentedCopies draws per image; core/jobs/augmented_reference.h), for the leak measure.
  double augmentedReferenceP = 0;
  int augmentedCopies = 10;
};

struct EvalProgress {
  std::function<void(const std::string& stage)> stage;  // "real features (...)", "generating N samples"
  io::ProgressFn progress;                              // within the stage; false cancels
};

struct EvalResult {
  nlohmann::json values;      // the file's content (iteration, checkpoint, extractor, metric_* ...)
  std::string path;           // RUN/eval_<iteration>_n<N>[_augp<P>].json
  std::string extractorName;  // "FD-EffNet", "FID", ...
  bool inception = false;
};

// Throws explore::Unsupported for families without distribution metrics, io::ExportCancelled when the
// progress callback asks to stop (nothing is written then).
EvalResult runEvalJob(const EvalJob& job, const EvalProgress& progress = {});

}  // namespace fewshot::jobs
