#include "widgets/common/background_priority.h"

#include <QCoreApplication>
#include <QThreadPool>

#include "bridge/thread_priority.h"

namespace fewshot {
namespace widgets {

void lowerCurrentThreadPriority() { bridge::lowerCurrentThreadPriority(bridge::ThreadPriority::Background); }

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
