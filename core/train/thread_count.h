// How many CPU threads LibTorch uses: `requested`, or every core when it is 0.
#pragma once

namespace fewshot::train {

// Sets LibTorch's intra-op thread count (per calling thread with OpenMP) and returns it.
int applyThreadCount(int requested);

}  // namespace fewshot::train
