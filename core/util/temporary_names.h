// Temporary files and folders beside their target, named ".NAME.tmp-PID-RANDOM" (atomic writes; videos
// add their extension) or ".NAME.creating-PID-RANDOM" (a run folder being created), and the removal of those that a
// killed process left behind. The process id in the name tells whether the writer may still be running.
#pragma once
#include <string>
#include <vector>

namespace fewshot::util {

// A fresh name in the target's folder; `tag` is "tmp" or "creating".
std::string temporarySibling(const std::string& target, const std::string& tag);

// Removes the temporaries directly in `dir` whose writing process no longer runs (folders with their
// contents). Those of running processes, including this one, are kept. Returns the removed paths.
std::vector<std::string> removeStaleTemporaries(const std::string& dir);

}  // namespace fewshot::util
