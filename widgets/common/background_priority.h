// Background work of the studio (thumbnails, the import check) runs below the UI thread's priority, so
// that on a busy machine the UI thread wins the CPU when it has an event to handle.
#pragma once

class QThreadPool;

namespace fewshot {
namespace widgets {

// Lowers the calling thread to the studio's background priority (bridge/thread_priority.h: nice +10 on
// Linux, inherited by the threads it starts). Only call it on threads that do nothing but background
// work, because an unprivileged process cannot raise it again.
void lowerCurrentThreadPriority();

// A pool for long background computations whose threads run at the lowered priority.
QThreadPool* backgroundPool();

}  // namespace widgets
}  // namespace fewshot
