#include "bridge/thread_priority.h"

#include <QThread>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace fewshot {
namespace bridge {

void lowerCurrentThreadPriority(ThreadPriority priority) {
#ifdef __linux__
  // On Linux the nice value is per thread (setpriority with a thread id); QThread priorities have no
  // effect under the default SCHED_OTHER policy. Elsewhere training keeps the normal priority.
  const int nice = priority == ThreadPriority::Training ? 5 : 10;
  const auto tid = static_cast<id_t>(syscall(SYS_gettid));
  if (getpriority(PRIO_PROCESS, tid) < nice) setpriority(PRIO_PROCESS, tid, nice);
#else
  if (priority == ThreadPriority::Background) QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

}  // namespace bridge
}  // namespace fewshot
