#include "bridge/consingan_bridge.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPainter>

#include <cmath>
#include <functional>
#include <memory>

#include "bridge/job_runner.h"
#include "bridge/qt_conversions.h"
#include "core/data/dataset_pack.h"
#include "core/explore/consingan_model.h"
#include "core/io/image_grid.h"
#include "core/train/run_directory.h"
#include "core/util/error_text.h"

namespace fewshot {
namespace bridge {

namespace {

// Thrown from the core's progress callback to stop a request between two of its steps.
struct Cancelled {};

data::ImageU8 toImageU8(const QImage& image) {
  const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
  data::ImageU8 out;
  out.width = rgb.width();
  out.height = rgb.height();
  out.channels = 3;
  out.pixels.resize(static_cast<size_t>(out.width) * out.height * 3);
  for (int y = 0; y < out.height; ++y)
    std::copy(rgb.constScanLine(y), rgb.constScanLine(y) + static_cast<size_t>(out.width) * 3, out.row(y));
  return out;
}

QImage tensorImage(const torch::Tensor& chw) { return toQImage(io::tensorToImage(chw)); }

QSize toQSize(const consingan::StageShape& s) { return QSize(static_cast<int>(s.width), static_cast<int>(s.height)); }

}  // namespace

struct ConSinGanBridge::Private {
  explicit Private(ConSinGanBridge* owner) : runner(owner) {}

  // The model and everything below it are touched only by jobs on the runner (one thread, in order).
  std::unique_ptr<explore::ConSinGanModel> model;
  std::string runDir;
  bool modelChanged = false;  // fine-tuning trained the in-memory model: reload the checkpoint before the next job
  // UI thread only.
  ConSinGanRunInfo info;
  bool loaded = false;
  JobRunner runner;  // last: destroyed (and joined) before the model its jobs use

  void restoreIfFineTuned() {
    if (!modelChanged || !model) return;
    model = explore::ConSinGanModel::load(runDir, model->checkpointPath(), {});
    modelChanged = false;
  }
};

ConSinGanBridge::ConSinGanBridge(QObject* parent) : QObject(parent), d_(new Private(this)) {
  qRegisterMetaType<ConSinGanRunInfo>();
  d_->runner.setIdleHandler([this] { Q_EMIT busyChanged(false); });
}

// The runner drops requests not started yet, cancels the running one and waits for it.
ConSinGanBridge::~ConSinGanBridge() { delete d_; }

bool ConSinGanBridge::busy() const { return d_->runner.busy(); }
bool ConSinGanBridge::isLoaded() const { return d_->loaded; }
ConSinGanRunInfo ConSinGanBridge::info() const { return d_->info; }
void ConSinGanBridge::cancel() { d_->runner.cancel(); }

// Runs `job` on the worker, in order; `job` returns the UI-thread continuation that emits the result.
void ConSinGanBridge::runOnWorker(JobRunner::Work job) {
  const bool wasIdle = !d_->runner.busy();
  d_->runner.submit(std::move(job));
  if (wasIdle) Q_EMIT busyChanged(true);
}

void ConSinGanBridge::load(const QString& runDir) {
  Private* d = d_;
  const std::string dir = runDir.toStdString();
  runOnWorker([this, d, dir, runDir](const JobRunner::Job&) -> std::function<void()> {
    try {
      auto model = explore::ConSinGanModel::load(dir, {}, {});  // on the run's device
      ConSinGanRunInfo info;
      info.runDir = runDir;
      info.checkpoint = toQString(model->checkpointPath());
      info.iteration = model->iteration();
      const auto& c = model->config().consingan;
      info.totalIterations = c.totalIterations();
      info.stagesTotal = c.trainStages;
      info.stagesBuilt = model->stagesTrained();
      info.stagesCompleted =
          static_cast<int>(std::min<int64_t>(c.trainStages, model->iteration() / std::max(1, c.itersPerStage)));
      info.mode = toQString(c.mode);
      info.outputSize = toQSize(model->outputShape());
      for (const auto& shape : model->shapesForSize(0, 0)) info.stageSizes.append(toQSize(shape));
      const data::DatasetPack pack = data::loadDatasetPack(train::RunDirectory(dir).datasetPackPath());
      info.trainingSize = QSize(pack.width, pack.height);
      if (pack.count() > 0)
        info.trainingImage =
            QImage(pack.image(0), pack.width, pack.height, pack.width * 3, QImage::Format_RGB888).copy();
      d->model = std::move(model);
      d->runDir = dir;
      d->modelChanged = false;
      return [this, d, info] {
        d->info = info;
        d->loaded = true;
        Q_EMIT loaded(info);
      };
    } catch (const std::exception& e) {
      const QString message = toQString(util::errorText(e));
      return [this, message] { Q_EMIT failed(QStringLiteral("load"), message); };
    }
  });
}

void ConSinGanBridge::generate(int width, int height, quint64 seed, int count, int startStage) {
  Private* d = d_;
  runOnWorker([this, d, width, height, seed, count, startStage](const JobRunner::Job& job) -> std::function<void()> {
    try {
      if (!d->model) throw std::runtime_error("no ConSinGAN run is loaded");
      d->restoreIfFineTuned();
      QElapsedTimer timer;
      timer.start();
      explore::ConSinGanGenerateOptions o;
      o.width = width;
      o.height = height;
      o.seed = seed;
      o.count = count;
      o.startStage = startStage;
      const torch::Tensor images = d->model->generate(o, [this, &job](int done, int total) {
        if (job.cancelled()) throw Cancelled{};
        job.post([this, done, total] { Q_EMIT progress(done, total); });
      });
      QList<QImage> result;
      for (int i = 0; i < images.size(0); ++i) result.append(tensorImage(images[i]));
      const qint64 ms = timer.elapsed();
      return [this, result, ms] { Q_EMIT generated(result, ms); };
    } catch (const Cancelled&) {
      return [this] { Q_EMIT cancelled(); };
    } catch (const std::exception& e) {
      const QString message = toQString(util::errorText(e));
      return [this, message] { Q_EMIT failed(QStringLiteral("generate"), message); };
    }
  });
}

void ConSinGanBridge::harmonize(const QImage& composite, const QImage& mask, bool edit, int injectionStage,
                                int fineTuneIterations, quint64 seed) {
  Private* d = d_;
  const data::ImageU8 compositeU8 = toImageU8(composite), maskU8 = toImageU8(mask);
  runOnWorker([this, d, compositeU8, maskU8, edit, injectionStage, fineTuneIterations,
               seed](const JobRunner::Job& job) -> std::function<void()> {
    try {
      if (!d->model) throw std::runtime_error("no ConSinGAN run is loaded");
      d->restoreIfFineTuned();
      QElapsedTimer timer;
      timer.start();
      explore::ConSinGanHarmonizeOptions o;
      o.edit = edit;
      o.injectionStage = injectionStage;
      o.fineTuneIterations = fineTuneIterations;
      o.seed = seed;
      // Fine-tuning trains the loaded generator; the next request starts again from the checkpoint.
      if (fineTuneIterations > 0) d->modelChanged = true;
      const auto r = d->model->harmonize(compositeU8, maskU8, o, [this, &job](int done, int total) {
        if (job.cancelled()) throw Cancelled{};
        job.post([this, done, total] { Q_EMIT progress(done, total); });
      });
      const QImage before = tensorImage(r.composite[0]), after = tensorImage(r.blended[0]);
      const QImage blend = tensorImage((r.mask[0] * 2 - 1).expand({3, -1, -1}));
      const qint64 ms = timer.elapsed();
      return [this, before, after, blend, ms] { Q_EMIT harmonized(before, after, blend, ms); };
    } catch (const Cancelled&) {
      return [this] { Q_EMIT cancelled(); };
    } catch (const std::exception& e) {
      const QString message = toQString(util::errorText(e));
      return [this, message] { Q_EMIT failed(QStringLiteral("harmonize"), message); };
    }
  });
}

QImage ConSinGanBridge::makeGrid(const QList<QImage>& images, int columns, int padding) {
  if (images.isEmpty()) return {};
  const int n = static_cast<int>(images.size());
  if (columns <= 0) columns = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n))));
  columns = std::min(columns, n);
  const int rows = (n + columns - 1) / columns;
  const QSize tile = images.first().size();
  QImage grid(padding + columns * (tile.width() + padding), padding + rows * (tile.height() + padding),
              QImage::Format_RGB888);
  grid.fill(Qt::black);
  QPainter painter(&grid);
  for (int i = 0; i < n; ++i)
    painter.drawImage(QPoint(padding + (i % columns) * (tile.width() + padding),
                             padding + (i / columns) * (tile.height() + padding)),
                      images[i]);
  return grid;
}

bool ConSinGanBridge::savePng(const QImage& image, const QString& path, QString* error) {
  if (image.isNull()) {
    if (error) *error = tr("nothing to save to %1").arg(path);
    return false;
  }
  const QString dir = QFileInfo(path).absolutePath();
  if (!QDir().mkpath(dir) || !image.save(path, "PNG")) {
    if (error) *error = tr("could not write %1").arg(path);
    return false;
  }
  return true;
}

bool ConSinGanBridge::saveImages(const QList<QImage>& images, const QString& folder, QString* error) {
  if (!QDir().mkpath(folder)) {
    if (error) *error = tr("could not create the folder %1").arg(folder);
    return false;
  }
  for (int i = 0; i < images.size(); ++i)
    if (!savePng(images[i], QDir(folder).filePath(QStringLiteral("sample_%1.png").arg(i, 3, 10, QLatin1Char('0'))),
                 error))
      return false;
  return true;
}

}  // namespace bridge
}  // namespace fewshot
