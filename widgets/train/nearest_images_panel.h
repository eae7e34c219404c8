// Memorisation view: fixed-seed samples beside their nearest training image in feature space, with the
// distances, from the live metrics. A few-shot GAN that copies its training images shows it here at a glance.
#pragma once
#include <QImage>
#include <QVariantMap>
#include <QWidget>

class QLabel;

namespace fewshot {
namespace widgets {

class NearestImagesPanel : public QWidget {
  Q_OBJECT
 public:
  explicit NearestImagesPanel(QWidget* parent = nullptr);

  // A live evaluation: its values (metric_nearest_distance, metric_nearest_distance_min, ...) and the
  // [sample | nearest] sheet; `extractor` names the feature space ("FD-EffNet", "FID").
  void show(qint64 iteration, const QVariantMap& values, const QString& extractor, const QImage& sheet);
  // The newest samples/nearest_iter_*.png of a reopened run, if any.
  void restoreFromRun(const QString& runDir);
  void clear();
  bool hasSheet() const { return !sheet_.isNull(); }

 private:
  QLabel* caption_ = nullptr;
  QLabel* image_ = nullptr;
  QImage sheet_;
};

}  // namespace widgets
}  // namespace fewshot
