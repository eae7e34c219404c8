// The studio's handle on a run's generator for exploring (any family with latents: FastGAN, Projected
// GAN, PGGAN): owns a core RunSampler on a JobRunner's worker. Loading and rendering never run on the
// UI thread; render requests are coalesced (while one renders, only the newest pending request of each
// kind is kept), so dragging never queues up work. The generator is only ever read from the checkpoint
// file: a training session is never touched.
#pragma once
#include <QImage>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <array>

namespace fewshot {
namespace bridge {

struct ExploreModelInfo {
  QString runDir;
  QString checkpoint;
  qint64 iteration = 0;
  int imageSize = 0;
  int nz = 0;
  QString familyName;              // "FastGAN", ...
  QString styleMixingUnavailable;  // empty when the family can mix styles, else the reason
};

// A point on the seed line: `position` 12.35 blends seeds 12 and 13 at t = 0.35.
struct SeedViewRequest {
  double position = 0;
  bool spherical = false;        // slerp instead of lerp between the neighbouring seeds
  double latentScale = 1.0;      // z is multiplied by it (not truncation: no family has a mapping network)
  bool batchStatistics = false;  // true: rendered in a batch of kBatchViewSize, as the official samples
  quint64 noiseSeed = 0;
};

struct StyleMixRequest {
  QList<quint64> contentSeeds;  // rows
  QList<quint64> styleSeeds;    // columns
  bool official = false;        // scripts/style_mix.py exactly (no 64 gate, batch statistics)
  // Per-gate recipe: gates 64, 128, 256, 512; true = the gate takes its input from the style latent (B).
  std::array<bool, 4> styleGates{false, true, true, true};
  bool batchStatistics = false;
  double latentScale = 1.0;
  quint64 noiseSeed = 0;
  int padding = 2;
};

// A page of seeds: firstSeed, firstSeed + 1, ... row by row, image 0 of each seed (as `fewshot sample`).
struct SeedGridRequest {
  quint64 firstSeed = 0;
  int rows = 3;
  int columns = 4;
  double latentScale = 1.0;
  bool batchStatistics = false;  // true: the page is rendered as one batch
  quint64 noiseSeed = 0;
};

class ExploreBridge : public QObject {
  Q_OBJECT
 public:
  // Batch-statistics views are rendered with the next positions on the seed line (p, p+1, ... p+7):
  // a batch of one would normalise every feature map to its own statistics.
  static constexpr int kBatchViewSize = 8;

  explicit ExploreBridge(QObject* parent = nullptr);
  ~ExploreBridge() override;  // finishes the render in flight, drops pending ones, joins the worker

  // Loads the newest usable checkpoint of `runDir`; answered by loaded() or loadFailed().
  void load(const QString& runDir);
  // Each returns the request's id; rendered()/mixRendered() carry it. Older pending requests of the
  // same kind that have not started are dropped. Style mixing fails with the family's reason where the
  // family cannot mix styles.
  qint64 requestSeedView(const SeedViewRequest& request);
  qint64 requestStyleMix(const StyleMixRequest& request);
  qint64 requestSeedGrid(const SeedGridRequest& request);

  bool isLoaded() const { return loaded_; }
  ExploreModelInfo info() const { return info_; }
  bool busy() const;  // work in flight, pending, or a result not yet delivered
  // Renders that actually ran (for measuring coalescing).
  int seedViewsRendered() const { return seedViewsRendered_; }

  // The CLI's seed-list syntax ("1,2,5-8"); on bad text returns empty and sets `error`.
  static QList<quint64> parseSeedList(const QString& text, QString* error);

 Q_SIGNALS:
  void loaded(const fewshot::bridge::ExploreModelInfo& info);
  void loadFailed(const QString& message);
  void rendered(const QImage& image, double milliseconds, qint64 requestId, double position);
  // The grid of (rows+1) x (cols+1) tiles of imageSize px, `padding` px apart; the top-left tile is blank.
  void mixRendered(const QImage& grid, double milliseconds, qint64 requestId);
  // One image per seed of the page, row by row in `columns` columns (seeds[i] is images[i]).
  void gridRendered(const QList<QImage>& images, const QList<quint64>& seeds, int columns, double milliseconds,
                    qint64 requestId);
  void renderFailed(const QString& message);
  void idle();  // nothing in flight or pending any more

 private:
  struct Private;
  Private* d_;
  ExploreModelInfo info_;
  bool loaded_ = false;
  int seedViewsRendered_ = 0;
  qint64 nextId_ = 1;
};

}  // namespace bridge
}  // namespace fewshot

Q_DECLARE_METATYPE(fewshot::bridge::ExploreModelInfo)
