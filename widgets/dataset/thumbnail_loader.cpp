#include "widgets/dataset/thumbnail_loader.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QImage>
#include <QMutex>
#include <QMutexLocker>
#include <QPainter>
#include <QThread>

#include <deque>

#include "widgets/common/background_priority.h"
#include "widgets/dataset/dataset_images.h"

namespace fewshot {
namespace widgets {
namespace {
constexpr int kWorkers = 2;         // the UI thread keeps a core to itself on small machines
constexpr size_t kMaxQueued = 256;  // a few screens of items; older requests are dropped and re-asked when visible
constexpr int kCacheBytes = 96 * 1024 * 1024;

// Every thumbnail is side x side with the picture centred on transparency, so grid items line up and
// captions sit on one baseline whatever the aspect ratio. QPainter on a QImage is safe off the UI thread.
QImage centred(const QImage& image, int side) {
  if (image.isNull()) return image;
  QImage canvas(side, side, QImage::Format_ARGB32_Premultiplied);
  canvas.fill(Qt::transparent);
  QPainter painter(&canvas);
  painter.drawImage((side - image.width()) / 2, (side - image.height()) / 2, image);
  return canvas;
}
}  // namespace

struct ThumbnailLoader::Queue {
  struct Job {
    int row;
    QString path;
  };
  QMutex mutex;
  std::deque<Job> jobs;  // newest at the back
  quint64 generation = 0;
  int running = 0;
};

ThumbnailLoader::ThumbnailLoader(int side, QObject* parent)
    : QObject(parent), side_(side), queue_(std::make_shared<Queue>()), cache_(kCacheBytes) {
  pool_.setMaxThreadCount(kWorkers);
}

ThumbnailLoader::~ThumbnailLoader() {
  {
    QMutexLocker lock(&queue_->mutex);
    queue_->jobs.clear();
    ++queue_->generation;
  }
  pool_.waitForDone();  // workers post to `this`; none may outlive it
}

void ThumbnailLoader::reset() {
  {
    QMutexLocker lock(&queue_->mutex);
    queue_->jobs.clear();
    ++queue_->generation;
  }
  pending_.clear();
  cache_.clear();
  failures_.clear();
  requests_ = 0;
}

QPixmap ThumbnailLoader::thumbnail(int row, const QString& path) {
  if (const QPixmap* cached = cache_.object(row)) return *cached;
  if (failures_.contains(row) || pending_.contains(row)) return {};
  pending_.insert(row);
  ++requests_;
  {
    QMutexLocker lock(&queue_->mutex);
    queue_->jobs.push_back({row, path});
    if (queue_->jobs.size() > kMaxQueued) {
      pending_.remove(queue_->jobs.front().row);
      queue_->jobs.pop_front();
    }
  }
  startWorkers();
  return {};
}

void ThumbnailLoader::startWorkers() {
  QMutexLocker lock(&queue_->mutex);
  while (queue_->running < kWorkers && queue_->running < static_cast<int>(queue_->jobs.size())) {
    ++queue_->running;
    pool_.start([this, queue = queue_] {
      lowerCurrentThreadPriority();  // the pool's threads only ever make thumbnails
      for (;;) {
        Queue::Job job;
        quint64 generation;
        {
          QMutexLocker lock(&queue->mutex);
          if (queue->jobs.empty()) {
            --queue->running;
            return;
          }
          job = std::move(queue->jobs.back());
          queue->jobs.pop_back();
          generation = queue->generation;
        }
        QString error;
        const QImage image = centred(decodeThumbnail(job.path, side_, &error), side_);
        QMetaObject::invokeMethod(
            this, [this, generation, row = job.row, image, error] { deliver(generation, row, image, error); },
            Qt::QueuedConnection);
      }
    });
  }
}

void ThumbnailLoader::deliver(quint64 generation, int row, const QImage& image, const QString& error) {
  {
    QMutexLocker lock(&queue_->mutex);
    if (generation != queue_->generation) return;
  }
  pending_.remove(row);
  if (image.isNull()) {
    failures_.insert(row, error);
  } else {
    auto* pixmap = new QPixmap(QPixmap::fromImage(image));
    cache_.insert(row, pixmap, static_cast<int>(image.sizeInBytes()));
  }
  Q_EMIT thumbnailReady(row);
}

bool ThumbnailLoader::isIdle() const {
  QMutexLocker lock(&queue_->mutex);
  return queue_->jobs.empty() && queue_->running == 0 && pending_.isEmpty();
}

bool ThumbnailLoader::waitForIdle(int timeoutMs) {
  QDeadlineTimer deadline(timeoutMs);
  while (!deadline.hasExpired()) {
    QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (isIdle()) return true;
    QThread::msleep(2);
  }
  return false;
}

}  // namespace widgets
}  // namespace fewshot
