// The Train tab: settings, Start / Pause / Resume / Stop / Checkpoint now, progress with ETA, live
// plots (losses, metric_* curves, ADA p and r_t, phase_* steps), the sample-grid timelapse, the
// ADA augmentation preview and a log of warnings and errors. Drives training only through the bridge.
#pragma once
#include <QVariantMap>
#include <QWidget>

#include "bridge/training_bridge.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace fewshot {
namespace widgets {

class AugmentPreviewPanel;
class NearestImagesPanel;
class SampleTimelapse;
class SeriesPlot;
class StageProgressPanel;
class TrainOptionsPanel;

class TrainTab : public QWidget {
  Q_OBJECT
 public:
  explicit TrainTab(QWidget* parent = nullptr);

  bridge::TrainingBridge* bridge() const { return bridge_; }
  TrainOptionsPanel* options() const { return options_; }
  SeriesPlot* lossPlot() const { return lossPlot_; }
  SeriesPlot* metricsPlot() const { return metricsPlot_; }
  SeriesPlot* adaPlot() const { return adaPlot_; }
  SeriesPlot* phasePlot() const { return phasePlot_; }
  SampleTimelapse* timelapse() const { return timelapse_; }
  StageProgressPanel* stageProgress() const { return stagePanel_; }
  AugmentPreviewPanel* augmentPreview() const { return augmentPreview_; }
  QPlainTextEdit* logView() const { return log_; }
  QString openedRun() const { return openedRun_; }

  void setDataPath(const QString& path);
  void setImportOptions(const QVariantMap& options);  // "resize", "resampling", "background"
  // Shows a run folder's settings, curves and sample history; Resume continues it.
  bool openRun(const QString& runDir, QString* error = nullptr);

 public Q_SLOTS:
  void startTraining();
  void resumeTraining();  // a paused run continues; a stopped or reopened run is resumed from its checkpoint
  void pauseTraining();
  void togglePause();     // Space
  void stopTraining();
  void checkpointNow();

 Q_SIGNALS:
  void progressChanged(qint64 iteration, qint64 total, double iterationsPerSecond, double etaSeconds);
  void deviceChanged(const QString& device);
  void runOpened(const QString& runDir);
  void stateChanged(fewshot::bridge::TrainingBridge::State state);

 private:
  QWidget* makeControls();
  QWidget* makeViews();
  void connectBridge();
  void updateButtons();
  void plotValues(qint64 iteration, const QVariantMap& values);
  void restoreHistory(const QString& runDir);
  void clearViews();
  void appendLog(const QString& text, const QString& level);
  void showError(const QString& message);
  void updateAdaTarget();
  void configureStages();
  static QString metricsToolTip(const QString& extractor);

  bridge::TrainingBridge* bridge_ = nullptr;
  TrainOptionsPanel* options_ = nullptr;
  QVariantMap importOptions_;
  QString openedRun_;
  QVariantMap runConfig_;  // the config of the run shown (ADA target line, preview source)
  QPushButton* start_ = nullptr;
  QPushButton* pause_ = nullptr;
  QPushButton* resume_ = nullptr;
  QPushButton* stop_ = nullptr;
  QPushButton* checkpoint_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel* progressLabel_ = nullptr;
  StageProgressPanel* stagePanel_ = nullptr;
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
  bool importedRun_ = false;  // a generator imported with `fewshot import`: nothing to resume
};

}  // namespace widgets
}  // namespace fewshot
