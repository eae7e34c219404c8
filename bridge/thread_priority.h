// The studio's one policy for the priority of its worker threads: training runs a little below the UI
// (nice 5), background renders and decoding further below (nice 10), so that on a busy machine the UI
// thread wins the CPU when it has an event to handle and training wins over previews.
#pragma once

namespace fewshot {
namespace bridge {

enum class ThreadPriority {
  Training,    // nice 5: the UI wins about 3:1; far lower starved training next to other heavy processes
  Background,  // nice 10: renders, exports, previews, thumbnails; still every core on an idle machine
};

// Lowers the calling thread's scheduling priority (Linux: the thread's nice value, which threads it
// starts, such as LibTorch's OpenMP pool, inherit; elsewhere QThread priorities). Never raises it, since
// an unprivileged process could not lower it again: only call it on threads that do nothing else.
void lowerCurrentThreadPriority(ThreadPriority priority);

}  // namespace bridge
}  // namespace fewshot
