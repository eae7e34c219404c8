#include "widgets/train/train_tab.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include "bridge/run_history.h"
#include "widgets/common/settings_form.h"
#include "widgets/common/vertical_scroll_area.h"
#include "widgets/train/augment_preview_panel.h"
#include "widgets/train/long_run_notice.h"
#include "widgets/train/nearest_images_panel.h"
#include "widgets/train/sample_timelapse.h"
#include "widgets/train/stage_progress_panel.h"
#include "widgets/train/start_check.h"
#include "widgets/train/train_options_panel.h"
#include "widgets/train/train_views.h"

namespace fewshot {
namespace widgets {

using State = bridge::TrainingBridge::State;

TrainTab::TrainTab(QWidget* parent) : QWidget(parent) {
  bridge_ = new bridge::TrainingBridge(this);
  auto* layout = new QHBoxLayout(this);
  auto* splitter = new QSplitter(Qt::Horizontal);
  splitter->addWidget(makeControls());
  views_ = new TrainViews;
  splitter->addWidget(views_);
  splitter->setStretchFactor(0, 0);
  splitter->setStretchFactor(1, 1);
  splitter->setSizes({330, 900});
  layout->addWidget(splitter);
  connectBridge();
  updateButtons();
}

PlotStack* TrainTab::lossPlots() const { return views_->lossPlots(); }
PlotStack* TrainTab::metricPlots() const { return views_->metricPlots(); }
SeriesPlot* TrainTab::plotOf(const QString& key) const { return views_->plotOf(key); }
SeriesPlot* TrainTab::adaPlot() const { return views_->adaPlot(); }
SeriesPlot* TrainTab::phasePlot() const { return views_->phasePlot(); }
SampleTimelapse* TrainTab::timelapse() const { return views_->timelapse(); }
AugmentPreviewPanel* TrainTab::augmentPreview() const { return views_->augmentPreview(); }
QPlainTextEdit* TrainTab::logView() const { return views_->logView(); }

QWidget* TrainTab::makeControls() {
  auto* page = new QWidget;
  auto* layout = new QVBoxLayout(page);
  layout->setContentsMargins(0, 0, 0, 0);
  options_ = new TrainOptionsPanel;
  // A row whose label and field do not fit side by side puts the field under its label: the column stays
  // narrow enough for the plots at 1280×800 and at 150 % scaling, and never scrolls sideways.
  for (QFormLayout* form : options_->findChildren<QFormLayout*>()) form->setRowWrapPolicy(QFormLayout::WrapLongRows);
  auto* scroll = new VerticalScrollArea(options_);
  scroll->setObjectName(QStringLiteral("trainSettingsScroll"));
  layout->addWidget(scroll, 1);

  auto* buttons = new QHBoxLayout;
  start_ = new QPushButton(tr("Start"));
  start_->setToolTip(tr("Start a new run with these settings (F5)"));
  pause_ = new QPushButton(tr("Pause"));
  pause_->setToolTip(tr("Pause after the current iteration (Space)"));
  resume_ = new QPushButton(tr("Resume"));
  resume_->setToolTip(
      tr("Continue a paused run, or resume a stopped or reopened run from its last checkpoint (Space)"));
  stop_ = new QPushButton(tr("Stop"));
  stop_->setToolTip(tr("Stop after the current iteration and save a checkpoint (Shift+F5)"));
  for (QPushButton* b : {start_, pause_, resume_, stop_}) buttons->addWidget(b);
  layout->addLayout(buttons);
  checkpoint_ = new QPushButton(tr("Checkpoint now"));
  checkpoint_->setToolTip(tr("Save a checkpoint after the current iteration (Ctrl+S)"));
  layout->addWidget(checkpoint_);
  problem_ = new QLabel;
  problem_->setObjectName(QStringLiteral("startProblem"));
  problem_->setWordWrap(true);
  problem_->setStyleSheet(QStringLiteral("color: #c0392b;"));
  problem_->hide();
  layout->addWidget(problem_);
  progress_ = new QProgressBar;
  progress_->setRange(0, 1);
  progress_->setValue(0);
  layout->addWidget(progress_);
  progressLabel_ = new QLabel(tr("Not training"));
  progressLabel_->setObjectName(QStringLiteral("trainProgress"));
  progressLabel_->setWordWrap(true);
  layout->addWidget(progressLabel_);
  longRun_ = new LongRunNotice;
  layout->addWidget(longRun_);
  connect(longRun_, &LongRunNotice::stopRequested, this, &TrainTab::stopTraining);
  stagePanel_ = new StageProgressPanel;
  layout->addWidget(stagePanel_);

  connect(start_, &QPushButton::clicked, this, &TrainTab::startTraining);
  connect(pause_, &QPushButton::clicked, this, &TrainTab::pauseTraining);
  connect(resume_, &QPushButton::clicked, this, &TrainTab::resumeTraining);
  connect(stop_, &QPushButton::clicked, this, &TrainTab::stopTraining);
  connect(checkpoint_, &QPushButton::clicked, this, &TrainTab::checkpointNow);
  return page;
}

void TrainTab::updateButtons() {
  const State s = bridge_->state();
  const bool idle = s == State::Idle || s == State::Finished || s == State::Failed;
  const QString blocker = startBlocker(options_->config());
  start_->setEnabled(idle && blocker.isEmpty());
  start_->setToolTip(blocker.isEmpty() ? tr("Start a new run with these settings (F5)") : blocker);
  // Without a run shown, the status line under the buttons says what Start waits for.
  if (idle && openedRun_.isEmpty() && (!blocker.isEmpty() || progressLabel_->text() == blockerShown_)) {
    progressLabel_->setText(blocker.isEmpty() ? tr("Not training") : blocker);
    blockerShown_ = blocker;
  }
  options_->setEnabled(idle);
  pause_->setEnabled(s == State::Running);
  resume_->setEnabled(s == State::Paused || (idle && !openedRun_.isEmpty() && !importedRun_));
  stop_->setEnabled(s == State::Running || s == State::Paused);
  checkpoint_->setEnabled(s == State::Running || s == State::Paused);
  Q_EMIT controlsChanged();
}

TrainTab::Controls TrainTab::controls() const {
  return {start_->isEnabled(), pause_->isEnabled() || resume_->isEnabled(), stop_->isEnabled(),
          checkpoint_->isEnabled()};
}

void TrainTab::setDataPath(const QString& path) {
  options_->setDataPath(path);
  if (!bridge_->isActive()) {
    openedRun_.clear();
    options_->proposeNewRunDirectory();
    views_->augmentPreview()->setSource(path, options_->config());
    updateButtons();
  }
}

void TrainTab::setImportOptions(const QVariantMap& options) {
  importOptions_ = options;
  importOptions_.remove("size");  // the training size is the Train tab's resolution
}

void TrainTab::startTraining() {
  if (bridge_->isActive()) return;
  if (bridge::TrainingBridge::isRunDirectory(options_->runDirectory())) {
    const QString taken = options_->runDirectory();
    options_->proposeNewRunDirectory();
    appendLog(tr("%1 already holds a run; the new run goes to %2").arg(taken, options_->runDirectory()), "info");
  }
  QVariantMap config = options_->config();
  for (auto it = importOptions_.constBegin(); it != importOptions_.constEnd(); ++it) config[it.key()] = it.value();
  const StartProblem problem = checkStart(config);
  if (!problem.message.isEmpty()) {
    showProblem(problem);
    return;
  }
  const QString tooSmall = smallDatasetWarning(config);
  if (!tooSmall.isEmpty()) {
    QMessageBox box(QMessageBox::Warning, tr("Very small dataset"), tooSmall, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("smallDatasetQuestion"));
    QPushButton* goOn = box.addButton(tr("Start anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != goOn) return;
    appendLog(tooSmall, "warning");
  }
  clearViews();
  openedRun_.clear();
  runConfig_ = config;
  views_->setRunConfig(runConfig_);
  bridge_->startNew(config);
}

void TrainTab::resumeTraining() {
  if (bridge_->state() == State::Paused) {
    bridge_->resume();
  } else if (!bridge_->isActive() && !openedRun_.isEmpty()) {
    // The iterations box may have been raised to train a finished run further; the device picker moves the run
    // (it offers "cuda", not "cuda:N": a run on cuda:N stays there; "cuda*N" is all GPUs, one process each).
    const QVariantMap options = options_->config();
    const QString picked = options.value("device").toString(), recorded = runConfig_.value("device").toString();
    bridge_->resumeRun(openedRun_, options.value("iterations").toLongLong(),
                       picked == "cuda" && recorded.startsWith("cuda:") ? recorded : picked);
  }
}

void TrainTab::pauseTraining() { bridge_->pause(); }

void TrainTab::togglePause() {
  if (bridge_->state() == State::Running)
    pauseTraining();
  else
    resumeTraining();
}

void TrainTab::stopTraining() { bridge_->stop(); }
void TrainTab::checkpointNow() { bridge_->requestCheckpoint(); }

bool TrainTab::openRun(const QString& runDir, QString* error) {
  if (bridge_->isActive()) {
    if (error) *error = tr("Stop the current training before opening another run.");
    return false;
  }
  const bridge::RunHistory history = bridge::RunHistory::load(runDir);
  if (!history.ok()) {
    if (error) *error = history.error;
    appendLog(history.error, "error");
    return false;
  }
  openedRun_ = history.runDir;
  runConfig_ = history.config;
  configureStages();
  views_->setRunConfig(runConfig_);
  QVariantMap shown = history.config;
  shown["run_dir"] = history.runDir;
  // A run last trained in several processes from here is shown with that choice, ready for Resume.
  if (const QString choice = bridge::TrainingBridge::rememberedDeviceChoice(history.runDir); !choice.isEmpty())
    shown["device"] = choice;
  showingRun_ = true;
  options_->setConfig(shown);
  showingRun_ = false;
  shownDataPath_ = options_->dataPath();
  restoreHistory(history.runDir);
  views_->augmentPreview()->setSource(history.runDir, runConfig_);
  const qint64 total = history.config.value("iterations").toLongLong();
  progress_->setRange(0, static_cast<int>(std::min<qint64>(total, INT_MAX)));
  progress_->setValue(static_cast<int>(history.lastIteration()));
  progressLabel_->setText(tr("Opened %1 at iteration %2 of %3; Resume continues it")
                              .arg(history.runDir)
                              .arg(history.lastIteration())
                              .arg(total));
  importedRun_ = QFileInfo::exists(history.runDir + "/import.json");
  if (importedRun_)
    progressLabel_->setText(tr("%1 holds an imported generator: explore and export it (Explore and Export tabs). "
                               "It has no discriminator, so training cannot resume from it.")
                                .arg(history.runDir));
  appendLog(tr("Opened %1: %2 records, %3 sample grids")
                .arg(history.runDir)
                .arg(history.records.size())
                .arg(history.samples.size()),
            "info");
  updateButtons();
  Q_EMIT runOpened(history.runDir);
  return true;
}

void TrainTab::restoreHistory(const QString& runDir) {
  const bridge::RunHistory history = bridge::RunHistory::load(runDir);
  clearViews();
  for (const auto* records : {&history.records, &history.metricRecords})
    for (const QVariantMap& record : *records) views_->plotValues(record.value("iteration").toLongLong(), record);
  for (const QVariantMap& record : history.records)
    stagePanel_->addValues(record.value("iteration").toLongLong(), record);
  for (const auto& sample : history.samples)
    if (history.records.isEmpty() || sample.iteration <= history.lastIteration()) {
      views_->timelapse()->addGrid(sample.iteration, QImage(), sample.path);
      stagePanel_->addSample(sample.iteration, QImage(), sample.path);
    }
  views_->nearest()->restoreFromRun(history.runDir);
  views_->replotNow();
}

void TrainTab::clearViews() {
  views_->clear();
  stagePanel_->clear();
  configureStages();
}

void TrainTab::configureStages() {
  const QString key = bridge::TrainingBridge::familyInfo(runConfig_.value("model").toString())
                          .value("iterationsPerStageKey")
                          .toString();
  stagePanel_->setIterationsPerStage(key.isEmpty() ? 0 : SettingsForm::valueAt(runConfig_, key).toLongLong());
}

void TrainTab::showProblem(const StartProblem& problem) {
  if (problemField_) markInvalid(problemField_, {});
  problemField_ = problem.message.isEmpty() ? nullptr : options_->fieldFor(problem.field);
  problem_->setText(problem.message);
  problem_->setVisible(!problem.message.isEmpty());
  if (!problemField_) return;
  markInvalid(problemField_, problem.message);
  problemField_->setFocus(Qt::OtherFocusReason);
}

void TrainTab::forgetShownRun() {
  shownDataPath_ = options_->dataPath();
  if (bridge_->isActive()) return;
  clearViews();
  openedRun_.clear();
  importedRun_ = false;
  runConfig_.clear();
  views_->setRunConfig(options_->config());
  progress_->setRange(0, 1);
  progress_->setValue(0);
  progressLabel_->setText(tr("Not training"));
  updateButtons();
}

void TrainTab::appendLog(const QString& text, const QString& level) { views_->appendLog(text, level); }

void TrainTab::showFailure(const TrainingFailure& failure) {
  lastFailure_ = failure;
  progressLabel_->setText(tr("Stopped: %1").arg(failure.headline));
  showProblem({failure.field, failure.headline + QStringLiteral(". ") + failure.advice});
  // Window-modal and non-blocking: training events keep flowing while the dialog is up.
  auto* box = new QMessageBox(QMessageBox::Critical, tr("Training stopped"), failure.headline, QMessageBox::Ok, this);
  box->setObjectName(QStringLiteral("trainingFailure"));
  box->setInformativeText(failure.advice);
  box->setDetailedText(failure.details);
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
  Q_EMIT failureShown(failure.headline);
}

}  // namespace widgets
}  // namespace fewshot
