// How many CPU threads LibTorch uses: `requested`, or every core when it is 0.
#pragma once
#include <string>

namespace fewshot::train {

constexpr int kThreadsPerCore = 4;

// Sets LibTorch's intra-op thread count (per calling thread with OpenMP) and returns it: `requested`,
// capped at kThreadsPerCore x the cores.
int applyThreadCount(int requested);

// Empty when `requested` threads suit this machine, else the reason (for new runs: a typo like 100000).
std::string checkThreadCount(int requested);

}  // namespace fewshot::train
