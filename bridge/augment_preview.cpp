#include "bridge/augment_preview.h"

#include <QFileInfo>

#include <cmath>
#include <mutex>

#include "bridge/job_runner.h"
#include "bridge/qt_conversions.h"
#include "core/augment/ada_pipeline.h"
#include "core/data/dataset_import.h"
#include "core/data/dataset_pack.h"
#include "core/io/image_grid.h"
#include "core/models/common/random_source.h"
#include "core/train/run_directory.h"
#include "core/config/training_config.h"
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
  explicit Private(AugmentPreview* owner) : runner(owner) {}
  PackCache cache;
  JobRunner runner;  // last: joined before the cache its jobs use goes
};

AugmentPreview::AugmentPreview(QObject* parent) : QObject(parent), d_(new Private(this)) {}

AugmentPreview::~AugmentPreview() { delete d_; }

void AugmentPreview::request(const QString& source, const QVariantMap& config, double p, int count, quint64 seed) {
  const Request r{source, config, p, count, seed};
  PackCache* cache = &d_->cache;
  // The newest request wins: one still waiting is replaced.
  d_->runner.submit(
      [this, cache, r](const JobRunner::Job&) -> std::function<void()> {
        const Result result = compute(*cache, r);
        return [this, result] {
          if (result.error.isEmpty())
            Q_EMIT ready(result.grid, result.p);
          else
            Q_EMIT failed(result.error);
        };
      },
      QStringLiteral("preview"));
}

bool AugmentPreview::busy() const { return d_->runner.busy(); }

}  // namespace bridge
}  // namespace fewshot
