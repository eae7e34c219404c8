// The Train tab's reactions to its bridge's training events and to its settings: what each event changes in
// the progress line, the views, the stage panel and the log.
#include "widgets/train/train_tab.h"

#include <QComboBox>
#include <QLabel>
#include <QProgressBar>

#include <climits>

#include "widgets/common/duration_text.h"
#include "widgets/train/augment_preview_panel.h"
#include "widgets/train/long_run_notice.h"
#include "widgets/train/sample_timelapse.h"
#include "widgets/train/stage_progress_panel.h"
#include "widgets/train/start_check.h"
#include "widgets/train/train_options_panel.h"
#include "widgets/train/train_views.h"

namespace fewshot {
namespace widgets {

using State = bridge::TrainingBridge::State;

namespace {

// " · 2 processes: 7.1 + 6.9 images/s" for a run in several processes (each rank's share of the batch over
// its own step time, in rank order), else empty.
QString rankThroughputText(const QVariantMap& values) {
  const int ranks = values.value(QStringLiteral("world_size")).toInt();
  if (ranks < 2) return {};
  QStringList rates;
  for (int r = 0; r < ranks; ++r) {
    const QVariant rate = values.value(QStringLiteral("rank_%1_images_per_second").arg(r));
    if (!rate.isValid()) break;
    rates << QString::number(rate.toDouble(), 'f', 1);
  }
  return rates.size() == ranks ? TrainTab::tr(" · %n processes: %1 images/s", nullptr, ranks).arg(rates.join(" + "))
                               : TrainTab::tr(" · %n processes", nullptr, ranks);
}

}  // namespace

void TrainTab::connectBridge() {
  connect(bridge_, &bridge::TrainingBridge::started, this,
          [this](const QString& runDir, const QString& device, qint64 iteration, qint64 total) {
            const bool resumed = iteration > 0 || runDir == openedRun_;
            importedRun_ = false;
            openedRun_ = runDir;
            showProblem({});  // a failure's framed field no longer applies
            runConfig_ = bridge_->config();
            configureStages();
            longRun_->reset();
            views_->setRunConfig(runConfig_);
            // A resume drops the records after its checkpoint: redraw from the truncated log.
            if (resumed) restoreHistory(runDir);
            views_->augmentPreview()->setSource(runDir, runConfig_);
            progress_->setRange(0, static_cast<int>(std::min<qint64>(total, INT_MAX)));
            progress_->setValue(static_cast<int>(iteration));
            appendLog(resumed ? tr("Resumed %1 at iteration %2 on %3").arg(runDir).arg(iteration).arg(device)
                              : tr("Started %1 on %2").arg(runDir, device),
                      "info");
            Q_EMIT deviceChanged(device);
            Q_EMIT runOpened(runDir);
          });
  connect(bridge_, &bridge::TrainingBridge::iterationDone, this,
          [this](qint64 it, qint64 total, const QVariantMap& values) {
            views_->plotValues(it, values);
            stagePanel_->addValues(it, values);
            const double rate = values.value("iterations_per_second").toDouble();
            const double eta = values.value("eta_seconds").toDouble();
            progress_->setMaximum(static_cast<int>(std::min<qint64>(total, INT_MAX)));
            progress_->setValue(static_cast<int>(it));
            longRun_->observe(it, total, values.value("seconds_per_iteration").toDouble(), eta);
            progressLabel_->setText(tr("Iteration %1 of %2 · %3 it/s · ETA %4")
                                        .arg(it)
                                        .arg(total)
                                        .arg(QString::number(rate, 'f', rate < 10 ? 2 : 1))
                                        .arg(formatDuration(eta)) +
                                    rankThroughputText(values));
            Q_EMIT progressChanged(it, total, rate, eta);
          });
  connect(bridge_, &bridge::TrainingBridge::metricsReady, this,
          [this](qint64 it, const QVariantMap& values, const QString& extractor, const QImage& sheet) {
            views_->showMetrics(it, values, extractor, sheet);
          });
  connect(bridge_, &bridge::TrainingBridge::samplesReady, this,
          [this](qint64 it, const QImage& grid, const QString& path) {
            views_->timelapse()->addGrid(it, grid, path);
            stagePanel_->addSample(it, grid, path);
          });
  connect(bridge_, &bridge::TrainingBridge::checkpointSaved, this, [this](qint64 it, const QString& path) {
    appendLog(tr("Checkpoint at iteration %1: %2").arg(it).arg(path), "info");
  });
  connect(bridge_, &bridge::TrainingBridge::warning, this,
          [this](const QString& message) { appendLog(message, "warning"); });
  connect(bridge_, &bridge::TrainingBridge::failed, this, [this](const QString& message) {
    longRun_->hide();
    appendLog(message, "error");
    showFailure(explainTrainingFailure(message));
  });
  connect(bridge_, &bridge::TrainingBridge::finished, this, [this](const QString& reason) {
    longRun_->hide();
    progressLabel_->setText(
        reason == "stopped"
            ? tr("Stopped at iteration %1; Resume continues from the checkpoint").arg(bridge_->iteration())
            : tr("Finished: %1 iterations").arg(bridge_->iteration()));
    appendLog(reason == "stopped" ? tr("Stopped") : tr("Training completed"), "info");
  });
  connect(bridge_, &bridge::TrainingBridge::stateChanged, this, [this](State state) {
    updateButtons();
    if (state == State::Paused) progressLabel_->setText(tr("Paused at iteration %1").arg(bridge_->iteration()));
    if (state == State::Opening) progressLabel_->setText(tr("Preparing the dataset and the models…"));
    Q_EMIT stateChanged(state);
  });
  connect(options_, &TrainOptionsPanel::changed, this, [this] {
    showProblem({});
    // Before a run: when its first sample grid will come.
    if (openedRun_.isEmpty() && !bridge_->isActive()) views_->setRunConfig(options_->config());
    if (openedRun_.isEmpty() && !options_->dataPath().isEmpty())
      views_->augmentPreview()->setSource(options_->dataPath(), options_->config());
  });
  connect(options_, &TrainOptionsPanel::pathsChanged, this, [this] {
    showProblem({});
    // Another dataset: the curves and grids shown belong to a run of the old one.
    if (!showingRun_ && options_->dataPath() != shownDataPath_) forgetShownRun();
    updateButtons();
  });
  connect(options_->modelBox(), &QComboBox::currentIndexChanged, this, [this] {
    if (!showingRun_) forgetShownRun();
  });
}

}  // namespace widgets
}  // namespace fewshot
