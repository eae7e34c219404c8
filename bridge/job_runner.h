// The studio's one way of running core work off the UI thread: a worker thread at background priority
// (bridge/thread_priority.h) that runs jobs one at a time, in order, and hands each result back to the
// owner's (UI) thread. A job submitted with a coalescing key replaces a pending job with the same key
// in its place, so bursts of requests (dragging a slider) never queue up work. Each job has a cancel
// flag that cancel() raises while it runs. Only Qt and std types here.
#pragma once
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace fewshot {
namespace bridge {

class JobRunner {
 public:
  // What a running job can ask.
  class Job {
   public:
    Job(std::shared_ptr<std::atomic<bool>> cancel, QObject* owner) : cancel_(std::move(cancel)), owner_(owner) {}
    bool cancelled() const { return cancel_->load(); }
    // Runs `f` on the owner's thread (a progress signal); dropped if the owner is gone by then.
    void post(std::function<void()> f) const;

   private:
    std::shared_ptr<std::atomic<bool>> cancel_;
    QObject* owner_;
  };
  // Runs on the worker; returns what to run on the owner's thread once it is done (may be empty).
  // Jobs catch their own exceptions and turn them into results.
  using Work = std::function<std::function<void()>(const Job&)>;

  // `owner` must destroy the runner in its destructor: results are delivered through its event queue.
  explicit JobRunner(QObject* owner);
  ~JobRunner();  // drops pending jobs, cancels the running one and waits for it
  JobRunner(const JobRunner&) = delete;
  JobRunner& operator=(const JobRunner&) = delete;

  void submit(Work work, const QString& coalesceKey = {});
  void cancel();        // the running job's flag
  void clearPending();  // jobs not started yet are dropped (their results never come)
  // Jobs submitted whose results have not been delivered yet (the owner's thread view).
  bool busy() const;
  // Runs on the owner's thread after the last outstanding result was delivered.
  void setIdleHandler(std::function<void()> handler);

 private:
  struct Private;
  std::unique_ptr<Private> d_;
};

}  // namespace bridge
}  // namespace fewshot
