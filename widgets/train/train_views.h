// The Train tab's live views: the loss plot beside the sample-grid timelapse, and below them tabs for
// ADA p / r_t, metrics, phases, nearest images, the augmentation preview and the log. It routes each
// value of an iteration record to its plot by key.
#pragma once
#include <QImage>
#include <QVariantMap>
#include <QWidget>

class QPlainTextEdit;
class QTabWidget;

namespace fewshot {
namespace widgets {

class AugmentPreviewPanel;
class NearestImagesPanel;
class SampleTimelapse;
class SeriesPlot;

class TrainViews : public QWidget {
  Q_OBJECT
 public:
  explicit TrainViews(QWidget* parent = nullptr);

  SeriesPlot* lossPlot() const { return lossPlot_; }
  SeriesPlot* metricsPlot() const { return metricsPlot_; }
  SeriesPlot* adaPlot() const { return adaPlot_; }
  SeriesPlot* phasePlot() const { return phasePlot_; }
  SampleTimelapse* timelapse() const { return timelapse_; }
  AugmentPreviewPanel* augmentPreview() const { return augmentPreview_; }
  NearestImagesPanel* nearest() const { return nearest_; }
  QPlainTextEdit* logView() const { return log_; }

  // The config of the run shown: ADA's target line.
  void setRunConfig(const QVariantMap& config);
  void plotValues(qint64 iteration, const QVariantMap& values);
  void showMetrics(qint64 iteration, const QVariantMap& values, const QString& extractor, const QImage& sheet);
  void replotNow();
  // Empties the plots, the timelapse and the nearest images (the log stays).
  void clear();
  // level: "info", "warning" (shows the log) or "error" (shows the log).
  void appendLog(const QString& text, const QString& level);

 private:
  void updateAdaTarget();
  static QString metricsToolTip(const QString& extractor);

  QVariantMap runConfig_;
  SeriesPlot* lossPlot_ = nullptr;
  SeriesPlot* metricsPlot_ = nullptr;
  SeriesPlot* adaPlot_ = nullptr;
  SeriesPlot* phasePlot_ = nullptr;
  SampleTimelapse* timelapse_ = nullptr;
  AugmentPreviewPanel* augmentPreview_ = nullptr;
  NearestImagesPanel* nearest_ = nullptr;
  QTabWidget* lowerTabs_ = nullptr;
  QPlainTextEdit* log_ = nullptr;
  bool adaShown_ = false;
  bool phasesShown_ = false;
};

}  // namespace widgets
}  // namespace fewshot
