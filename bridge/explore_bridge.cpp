#include "bridge/explore_bridge.h"

#include <QElapsedTimer>
#include <cmath>
#include <memory>

#include "bridge/job_runner.h"
#include "bridge/qt_conversions.h"
#include "core/explore/latent_ops.h"
#include "core/explore/run_sampler.h"
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
    return QObject::tr(
               "%1 has no checkpoint yet. Training writes one every few thousand iterations (the run's "
               "checkpoint_every) and when it is paused or stopped; the explorer loads it then.")
        .arg(toQString(run.checkpointsDir()));
  return toQString(util::errorText(e));
}

}  // namespace

struct ExploreBridge::Private {
  explicit Private(ExploreBridge* owner) : runner(owner) {}

  // Touched only by jobs, which run one at a time on the runner's worker.
  std::unique_ptr<explore::RunSampler> sampler;
  QString loadedRunDir;
  JobRunner runner;  // last: destroyed (and joined) before the state its jobs use
};

ExploreBridge::ExploreBridge(QObject* parent) : QObject(parent) {
  qRegisterMetaType<ExploreModelInfo>();
  d_ = new Private(this);
  d_->runner.setIdleHandler([this] { Q_EMIT idle(); });
}

ExploreBridge::~ExploreBridge() { delete d_; }

void ExploreBridge::load(const QString& runDir) {
  Private* d = d_;
  d_->runner.submit(
      [this, d, runDir](const JobRunner::Job&) -> std::function<void()> {
        try {
          d->sampler = explore::RunSampler::open(runDir.toStdString());
          d->loadedRunDir = runDir;
          const explore::RunSampler& s = *d->sampler;
          ExploreModelInfo info;
          info.runDir = runDir;
          info.checkpoint = toQString(s.checkpointPath());
          info.iteration = s.iteration();
          info.imageSize = s.imageWidth();
          info.nz = static_cast<int>(s.latentSize());
          info.familyName = toQString(s.family().displayName);
          info.styleMixingUnavailable = toQString(s.family().whyNot(models::Capability::StyleMixing));
          if (info.nz <= 0) {
            // Families without a latent have their own page; refuse rather than render nothing.
            const QString reason = toQString(s.family().whyNot(models::Capability::Interpolation));
            d->sampler.reset();
            d->loadedRunDir.clear();
            return [this, reason] {
              loaded_ = false;
              Q_EMIT loadFailed(reason);
            };
          }
          return [this, info] {
            info_ = info;
            loaded_ = true;
            Q_EMIT loaded(info);
          };
        } catch (const std::exception& e) {
          // A failed reload of the same run keeps the generator already loaded (its older checkpoint still
          // renders); another run's generator must not be shown under this run's name.
          const bool keep = d->sampler && d->loadedRunDir == runDir;
          if (!keep) d->sampler.reset();
          const QString message = loadFailureMessage(runDir, e);
          return [this, message, keep] {
            if (!keep) loaded_ = false;
            Q_EMIT loadFailed(message);
          };
        }
      },
      QStringLiteral("load"));
}

qint64 ExploreBridge::requestSeedView(const SeedViewRequest& r) {
  const qint64 id = nextId_++;
  Private* d = d_;
  d_->runner.submit(
      [this, d, id, r](const JobRunner::Job&) -> std::function<void()> {
        if (!d->sampler) return {};
        try {
          QElapsedTimer clock;
          clock.start();
          const int64_t nz = d->sampler->latentSize();
          std::vector<torch::Tensor> rows{latentAt(r.position, nz, r.spherical)};
          if (r.batchStatistics)
            for (int k = 1; k < kBatchViewSize; ++k) rows.push_back(latentAt(r.position + k, nz, r.spherical));
          const torch::Tensor z = explore::scaleLatents(torch::cat(rows, 0), r.latentScale);
          const torch::Tensor images = d->sampler->render(z, {normMode(r.batchStatistics), r.noiseSeed});
          const QImage image = toQImage(io::tensorToImage(images[0]));
          const double ms = clock.nsecsElapsed() / 1e6;
          return [this, image, ms, id, p = r.position] {
            ++seedViewsRendered_;
            Q_EMIT rendered(image, ms, id, p);
          };
        } catch (const std::exception& e) {
          const QString message = toQString(util::errorText(e));
          return [this, message] { Q_EMIT renderFailed(message); };
        }
      },
      QStringLiteral("view"));
  return id;
}

qint64 ExploreBridge::requestStyleMix(const StyleMixRequest& r) {
  const qint64 id = nextId_++;
  Private* d = d_;
  d_->runner.submit(
      [this, d, id, r](const JobRunner::Job&) -> std::function<void()> {
        if (!d->sampler) return {};
        try {
          QElapsedTimer clock;
          clock.start();
          explore::RunSampler& s = *d->sampler;
          const auto a =
              explore::scaleLatents(s.latentsForSeeds({r.contentSeeds.begin(), r.contentSeeds.end()}), r.latentScale);
          const auto b =
              explore::scaleLatents(s.latentsForSeeds({r.styleSeeds.begin(), r.styleSeeds.end()}), r.latentScale);
          explore::StyleMixOptions o;
          o.official = r.official;
          for (size_t i = 0; i < o.gates.gate.size(); ++i)
            o.gates.gate[i] = r.styleGates[i] ? explore::GateSource::Style : explore::GateSource::Content;
          o.render = {normMode(r.batchStatistics), r.noiseSeed};
          const torch::Tensor grid = s.styleMixGrid(a, b, o);
          const QImage image = toQImage(io::makeImageGrid(grid, static_cast<int>(r.styleSeeds.size()) + 1, r.padding));
          const double ms = clock.nsecsElapsed() / 1e6;
          return [this, image, ms, id] { Q_EMIT mixRendered(image, ms, id); };
        } catch (const std::exception& e) {
          const QString message = toQString(util::errorText(e));
          return [this, message] { Q_EMIT renderFailed(message); };
        }
      },
      QStringLiteral("mix"));
  return id;
}

qint64 ExploreBridge::requestSeedGrid(const SeedGridRequest& r) {
  const qint64 id = nextId_++;
  Private* d = d_;
  d_->runner.submit(
      [this, d, id, r](const JobRunner::Job&) -> std::function<void()> {
        if (!d->sampler || r.rows <= 0 || r.columns <= 0) return {};
        try {
          QElapsedTimer clock;
          clock.start();
          QList<quint64> seeds;
          for (int i = 0; i < r.rows * r.columns; ++i) seeds.append(r.firstSeed + static_cast<quint64>(i));
          explore::ImageOptions o;
          o.latentScale = r.latentScale;
          o.render = {normMode(r.batchStatistics), r.noiseSeed};
          const torch::Tensor images = d->sampler->renderSeeds({seeds.begin(), seeds.end()}, o);
          QList<QImage> cells;
          for (int64_t i = 0; i < images.size(0); ++i) cells.append(toQImage(io::tensorToImage(images[i])));
          const double ms = clock.nsecsElapsed() / 1e6;
          return
              [this, cells, seeds, columns = r.columns, ms, id] { Q_EMIT gridRendered(cells, seeds, columns, ms, id); };
        } catch (const std::exception& e) {
          const QString message = toQString(util::errorText(e));
          return [this, message] { Q_EMIT renderFailed(message); };
        }
      },
      QStringLiteral("grid"));
  return id;
}

bool ExploreBridge::busy() const { return d_->runner.busy(); }

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
