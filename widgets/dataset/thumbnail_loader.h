// Makes thumbnails off the UI thread, on demand. Requests are served newest first, so the items the user
// is looking at now come before those scrolled past; the queue is bounded so a fast scroll through
// thousands of files never builds a backlog. Finished thumbnails are kept in a byte-bounded cache.
#pragma once
#include <QCache>
#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QThreadPool>

#include <memory>

namespace fewshot {
namespace widgets {

class ThumbnailLoader : public QObject {
  Q_OBJECT
 public:
  explicit ThumbnailLoader(int side, QObject* parent = nullptr);
  ~ThumbnailLoader() override;

  int side() const { return side_; }
  // Forgets everything (a new dataset): pending requests are dropped, late results are ignored.
  void reset();
  // The thumbnail of `row` if ready; else null, and a decode is queued unless one is already pending.
  QPixmap thumbnail(int row, const QString& path);
  bool failed(int row) const { return failures_.contains(row); }
  QString failure(int row) const { return failures_.value(row); }
  int requestCount() const { return requests_; }  // decodes started since reset(); for tests and the benchmark
  bool isIdle() const;                              // no decode queued, running or waiting for delivery
  bool waitForIdle(int timeoutMs);                  // for tests: processes events until isIdle()

 Q_SIGNALS:
  void thumbnailReady(int row);

 private:
  struct Queue;
  void deliver(quint64 generation, int row, const QImage& image, const QString& error);
  void startWorkers();

  int side_;
  QThreadPool pool_;
  std::shared_ptr<Queue> queue_;
  QCache<int, QPixmap> cache_;
  QHash<int, QString> failures_;
  QSet<int> pending_;
  int requests_ = 0;
};

}  // namespace widgets
}  // namespace fewshot
