#include "bridge/augment_preview.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <mutex>
#include <optional>

#include "bridge/qt_conversions.h"
#include "core/augment/ada_pipeline.h"
#include "core/data/dataset_import.h"
#include "core/data/dataset_pack.h"
#include "core/io/image_grid.h"
#include "core/models/common/random_source.h"
#include "core/train/run_directory.h"
#include "core/train/training_config.h"
#include "core/util/error_text.h"

namespace fewshot {
namespace bridge {

namespace {

struct Request {
  QString source;
  QVariantMap config;
  double p = 0;
  int count = 16;
  quint64 seed = 1;
};

struct Result {
  QImage grid;
  double p = 0;
  QString error;
};

// The last pack loaded, so that moving the p slider does not read the dataset again.
struct PackCache {
  std::mutex mutex;
  std::string key;
  std::shared_ptr<const data::DatasetPack> pack;
};

std::shared_ptr<const data::DatasetPack> loadPack(PackCache& cache, const Request& r,
                                                  const train::TrainingConfig& config) {
  const std::string source = r.source.toStdString();
  const std::string key = source + "|" + nlohmann::json(config).dump();
  std::lock_guard<std::mutex> lock(cache.mutex);
  if (cache.pack && cache.key == key) return cache.pack;
  data::DatasetPack pack;
  const train::RunDirectory run(source);
  if (run.exists())
    pack = data::loadDatasetPack(run.datasetPackPath());
  else if (r.source.endsWith(QStringLiteral(".fspack")))
    pack = data::loadDatasetPack(source);
  else
    pack = data::importDataset(source, config.importOptions());
  if (pack.count() == 0) throw std::runtime_error(source + " holds no usable images");
  cache.key = key;
  cache.pack = std::make_shared<const data::DatasetPack>(std::move(pack));
  return cache.pack;
}

Result compute(PackCache& cache, const Request& r) {
  Result result;
  result.p = r.p;
  try {
    const train::TrainingConfig config = variantMapToJson(r.config).get<train::TrainingConfig>();
    const auto pack = loadPack(cache, r, config);
    const int n = std::min(r.count, pack->count());
    const auto images = torch::from_blob(const_cast<uint8_t*>(pack->pixels.data()),
                                         {pack->count(), pack->height, pack->width, 3}, torch::kUInt8);
    // Evenly spaced picks so the grid shows the dataset's variety, not its first files.
    const auto picks = torch::linspace(0, pack->count() - 1, n).round().to(torch::kLong);
    torch::Tensor x = images.index_select(0, picks).permute({0, 3, 1, 2}).to(torch::kFloat).div(127.5).sub(1.0);
    AdaAugmentOptions options = AdaAugmentOptions::preset(config.adaPreset);
    options.supersampled = config.adaSupersampled;
    RandomSource random(r.seed);
    torch::NoGradGuard noGrad;
    const torch::Tensor augmented = AdaPipeline(options).apply(x, r.p, random);
    const int columns = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n))));
    result.grid = toQImage(io::makeImageGrid(augmented, columns));
  } catch (const std::exception& e) {
    result.error = toQString(util::errorText(e));
  }
  return result;
}

}  // namespace

struct AugmentPreview::Private {
  PackCache cache;
  QFutureWatcher<Result> watcher;
  std::optional<Request> pending;
};

AugmentPreview::AugmentPreview(QObject* parent) : QObject(parent), d_(new Private) {
  connect(&d_->watcher, &QFutureWatcher<Result>::finished, this, [this] {
    const Result r = d_->watcher.result();
    if (r.error.isEmpty())
      Q_EMIT ready(r.grid, r.p);
    else
      Q_EMIT failed(r.error);
    launchNext();
  });
}

AugmentPreview::~AugmentPreview() {
  d_->watcher.waitForFinished();
  delete d_;
}

void AugmentPreview::request(const QString& source, const QVariantMap& config, double p, int count, quint64 seed) {
  d_->pending = Request{source, config, p, count, seed};
  if (!d_->watcher.isRunning()) launchNext();
}

bool AugmentPreview::busy() const { return d_->watcher.isRunning() || d_->pending.has_value(); }

void AugmentPreview::launchNext() {
  if (!d_->pending) return;
  const Request r = *d_->pending;
  d_->pending.reset();
  PackCache* cache = &d_->cache;
  d_->watcher.setFuture(QtConcurrent::run([cache, r] { return compute(*cache, r); }));
}

}  // namespace bridge
}  // namespace fewshot
