// Runs a program (no shell) and hands its output to a callback line by line, stdout and stderr merged.
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace fewshot::util {

// Returns the exit status; 127 when the program cannot be started, 128 + N when signal N ended it.
// `onLine` is called on the calling thread for each output line (without the newline; carriage-return
// progress redraws count as lines too).
int runProcess(const std::vector<std::string>& argv, const std::function<void(const std::string&)>& onLine = {});

// True when `argv` starts and exits with status 0 (output discarded).
bool processSucceeds(const std::vector<std::string>& argv);

}  // namespace fewshot::util
