#include "bridge/job_runner.h"

#include <QMetaObject>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "bridge/thread_priority.h"

namespace fewshot {
namespace bridge {

namespace {

struct Entry {
  JobRunner::Work work;
  QString key;
  std::shared_ptr<std::atomic<bool>> cancel;
};

}  // namespace

void JobRunner::Job::post(std::function<void()> f) const {
  QMetaObject::invokeMethod(owner_, std::move(f), Qt::QueuedConnection);
}

struct JobRunner::Private {
  explicit Private(QObject* owner) : owner(owner), thread([this] { run(); }) {}

  void run() {
    lowerCurrentThreadPriority(ThreadPriority::Background);
    std::unique_lock<std::mutex> lock(mutex);
    for (;;) {
      wake.wait(lock, [&] { return stopping || !queue.empty(); });
      if (stopping) return;
      Entry entry = std::move(queue.front());
      queue.pop_front();
      running = entry.cancel;
      lock.unlock();
      std::function<void()> deliver;
      try {
        deliver = entry.work(Job(entry.cancel, owner));
      } catch (...) {
        // A job that lets an exception escape has a bug; the worker (and the studio) must survive it.
      }
      QMetaObject::invokeMethod(
          owner,
          [this, deliver = std::move(deliver)] {
            if (deliver) deliver();
            if (--outstanding == 0 && idle) idle();
          },
          Qt::QueuedConnection);
      lock.lock();
      running.reset();
    }
  }

  QObject* owner;
  mutable std::mutex mutex;
  std::condition_variable wake;
  std::deque<Entry> queue;
  std::shared_ptr<std::atomic<bool>> running;  // the running job's cancel flag
  bool stopping = false;
  int outstanding = 0;  // owner's thread only
  std::function<void()> idle;
  std::thread thread;  // last: starts after the members above exist
};

JobRunner::JobRunner(QObject* owner) : d_(std::make_unique<Private>(owner)) {}

JobRunner::~JobRunner() {
  {
    std::lock_guard<std::mutex> lock(d_->mutex);
    d_->stopping = true;
    d_->queue.clear();
    if (d_->running) *d_->running = true;
  }
  d_->wake.notify_all();
  d_->thread.join();
}

void JobRunner::submit(Work work, const QString& coalesceKey) {
  Entry entry{std::move(work), coalesceKey, std::make_shared<std::atomic<bool>>(false)};
  {
    std::lock_guard<std::mutex> lock(d_->mutex);
    if (!coalesceKey.isEmpty())
      for (Entry& pending : d_->queue)
        if (pending.key == coalesceKey) {
          pending = std::move(entry);  // same place in the queue; the older request's result never comes
          return;
        }
    d_->queue.push_back(std::move(entry));
    ++d_->outstanding;
  }
  d_->wake.notify_all();
}

void JobRunner::cancel() {
  std::lock_guard<std::mutex> lock(d_->mutex);
  if (d_->running) *d_->running = true;
}

void JobRunner::clearPending() {
  std::lock_guard<std::mutex> lock(d_->mutex);
  d_->outstanding -= static_cast<int>(d_->queue.size());
  d_->queue.clear();
}

bool JobRunner::busy() const { return d_->outstanding > 0; }

void JobRunner::setIdleHandler(std::function<void()> handler) { d_->idle = std::move(handler); }

}  // namespace bridge
}  // namespace fewshot
