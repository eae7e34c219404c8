// Checkpoint files: one archive with a format version, the iteration, the run config, the dataset
// hash and the trainer's full state (models, EMA, optimizers, RNG states). Written atomically with a
// checksum (checkpoint_integrity.h); on load the checksum is verified and every tensor must be finite.
// Damaged files are refused, and resuming uses the newest checkpoint that passes.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/train/run_directory.h"
#include "core/train/trainer.h"
#include "core/config/training_config.h"

namespace fewshot::train {

inline constexpr int64_t kCheckpointFormatVersion = 1;

struct CheckpointHeader {
  int64_t formatVersion = 0;
  int64_t iteration = 0;
  TrainingConfig config;
  std::string datasetHash;
};

void writeCheckpoint(const std::string& path, const TrainingConfig& config, const std::string& datasetHash,
                     Trainer& trainer);
// Verifies the file and reads everything but the trainer state. Throws CheckpointError.
CheckpointHeader readCheckpointHeader(const std::string& path);
// Restores `trainer` from the file. Throws CheckpointError naming the file.
void loadCheckpoint(const std::string& path, Trainer& trainer);

class CheckpointError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A checkpoint holding NaN/inf: the model diverged, the file itself may be intact.
class NonFiniteCheckpointError : public CheckpointError {
 public:
  using CheckpointError::CheckpointError;
};

// Writes the checkpoint of the trainer's iteration into the run and then deletes all but the newest
// `keep`. Before writing, the free space is compared with the size of the newest checkpoint (plus a
// margin); when it is short, the older checkpoints that would be deleted afterwards anyway go first
// (never the newest), and when it is still short nothing is written: CheckpointError "not enough free
// space ...", with the newest checkpoint intact. A failed write (disk full) leaves no partial file.
// The written file is read back and verified before anything is pruned: when it does not verify (weights
// that hold NaN/inf: NonFiniteCheckpointError) it is removed and the older checkpoints stay.
// Returns the path written.
std::string writeCheckpointAndPrune(const RunDirectory& run, const TrainingConfig& config,
                                    const std::string& datasetHash, Trainer& trainer, int keep);

// Checkpoints of a run, oldest first.
std::vector<std::string> listCheckpoints(const RunDirectory& run);
// Deletes all but the newest `keep` checkpoints.
void pruneCheckpoints(const RunDirectory& run, int keep);

struct UsableCheckpoint {
  std::string path;
  CheckpointHeader header;
  std::vector<std::string> rejected;  // "checkpoint path ...: reason" for newer files that failed verification
  std::string integrity;              // "checksum verified" or why less could be checked (older files)
  std::shared_ptr<torch::serialize::InputArchive> archive;  // the verified contents, for loadCheckpoint()
};
// The newest checkpoint that verifies (checksum, loads, finite tensors); throws CheckpointError naming
// every file and its problem when there is none.
UsableCheckpoint findLatestUsableCheckpoint(const RunDirectory& run);
// Restores `trainer` from an already verified checkpoint without reading the file again.
void loadCheckpoint(const UsableCheckpoint& checkpoint, Trainer& trainer);

}  // namespace fewshot::train
