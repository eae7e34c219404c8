#include "core/train/thread_count.h"

#include <algorithm>
#include <thread>

#include <torch/torch.h>

namespace fewshot::train {

int applyThreadCount(int requested) {
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  // More threads than kThreadsPerCore x the cores only costs memory and context switches; a run
  // created on a bigger machine is resumed here with what this one can use.
  const int n = requested > 0 ? std::min(requested, kThreadsPerCore * cores) : cores;
  at::set_num_threads(n);
  return n;
}

std::string checkThreadCount(int requested) {
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (requested <= kThreadsPerCore * cores) return {};
  return "CPU threads " + std::to_string(requested) + " is more than " + std::to_string(kThreadsPerCore) +
         " per core; this machine has " + std::to_string(cores) + " cores (0 uses them all)";
}

}  // namespace fewshot::train
