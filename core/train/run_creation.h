// Creating a run folder so that an interruption (a kill, a full disk) never leaves one that can neither
// be resumed nor created again. The files are written into a temporary sibling folder
// (".NAME.creating-PID-RANDOM") that is renamed to the run folder when complete. Where the run folder
// exists already and is not empty, the files are written into it with config.json last: a folder with
// config.json is a complete run. Runs left half-created by older versions (config.json written, then
// killed while the dataset pack was written) are recognised by isHalfCreatedRun().
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "core/train/run_directory.h"

namespace fewshot::train {

// Calls `writeFiles` with the folder to write into (not necessarily `run` itself); it must write
// config.json last. Temporary folders of earlier, killed creations of the same run are removed first.
// On failure nothing is left that makes the run look created, and the exception propagates.
void createRunFolder(const RunDirectory& run, const std::function<void(const RunDirectory& target)>& writeFiles);

// config.json exists but the dataset pack does not, and there is no checkpoint: the creation was
// interrupted (by a version that wrote config.json first).
bool isHalfCreatedRun(const RunDirectory& run);

// Removes partial files of interrupted writes (".NAME.tmp-PID-RANDOM" of processes that are gone) from
// the run's folders. Returns the removed paths.
std::vector<std::string> removeStaleRunTemporaries(const RunDirectory& run);

}  // namespace fewshot::train
