// Background work of the studio (thumbnails, the import check) runs below the UI thread's priority, so
// that on a busy machine the UI thread wins the CPU when it has an event to handle.
#pragma once

class QThreadPool;

namespace fewshot {
namespace widgets {

// Lowers the calling thread's scheduling priority (Linux: nice +10 for this thread, which threads it
// starts inherit; elsewhere QThread::LowPriority). Idempotent per thread; only call it on threads that
// do nothing but background work, because an unprivileged process cannot raise it again.
void lowerCurrentThreadPriority();

// A pool for long background computations whose threads run at the lowered priority.
QThreadPool* backgroundPool();

}  // namespace widgets
}  // namespace fewshot
