#include "bridge/explore_bridge.h"

#include <QElapsedTimer>
#include <QPointer>

#include <cmath>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "bridge/qt_conversions.h"
#include "core/explore/latent_ops.h"
#include "core/explore/run_generator.h"
#include "core/explore/style_mixing.h"
#include "core/io/image_grid.h"
#include "core/train/checkpoint.h"
#include "core/train/run_directory.h"
#include "core/util/error_text.h"

namespace fewshot {
namespace bridge {

namespace {

constexpr double kMaxPosition = 2147483647.0;  // the seed box's range; seeds beyond it have no neighbour

explore::NormMode normMode(bool batchStatistics) {
  return batchStatistics ? explore::NormMode::BatchStatistics : explore::NormMode::RunningStatistics;
}

// The latent at a fractional seed position: seed floor(p) blended toward the next seed.
torch::Tensor latentAt(double position, int64_t nz, bool spherical) {
  const double p = std::min(std::max(position, 0.0), kMaxPosition);
  const auto seed = static_cast<uint64_t>(std::floor(p));
  return explore::blendSeeds({seed, seed + 1}, p - std::floor(p), nz, spherical);
}

QString loadFailureMessage(const QString& runDir, const std::exception& e) {
  const train::RunDirectory run(runDir.toStdString());
  if (!run.exists()) return QObject::tr("%1 is not a run folder (it has no config.json).").arg(runDir);
  if (train::listCheckpoints(run).empty())
    return QObject::tr("%1 has no checkpoint yet. Training writes one every few thousand iterations (the run's "
                       "checkpoint_every) and when it is paused or stopped; the explorer loads it then.")
        .arg(toQString(run.checkpointsDir()));
  return toQString(util::errorText(e));
}

}  // namespace

struct ExploreBridge::Worker {
  explicit Worker(ExploreBridge* owner) : owner(owner), thread([this] { run(); }) {}
  ~Worker() {
    {
      std::lock_guard<std::mutex> lock(mutex);
      stopping = true;
      pendingLoad.reset();
      pendingView.reset();
      pendingMix.reset();
    }
    wake.notify_all();
    thread.join();
  }

  // Runs `f` on the owner's (UI) thread; dropped if the owner is gone.
  template <typename F>
  void post(F&& f) {
    QMetaObject::invokeMethod(owner, std::forward<F>(f), Qt::QueuedConnection);
  }

  void run() {
#ifdef __linux__
    // Rendering yields to training and to the UI: nice +10 for this thread, inherited by the
    // OpenMP threads LibTorch starts from it. On an idle machine it still gets every core.
    const auto tid = static_cast<id_t>(syscall(SYS_gettid));
    if (getpriority(PRIO_PROCESS, tid) < 10) setpriority(PRIO_PROCESS, tid, 10);
#endif
    std::unique_lock<std::mutex> lock(mutex);
    for (;;) {
      wake.wait(lock, [&] { return stopping || pendingLoad || pendingView || pendingMix; });
      if (stopping) return;
      working = true;
      if (pendingLoad) {
        const QString dir = *pendingLoad;
        pendingLoad.reset();
        lock.unlock();
        doLoad(dir);
        lock.lock();
      } else if (pendingView && (!pendingMix || lastWasMix)) {
        const auto job = *pendingView;
        pendingView.reset();
        lastWasMix = false;
        lock.unlock();
        doView(job.first, job.second);
        lock.lock();
      } else if (pendingMix) {
        const auto job = *pendingMix;
        pendingMix.reset();
        lastWasMix = true;
        lock.unlock();
        doMix(job.first, job.second);
        lock.lock();
      }
      working = false;
      if (!pendingLoad && !pendingView && !pendingMix) post([o = owner] { Q_EMIT o->idle(); });
    }
  }

  void doLoad(const QString& runDir) {
    try {
      generator = std::make_unique<explore::RunGenerator>(explore::RunGenerator::load(runDir.toStdString(), {}, {}));
      ExploreModelInfo info;
      info.runDir = runDir;
      info.checkpoint = toQString(generator->checkpointPath());
      info.iteration = generator->iteration();
      info.imageSize = generator->config().fastgan.imageSize;
      info.nz = generator->config().fastgan.nz;
      post([o = owner, info] {
        o->info_ = info;
        o->loaded_ = true;
        Q_EMIT o->loaded(info);
      });
    } catch (const std::exception& e) {
      // A failed reload of the same run keeps the generator already loaded (its older checkpoint still
      // renders); another run's generator must not be shown under this run's name.
      const bool keep = generator && loadedRunDir == runDir;
      if (!keep) generator.reset();
      const QString message = loadFailureMessage(runDir, e);
      post([o = owner, message, keep] {
        if (!keep) o->loaded_ = false;
        Q_EMIT o->loadFailed(message);
      });
      return;
    }
    loadedRunDir = runDir;
  }

  void doView(qint64 id, const SeedViewRequest& r) {
    if (!generator) return;
    try {
      QElapsedTimer clock;
      clock.start();
      const int64_t nz = generator->config().fastgan.nz;
      std::vector<torch::Tensor> rows{latentAt(r.position, nz, r.spherical)};
      if (r.batchStatistics)
        for (int k = 1; k < kBatchViewSize; ++k) rows.push_back(latentAt(r.position + k, nz, r.spherical));
      const torch::Tensor z = explore::scaleLatents(torch::cat(rows, 0), r.latentScale);
      const torch::Tensor images = generator->generate(z, normMode(r.batchStatistics), r.noiseSeed);
      const QImage image = toQImage(io::tensorToImage(images[0]));
      const double ms = clock.nsecsElapsed() / 1e6;
      post([o = owner, image, ms, id, p = r.position] {
        ++o->seedViewsRendered_;
        Q_EMIT o->rendered(image, ms, id, p);
      });
    } catch (const std::exception& e) {
      const QString message = toQString(util::errorText(e));
      post([o = owner, message] { Q_EMIT o->renderFailed(message); });
    }
  }

  void doMix(qint64 id, const StyleMixRequest& r) {
    if (!generator) return;
    try {
      QElapsedTimer clock;
      clock.start();
      const int64_t nz = generator->config().fastgan.nz;
      auto a = explore::scaleLatents(explore::latentsForSeeds({r.contentSeeds.begin(), r.contentSeeds.end()}, nz), r.latentScale);
      auto b = explore::scaleLatents(explore::latentsForSeeds({r.styleSeeds.begin(), r.styleSeeds.end()}, nz), r.latentScale);
      // The official recipe always uses batch statistics (as `fewshot mix --official`).
      const auto mode = r.official ? explore::NormMode::BatchStatistics : normMode(r.batchStatistics);
      explore::GateSources gates;
      for (size_t i = 0; i < gates.gate.size(); ++i)
        gates.gate[i] = r.styleGates[i] ? explore::GateSource::Style : explore::GateSource::Content;
      auto& g = generator->generator();
      const torch::Tensor mixes = r.official ? explore::mixOfficial(g, a, b, r.noiseSeed)
                                             : explore::mixPerGate(g, a, b, gates, mode, r.noiseSeed);
      const torch::Tensor grid = explore::styleMixGrid(generator->generate(a, mode, r.noiseSeed),
                                                       generator->generate(b, mode, r.noiseSeed), mixes);
      const QImage image = toQImage(io::makeImageGrid(grid, static_cast<int>(r.styleSeeds.size()) + 1, r.padding));
      const double ms = clock.nsecsElapsed() / 1e6;
      post([o = owner, image, ms, id] { Q_EMIT o->mixRendered(image, ms, id); });
    } catch (const std::exception& e) {
      const QString message = toQString(util::errorText(e));
      post([o = owner, message] { Q_EMIT o->renderFailed(message); });
    }
  }

  ExploreBridge* owner;
  std::unique_ptr<explore::RunGenerator> generator;  // touched only on the worker thread
  QString loadedRunDir;
  std::mutex mutex;
  std::condition_variable wake;
  std::optional<QString> pendingLoad;
  std::optional<std::pair<qint64, SeedViewRequest>> pendingView;
  std::optional<std::pair<qint64, StyleMixRequest>> pendingMix;
  bool working = false, stopping = false, lastWasMix = false;
  std::thread thread;  // last: starts after the members above exist
};

ExploreBridge::ExploreBridge(QObject* parent) : QObject(parent) {
  qRegisterMetaType<ExploreModelInfo>();
  worker_ = new Worker(this);
}

ExploreBridge::~ExploreBridge() { delete worker_; }

void ExploreBridge::load(const QString& runDir) {
  {
    std::lock_guard<std::mutex> lock(worker_->mutex);
    worker_->pendingLoad = runDir;
  }
  worker_->wake.notify_all();
}

qint64 ExploreBridge::requestSeedView(const SeedViewRequest& request) {
  const qint64 id = nextId_++;
  {
    std::lock_guard<std::mutex> lock(worker_->mutex);
    worker_->pendingView = std::make_pair(id, request);
  }
  worker_->wake.notify_all();
  return id;
}

qint64 ExploreBridge::requestStyleMix(const StyleMixRequest& request) {
  const qint64 id = nextId_++;
  {
    std::lock_guard<std::mutex> lock(worker_->mutex);
    worker_->pendingMix = std::make_pair(id, request);
  }
  worker_->wake.notify_all();
  return id;
}

bool ExploreBridge::busy() const {
  std::lock_guard<std::mutex> lock(worker_->mutex);
  return worker_->working || worker_->pendingLoad || worker_->pendingView || worker_->pendingMix;
}

QList<quint64> ExploreBridge::parseSeedList(const QString& text, QString* error) {
  try {
    const auto seeds = explore::parseSeedList(text.simplified().remove(QLatin1Char(' ')).toStdString());
    if (error) error->clear();
    return QList<quint64>(seeds.begin(), seeds.end());
  } catch (const std::exception& e) {
    if (error) *error = toQString(util::errorText(e));
    return {};
  }
}

}  // namespace bridge
}  // namespace fewshot
