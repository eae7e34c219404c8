// The Train tab: settings, Start / Pause / Resume / Stop / Checkpoint now, progress with ETA, the live
// sample grid with its timelapse, plots (losses and metric_* values as small multiples, ADA p and r_t,
// phase_* steps), the ADA augmentation preview and a log of warnings and errors. A run that fails is
// explained in the studio's words (widgets/train/training_failure.h). Drives training only through the
// bridge; its reactions to the bridge's events are in train_tab_events.cpp.
#pragma once
#include <QVariantMap>
#include <QWidget>

#include "bridge/training_bridge.h"
#include "widgets/train/training_failure.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace fewshot {
namespace widgets {

class AugmentPreviewPanel;
class LongRunNotice;
class PlotStack;
class SampleTimelapse;
class SeriesPlot;
class StageProgressPanel;
class TrainOptionsPanel;
class TrainViews;
struct StartProblem;

class TrainTab : public QWidget {
  Q_OBJECT
 public:
  explicit TrainTab(QWidget* parent = nullptr);

  bridge::TrainingBridge* bridge() const { return bridge_; }
  TrainOptionsPanel* options() const { return options_; }
  TrainViews* views() const { return views_; }
  // The loss panels (adversarial, reconstruction, penalties) and the metric panels (FD, KID, diversity).
  PlotStack* lossPlots() const;
  PlotStack* metricPlots() const;
  // The plot that shows `key` (loss_*, metric_*, ada_*, phase_* ...), nullptr when none does.
  SeriesPlot* plotOf(const QString& key) const;
  SeriesPlot* adaPlot() const;
  SeriesPlot* phasePlot() const;
  SampleTimelapse* timelapse() const;
  StageProgressPanel* stageProgress() const { return stagePanel_; }
  AugmentPreviewPanel* augmentPreview() const;
  QPlainTextEdit* logView() const;
  QString openedRun() const { return openedRun_; }
  // Why the last run stopped with an error, in the studio's words (an empty headline: none yet).
  TrainingFailure lastFailure() const { return lastFailure_; }

  // What the Start / Pause-Resume / Stop / Checkpoint buttons allow now (the menu actions follow them).
  struct Controls {
    bool start = false, pauseOrResume = false, stop = false, checkpoint = false;
  };
  Controls controls() const;

  void setDataPath(const QString& path);
  void setImportOptions(const QVariantMap& options);  // "resize", "resampling", "background"
  // Shows a run folder's settings, curves and sample history; Resume continues it.
  bool openRun(const QString& runDir, QString* error = nullptr);

 public Q_SLOTS:
  void startTraining();
  void resumeTraining();  // a paused run continues; a stopped or reopened run is resumed from its checkpoint
  void pauseTraining();
  void togglePause();  // Space
  void stopTraining();
  void checkpointNow();

 Q_SIGNALS:
  void progressChanged(qint64 iteration, qint64 total, double iterationsPerSecond, double etaSeconds);
  void deviceChanged(const QString& device);
  void runOpened(const QString& runDir);
  void stateChanged(fewshot::bridge::TrainingBridge::State state);
  void controlsChanged();
  void failureShown(const QString& headline);  // a run stopped with an error (the status bar says so)

 private:
  QWidget* makeControls();
  void connectBridge();
  void updateButtons();
  void restoreHistory(const QString& runDir);
  void clearViews();
  void appendLog(const QString& text, const QString& level);
  // Says why a run stopped and what to do (dialog, status line), framing the setting to look at.
  void showFailure(const TrainingFailure& failure);
  // Says what keeps the settings from starting, framing the field to fix (an empty problem clears it).
  void showProblem(const StartProblem& problem);
  // The dataset or the model changed: the shown run's curves, grids and Resume no longer apply.
  void forgetShownRun();
  void configureStages();

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
  QLabel* problem_ = nullptr;
  QWidget* problemField_ = nullptr;
  QString blockerShown_;     // the reason Start is disabled, as shown in progressLabel_
  QString shownDataPath_;    // the dataset of the curves and grids shown
  bool showingRun_ = false;  // openRun() is filling in the run's settings
  StageProgressPanel* stagePanel_ = nullptr;
  LongRunNotice* longRun_ = nullptr;
  TrainViews* views_ = nullptr;
  bool importedRun_ = false;  // a generator imported with `fewshot import`: nothing to resume
  TrainingFailure lastFailure_;
};

}  // namespace widgets
}  // namespace fewshot
