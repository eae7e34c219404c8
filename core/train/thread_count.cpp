#include "core/train/thread_count.h"

#include <algorithm>
#include <thread>

#include <torch/torch.h>

namespace fewshot::train {

int applyThreadCount(int requested) {
  const int n = requested > 0 ? requested : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  at::set_num_threads(n);
  return n;
}

}  // namespace fewshot::train
