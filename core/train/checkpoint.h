// Checkpoint files: one archive with a format version, the iteration, the run config, the dataset
// hash and the trainer's full state (models, EMA, optimizers, RNG states). Written atomically;
// damaged files are detected on load and the previous checkpoint is used instead.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/train/run_directory.h"
#include "core/train/trainer.h"
#include "core/train/training_config.h"

namespace fewshot::train {

inline constexpr int64_t kCheckpointFormatVersion = 1;

struct CheckpointHeader {
  int64_t formatVersion = 0;
  int64_t iteration = 0;
  TrainingConfig config;
  std::string datasetHash;
};

void writeCheckpoint(const std::string& path, const TrainingConfig& config, const std::string& datasetHash, Trainer& trainer);
// Validates the file and reads everything but the trainer state. Throws CheckpointError.
CheckpointHeader readCheckpointHeader(const std::string& path);
// Restores `trainer` from the file. Throws CheckpointError naming the file.
void loadCheckpoint(const std::string& path, Trainer& trainer);

class CheckpointError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Checkpoints of a run, oldest first.
std::vector<std::string> listCheckpoints(const RunDirectory& run);
// Deletes all but the newest `keep` checkpoints.
void pruneCheckpoints(const RunDirectory& run, int keep);

struct UsableCheckpoint {
  std::string path;
  CheckpointHeader header;
  std::vector<std::string> rejected;  // "path: reason" for newer files that could not be read
};
// The newest checkpoint that loads; throws CheckpointError when there is none.
UsableCheckpoint findLatestUsableCheckpoint(const RunDirectory& run);

}  // namespace fewshot::train
