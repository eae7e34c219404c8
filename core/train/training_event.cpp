#include "core/train/training_event.h"

namespace fewshot::train {

const char* toString(TrainingEvent::Kind kind) {
  switch (kind) {
    case TrainingEvent::Kind::Started: return "started";
    case TrainingEvent::Kind::Iteration: return "iteration";
    case TrainingEvent::Kind::Samples: return "samples";
    case TrainingEvent::Kind::Checkpoint: return "checkpoint";
    case TrainingEvent::Kind::Warning: return "warning";
    case TrainingEvent::Kind::Error: return "error";
    case TrainingEvent::Kind::Paused: return "paused";
    case TrainingEvent::Kind::Resumed: return "resumed";
    case TrainingEvent::Kind::Finished: return "finished";
    case TrainingEvent::Kind::Metrics: return "metrics";
  }
  return "unknown";
}

}  // namespace fewshot::train
