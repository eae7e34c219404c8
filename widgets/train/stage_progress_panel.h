// Progress of a multi-stage run (ConSinGAN): "stage k of N", the iterations and ETA of the current
// stage, and one preview per stage (its newest sample grid), so a user sees each stage sharpen the
// image. Hidden for runs whose events carry no `stage` / `stage_count` values.
#pragma once
#include <QImage>
#include <QMap>
#include <QString>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QProgressBar;

namespace fewshot {
namespace widgets {

class StageProgressPanel : public QWidget {
  Q_OBJECT
 public:
  explicit StageProgressPanel(QWidget* parent = nullptr);

  void clear();
  // From the run's config (ConSinGAN: consingan.iters_per_stage); 0 when unknown.
  void setIterationsPerStage(qint64 iterations);
  // A training event or a metrics.jsonl record (`stage` is 1-based, `stage_iteration` 1-based).
  void addValues(qint64 iteration, const QVariantMap& values);
  // A sample grid written at `iteration` (the image may be null: it is read from `path` when shown).
  void addSample(qint64 iteration, const QImage& grid, const QString& path);

  int stageCount() const { return stageCount_; }
  int currentStage() const { return stage_; }  // 1-based, 0 before the first event
  bool hasPreview(int stage) const { return previews_.contains(stage); }
  QString statusText() const;

 private:
  struct Preview {
    qint64 iteration = 0;
    QImage image;
    QString path;
  };
  int stageOf(qint64 iteration) const;
  void scheduleRefresh();
  void refresh();

  QLabel* status_ = nullptr;
  QProgressBar* stageBar_ = nullptr;
  QHBoxLayout* strip_ = nullptr;
  QMap<int, Preview> previews_;
  QList<QLabel*> thumbs_;
  int stage_ = 0;
  int stageCount_ = 0;
  qint64 stageIteration_ = 0;
  qint64 itersPerStage_ = 0;
  double rate_ = 0.0;
  bool refreshPending_ = false;
};

}  // namespace widgets
}  // namespace fewshot
