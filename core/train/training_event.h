// What a training session reports while it runs. Events are produced on the worker thread and
// handed to one callback; the CLI prints them, the studio's bridge re-emits them as Qt signals.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>

#include "core/data/image_u8.h"

namespace fewshot::train {

struct TrainingEvent {
  enum class Kind { Started, Iteration, Samples, Checkpoint, Warning, Error, Paused, Resumed, Finished, Metrics };

  Kind kind = Kind::Iteration;
  int64_t iteration = 0;       // iterations completed so far
  int64_t totalIterations = 0;
  // Iteration: losses ("loss_d_real", "loss_d_fake", "loss_d_rec", "loss_g") and timings
  // ("seconds_per_iteration", "iterations_per_second", "eta_seconds").
  std::map<std::string, double> values;
  std::string message;  // Warning/Error text; Finished: "completed" or "stopped"
  // Metrics: "metric_fd_effnet", "metric_kid_effnet", "metric_kid_effnet_std" (or "metric_fid", "metric_kid",
  // "metric_kid_std" with the Inception file), "metric_diversity", "metric_nearest_distance",
  // "metric_nearest_distance_min", "metrics_seconds"; message: the FD metric's display name.
  std::string path;     // Samples: PNG written; Checkpoint: file written; Metrics: nearest-neighbour sheet
  std::shared_ptr<const data::ImageU8> image;  // Samples: the grid itself; Metrics: [sample | nearest real] rows
};

using TrainingEventCallback = std::function<void(const TrainingEvent&)>;

const char* toString(TrainingEvent::Kind kind);

}  // namespace fewshot::train
