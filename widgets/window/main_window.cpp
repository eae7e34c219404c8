#include "widgets/window/main_window.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include "bridge/training_bridge.h"
#include "widgets/common/duration_text.h"
#include "widgets/common/settings_keys.h"
#include "widgets/compare/compare_window.h"
#include "widgets/dataset/dataset_tab.h"
#include "widgets/explore/explore_tab.h"
#include "widgets/explore/latent_explorer_page.h"
#include "widgets/export/export_tab.h"
#include "widgets/train/train_options_panel.h"
#include "widgets/train/train_tab.h"
#include "widgets/window/focus_aware_keys.h"
#include "widgets/window/run_sidebar.h"
#include "widgets/window/shortcuts_dialog.h"
#include "widgets/window/studio_theme.h"
#include "widgets/window/user_guide.h"
#include "widgets/window/weights_notice.h"

// Nested namespace blocks (not C++17 `a::b`) so that lupdate derives the right tr() context.
namespace fewshot {
namespace widgets {

namespace {
constexpr int kMaxRecent = 10;
}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("FewShot Studio %1").arg(QStringLiteral(FEWSHOT_VERSION)));
  setAcceptDrops(true);
  tabs_ = new QTabWidget(this);
  datasetTab_ = new DatasetTab;
  trainTab_ = new TrainTab;
  tabs_->addTab(datasetTab_, tr("Dataset"));
  tabs_->addTab(trainTab_, tr("Train"));
  exploreTab_ = new ExploreTab;
  exportTab_ = new ExportTab;
  tabs_->addTab(exploreTab_, tr("Explore"));
  tabs_->addTab(exportTab_, tr("Export"));
  auto* central = new QWidget;
  auto* column = new QVBoxLayout(central);
  column->setContentsMargins(0, 0, 0, 0);
  weightsNotice_ = new WeightsNotice;
  column->addWidget(weightsNotice_);
  column->addWidget(tabs_, 1);
  setCentralWidget(central);
  weightsNotice_->showIfNeeded();

  connect(datasetTab_, &DatasetTab::datasetChosen, this, [this](const QString& path, bool singleImage) {
    if (singleImage && !trainTab_->bridge()->isActive()) trainTab_->options()->selectSingleImageModel();
    trainTab_->setDataPath(path);
    trainTab_->setImportOptions(datasetTab_->importOptions());
    remember(settings_keys::kRecentDatasets, path);
  });
  connect(datasetTab_, &DatasetTab::importOptionsChanged, trainTab_, &TrainTab::setImportOptions);
  // Explore's "Send to Export": the seeds become the Export tab's single images.
  connect(exploreTab_->latentExplorer(), &LatentExplorerPage::seedsToExport, this, [this](const QString& seeds) {
    if (exportTab_->useSeeds(seeds)) tabs_->setCurrentIndex(ExportPage);
  });
  connect(trainTab_, &TrainTab::runOpened, this, [this](const QString& dir) {
    remember(settings_keys::kRecentRuns, dir);
    exploreTab_->setRun(dir);
    exportTab_->setRun(dir);
  });
  connect(trainTab_->bridge(), &bridge::TrainingBridge::checkpointSaved, this,
          [this](qint64 iteration, const QString&) {
            const QString runDir = trainTab_->bridge()->runDirectory();
            exploreTab_->checkpointSaved(runDir, iteration);
            if (exportTab_->run() == runDir) exportTab_->checkpointSaved(iteration);
          });

  createSidebar();
  createActions();
  createStatusBar();
  // 1280×800, or the screen when it is smaller in logical pixels (1280×800 at 150 % scaling is 853×533).
  resize(QSize(1280, 800).boundedTo(screen()->availableGeometry().size()));
  restoreSettings();
}

void MainWindow::createSidebar() {
  sidebar_ = new RunSidebar;
  connect(sidebar_, &RunSidebar::openRequested, this, &MainWindow::openPath);
  auto* dock = new QDockWidget(tr("Runs and datasets"), this);
  dock->setObjectName("sidebar");
  dock->setWidget(sidebar_);
  dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
  addDockWidget(Qt::LeftDockWidgetArea, dock);
  resizeDocks({dock}, {220}, Qt::Horizontal);
}

void MainWindow::createActions() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* open = file->addAction(tr("&Open folder…"), this, &MainWindow::openFolderDialog);
  open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
  open->setToolTip(tr("Open a folder of images, an image, or a run folder (Ctrl+O)"));
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  QMenu* training = menuBar()->addMenu(tr("&Training"));
  QAction* start = training->addAction(tr("&Start"), trainTab_, &TrainTab::startTraining);
  start->setObjectName(QStringLiteral("startAction"));
  start->setShortcut(QKeySequence(Qt::Key_F5));
  pauseAction_ = training->addAction(tr("&Pause / Resume"), trainTab_, &TrainTab::togglePause);
  pauseAction_->setObjectName(QStringLiteral("pauseAction"));
  pauseAction_->setShortcut(QKeySequence(Qt::Key_Space));
  QAction* stop = training->addAction(tr("S&top"), trainTab_, &TrainTab::stopTraining);
  stop->setObjectName(QStringLiteral("stopAction"));
  stop->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
  QAction* checkpoint = training->addAction(tr("&Checkpoint now"), trainTab_, &TrainTab::checkpointNow);
  checkpoint->setObjectName(QStringLiteral("checkpointAction"));
  checkpoint->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
  QAction* exportAction = new QAction(tr("&Export…"), this);
  exportAction->setObjectName(QStringLiteral("exportAction"));
  exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  auto followControls = [this, start, stop, checkpoint] {
    const TrainTab::Controls c = trainTab_->controls();
    start->setEnabled(c.start);
    pauseAction_->setEnabled(c.pauseOrResume);
    stop->setEnabled(c.stop);
    checkpoint->setEnabled(c.checkpoint);
  };
  connect(trainTab_, &TrainTab::controlsChanged, this, followControls);
  followControls();
  // Space stays with a focused button or field; Ctrl+E works inside text fields too.
  new FocusAwareKeys(this, {exportAction->shortcut()});
  for (QAction* a : {start, pauseAction_, stop, checkpoint, exportAction})
    a->setToolTip(QStringLiteral("%1 (%2)").arg(a->text().remove(QLatin1Char('&')),
                                                a->shortcut().toString(QKeySequence::NativeText)));
  connect(exportAction, &QAction::triggered, this, [this] { tabs_->setCurrentIndex(ExportPage); });
  file->insertAction(quit, exportAction);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  const QStringList names{tr("Dataset"), tr("Train"), tr("Explore"), tr("Export")};
  for (int i = 0; i < names.size(); ++i) {
    QAction* a = view->addAction(names[i], this, [this, i] { tabs_->setCurrentIndex(i); });
    a->setShortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + i)));
  }
  view->addSeparator();
  view->addAction(findChild<QDockWidget*>("sidebar")->toggleViewAction());
  QAction* compare = view->addAction(tr("&Compare runs…"), this, [this] { compareRuns(sidebar_->selectedRuns()); });
  compare->setObjectName(QStringLiteral("compareAction"));
  compare->setShortcut(CompareWindow::openShortcut());
  compare->setToolTip(tr("Overlay the curves and the sample grids of the runs selected in the sidebar (%1)")
                          .arg(compare->shortcut().toString(QKeySequence::NativeText)));
  sidebar_->addAction(compare);  // its context menu
  addThemeChoices(view->addMenu(tr("&Theme")));

  QMenu* language = menuBar()->addMenu(tr("&Language"));
  auto* group = new QActionGroup(this);
  const QString current = QSettings().value(settings_keys::kLanguage).toString();
  const QList<QPair<QString, QString>> languages{
      {QString(), tr("System language")}, {"en", QStringLiteral("English")}, {"ko", QStringLiteral("한국어")}};
  for (const auto& [code, name] : languages) {
    QAction* a = language->addAction(name, this, [this, code = code] { setLanguage(code); });
    a->setCheckable(true);
    a->setChecked(code == current);
    group->addAction(a);
  }

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  QAction* guide = help->addAction(tr("&User guide"), this, &MainWindow::openUserGuide);
  guide->setObjectName(QStringLiteral("userGuideAction"));
  guide->setShortcut(QKeySequence(Qt::Key_F1));
  QAction* keys = help->addAction(tr("&Keyboard shortcuts…"), this, &MainWindow::showShortcuts);
  keys->setObjectName(QStringLiteral("shortcutsAction"));
  keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
  help->addSeparator();
  help->addAction(tr("&About FewShot Studio"), this, &MainWindow::showAbout);

  QToolBar* toolbar = addToolBar(tr("Main"));
  toolbar->setObjectName("toolbar");
  toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
  for (QAction* a : {open, start, pauseAction_, stop, checkpoint, exportAction}) toolbar->addAction(a);
}

void MainWindow::createStatusBar() {
  deviceLabel_ = new QLabel(bridge::TrainingBridge::deviceDescription("cpu"));
  iterationLabel_ = new QLabel(tr("iteration –"));
  rateLabel_ = new QLabel(tr("– it/s"));
  etaLabel_ = new QLabel(tr("ETA –"));
  for (QLabel* l : {deviceLabel_, iterationLabel_, rateLabel_, etaLabel_}) statusBar()->addPermanentWidget(l);
  statusBar()->showMessage(tr("Ready"));
  connect(trainTab_, &TrainTab::deviceChanged, deviceLabel_, &QLabel::setText);
  connect(trainTab_, &TrainTab::progressChanged, this, [this](qint64 it, qint64 total, double rate, double eta) {
    iterationLabel_->setText(tr("iteration %1 / %2").arg(it).arg(total));
    rateLabel_->setText(tr("%1 it/s").arg(QString::number(rate, 'f', rate < 10 ? 2 : 1)));
    etaLabel_->setText(tr("ETA %1").arg(formatDuration(eta)));
  });
  connect(trainTab_, &TrainTab::stateChanged, this, [this](bridge::TrainingBridge::State state) {
    using State = bridge::TrainingBridge::State;
    switch (state) {
      case State::Opening: statusBar()->showMessage(tr("Preparing training…")); break;
      case State::Running: statusBar()->showMessage(tr("Training")); break;
      case State::Paused: statusBar()->showMessage(tr("Paused")); break;
      case State::Stopping: statusBar()->showMessage(tr("Stopping: saving a checkpoint…")); break;
      case State::Finished: statusBar()->showMessage(tr("Ready")); break;
      case State::Failed: break;  // failureShown() says what happened
      case State::Idle: break;
    }
    if (state == State::Finished || state == State::Failed) {
      if (closeAfterStop_) close();
    }
  });
  connect(trainTab_, &TrainTab::failureShown, this,
          [this](const QString& headline) { statusBar()->showMessage(tr("Training stopped: %1").arg(headline)); });
}

bool MainWindow::openPath(const QString& path) {
  const QFileInfo info(path);
  if (!info.exists()) {
    statusBar()->showMessage(tr("%1 does not exist").arg(path));
    return false;
  }
  QSettings().setValue(settings_keys::kLastFolder, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
  if (info.isDir() && bridge::TrainingBridge::isRunDirectory(info.absoluteFilePath())) {
    QString error;
    if (!trainTab_->openRun(info.absoluteFilePath(), &error)) {
      QMessageBox::warning(this, tr("Cannot open the run"), error);
      return false;
    }
    tabs_->setCurrentIndex(TrainPage);
    return true;
  }
  tabs_->setCurrentIndex(DatasetPage);
  return datasetTab_->openPath(info.absoluteFilePath());
}

void MainWindow::openFolderDialog() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a dataset folder or a run folder"),
                                                        QSettings().value(settings_keys::kLastFolder).toString());
  if (!dir.isEmpty()) openPath(dir);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls() && event->mimeData()->urls().value(0).isLocalFile()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  const QList<QUrl> urls = event->mimeData()->urls();
  if (urls.isEmpty() || !urls.first().isLocalFile()) return;
  event->acceptProposedAction();
  openPath(urls.first().toLocalFile());
}

void MainWindow::closeEvent(QCloseEvent* event) {
  bridge::TrainingBridge* bridge = trainTab_->bridge();
  if (bridge->isActive()) {
    if (!closeAfterStop_) {
      QMessageBox box(QMessageBox::Question, tr("Training is running"),
                      tr("Stop training and save a checkpoint before closing?"), QMessageBox::NoButton, this);
      QPushButton* stopAndSave = box.addButton(tr("Stop and save"), QMessageBox::AcceptRole);
      box.addButton(QMessageBox::Cancel);
      box.setDefaultButton(stopAndSave);
      box.exec();
      if (box.clickedButton() != stopAndSave) {
        event->ignore();
        return;
      }
      closeAfterStop_ = true;
      trainTab_->stopTraining();
    }
    // The window closes when the worker reports it has stopped (the UI keeps running meanwhile).
    event->ignore();
    return;
  }
  saveSettings();
  event->accept();
}

void MainWindow::saveSettings() const {
  QSettings settings;
  settings.setValue(settings_keys::kWindowGeometry, saveGeometry());
  settings.setValue(settings_keys::kWindowState, saveState());
  settings.setValue(settings_keys::kWindowTab, tabs_->currentIndex());
  QVariantMap config = trainTab_->options()->config();
  config.remove("run_dir");  // a new session proposes a fresh run folder
  settings.setValue(settings_keys::kTrainConfig, config);
  settings.setValue(settings_keys::kTrainAdvanced, trainTab_->options()->advancedVisible());
}

void MainWindow::restoreSettings() {
  QSettings settings;
  restoreGeometry(settings.value(settings_keys::kWindowGeometry).toByteArray());
  restoreState(settings.value(settings_keys::kWindowState).toByteArray());
  tabs_->setCurrentIndex(settings.value(settings_keys::kWindowTab, DatasetPage).toInt());
  const QVariantMap config = settings.value(settings_keys::kTrainConfig).toMap();
  if (!config.isEmpty()) trainTab_->options()->setConfig(config);
  trainTab_->options()->setAdvancedVisible(settings.value(settings_keys::kTrainAdvanced, false).toBool());
  refreshSidebar();
}

QStringList MainWindow::recentRuns() const { return QSettings().value(settings_keys::kRecentRuns).toStringList(); }

QStringList MainWindow::recentDatasets() const {
  return QSettings().value(settings_keys::kRecentDatasets).toStringList();
}

void MainWindow::remember(const QString& key, const QString& path) {
  QSettings settings;
  QStringList list = settings.value(key).toStringList();
  list.removeAll(path);
  list.prepend(path);
  while (list.size() > kMaxRecent) list.removeLast();
  settings.setValue(key, list);
  refreshSidebar();
}

void MainWindow::refreshSidebar() {
  sidebar_->showRecent(recentRuns(), recentDatasets());
  if (compareWindow_) compareWindow_->setCandidates(recentRuns());
}

void MainWindow::compareRuns(const QStringList& runDirs) {
  if (!compareWindow_) {
    compareWindow_ = new CompareWindow(this);
    compareWindow_->resize(size());  // what fits the main window fits the screen (150 % scaling included)
  }
  compareWindow_->setCandidates(recentRuns());
  compareWindow_->compare(runDirs);
  compareWindow_->show();
  compareWindow_->raise();
  compareWindow_->activateWindow();
}

void MainWindow::setLanguage(const QString& code) {
  QSettings().setValue(settings_keys::kLanguage, code);
  QMessageBox::information(this, tr("Language"), tr("The language changes when FewShot Studio is restarted."));
}

void MainWindow::showShortcuts() {
  auto* dialog = new ShortcutsDialog(menuBar(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->open();
}

void MainWindow::openUserGuide() {
  QString language = QSettings().value(settings_keys::kLanguage).toString();
  if (language.isEmpty()) language = QLocale().name().section(QLatin1Char('_'), 0, 0);
  const QString path = userGuidePath(language);
  if (path.isEmpty()) {
    QMessageBox::information(this, tr("User guide"),
                             tr("The user guide (user-guide.md) is not installed on this machine. It is part of the "
                                "FewShot Studio sources and package, in docs/."));
    return;
  }
  lastOpenedGuide_ = path;
  if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
    statusBar()->showMessage(tr("No program to show %1 was found; open it with a text editor.").arg(path));
}

void MainWindow::showAbout() {
  QMessageBox::about(this, tr("About FewShot Studio"),
                     tr("<b>FewShot Studio %1</b><p>Train and explore GANs on tiny datasets.</p>")
                         .arg(QStringLiteral(FEWSHOT_VERSION)));
}

}  // namespace widgets
}  // namespace fewshot
