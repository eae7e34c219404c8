// Why a run stopped, in the studio's words: the core's error text is matched against the failures a user
// can act on (a full disk, a divergence the guard gave up on, the GPU out of memory or failing, a damaged
// dataset or checkpoint), each with what to do and the setting to look at. Anything else keeps the core's
// text, which names the file and the problem; the core's text always travels along as the details.
#pragma once
#include <QString>

namespace fewshot {
namespace widgets {

struct TrainingFailure {
  enum class Kind { DiskFull, Diverged, OutOfMemory, DeviceError, DamagedDataset, DamagedCheckpoint, Other };
  Kind kind = Kind::Other;
  QString headline;  // "The disk is full"
  QString advice;    // what happened and what to do, in a sentence or two
  QString field;     // config key of the setting to look at ("run_dir", "lr_g", ...); empty when none
  QString details;   // the core's text
};

TrainingFailure explainTrainingFailure(const QString& coreMessage);

}  // namespace widgets
}  // namespace fewshot
