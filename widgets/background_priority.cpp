#include "widgets/background_priority.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace fewshot {
namespace widgets {

void lowerCurrentThreadPriority() {
  thread_local bool lowered = false;
  if (lowered) return;
  lowered = true;
#ifdef __linux__
  // On Linux the nice value is per thread (setpriority with a thread id); QThread priorities have no
  // effect under the default SCHED_OTHER policy.
  const int tid = static_cast<int>(syscall(SYS_gettid));
  const int current = getpriority(PRIO_PROCESS, static_cast<id_t>(tid));
  if (current < 10) setpriority(PRIO_PROCESS, static_cast<id_t>(tid), 10);
#else
  QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

QThreadPool* backgroundPool() {
  static QThreadPool* pool = [] {
    // A child of the application: its destructor waits for a running check before the app goes away.
    auto* p = new QThreadPool(QCoreApplication::instance());
    p->setMaxThreadCount(1);     // one import check at a time; it decodes with its own threads
    p->setExpiryTimeout(-1);     // keep the (lowered) thread instead of starting fresh ones
    return p;
  }();
  return pool;
}

}  // namespace widgets
}  // namespace fewshot
