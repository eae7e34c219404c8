// The ADA augmentation preview: real training images augmented at a chosen p with the run's ADA
// preset, tiled into one grid. Computed on a JobRunner's worker; the newest request wins.
#pragma once
#include <QImage>
#include <QObject>
#include <QString>
#include <QVariantMap>

namespace fewshot {
namespace bridge {

class AugmentPreview : public QObject {
  Q_OBJECT
 public:
  explicit AugmentPreview(QObject* parent = nullptr);
  ~AugmentPreview() override;  // waits for a computation in flight

  // `source`: a run folder (its dataset.fspack), a .fspack file, or a dataset folder/image imported
  // with `config`'s size and import options. `config` holds config.json keys ("ada_preset",
  // "ada_supersampled", the family's image size, "resize", ...). Same seed -> same draws, so only p changes.
  void request(const QString& source, const QVariantMap& config, double p, int count = 16, quint64 seed = 1);
  bool busy() const;

 Q_SIGNALS:
  void ready(const QImage& grid, double p);
  void failed(const QString& message);

 private:
  struct Private;
  Private* d_;
};

}  // namespace bridge
}  // namespace fewshot
