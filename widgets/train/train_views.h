// The Train tab's live views: the sample grid and its timelapse, large, beside the loss plots (small
// multiples: adversarial, reconstruction, penalties), and under both tabs for the metrics (FD, KID,
// diversity, each on its own axes), ADA p / r_t, phases, nearest images, the augmentation preview and the
// log. It routes each value of an iteration record to its plot by key (plot_group.h) and marks where a
// stage or phase begins on the loss plots.
#pragma once
#include <QImage>
#include <QVariantMap>
#include <QWidget>

#include "widgets/train/run_plots.h"
#include "widgets/train/stage_change.h"

class QPlainTextEdit;
class QSplitter;
class QTabWidget;

namespace fewshot {
namespace widgets {

class AugmentPreviewPanel;
class NearestImagesPanel;
class SampleTimelapse;

class TrainViews : public QWidget {
  Q_OBJECT
 public:
  explicit TrainViews(QWidget* parent = nullptr);

  PlotStack* lossPlots() const { return plots_.losses; }
  PlotStack* metricPlots() const { return plots_.metrics; }
  SeriesPlot* adaPlot() const { return plots_.ada; }
  SeriesPlot* phasePlot() const { return plots_.phase; }
  // The plot that shows `key`, nullptr for a key no plot shows.
  SeriesPlot* plotOf(const QString& key) const { return plots_.plotOf(key); }
  SampleTimelapse* timelapse() const { return timelapse_; }
  AugmentPreviewPanel* augmentPreview() const { return augmentPreview_; }
  NearestImagesPanel* nearest() const { return nearest_; }
  QPlainTextEdit* logView() const { return log_; }
  QTabWidget* lowerTabs() const { return lowerTabs_; }
  QWidget* metricsPage() const { return metricsPage_; }

  // The config of the run shown: ADA's target line, the grid's sample count and first sample iteration.
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
  void showTellingTab();
  void restoreLayout();
  void saveLayout() const;
  static QString metricsToolTip(const QString& extractor);

  QVariantMap runConfig_;
  RunPlots plots_;
  SampleTimelapse* timelapse_ = nullptr;
  AugmentPreviewPanel* augmentPreview_ = nullptr;
  NearestImagesPanel* nearest_ = nullptr;
  QTabWidget* lowerTabs_ = nullptr;
  QPlainTextEdit* log_ = nullptr;
  QSplitter* sideBySide_ = nullptr;     // the grid | the loss plots
  QSplitter* plotsOverTabs_ = nullptr;  // the grid and the loss plots over the tabs
  StageChange stageChange_;
  bool adaShown_ = false;
  bool tabPicked_ = false;  // the user chose a lower tab: it stays
  QWidget* metricsPage_ = nullptr;
};

}  // namespace widgets
}  // namespace fewshot
