// The studio's main window: a sidebar of recent runs and datasets (widgets/window/run_sidebar.h), tabs
// Dataset / Train / Explore / Export, the Compare runs window (widgets/compare/), menus (View ▸ Theme:
// widgets/window/studio_theme.h), a toolbar, shortcuts (focus-aware: widgets/window/focus_aware_keys.h),
// Help (user guide, shortcut list) and a status bar with device, iteration, it/s and ETA.
// Geometry, the last folder, recent items, the language and the training settings are remembered.
#pragma once
#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace fewshot {
namespace widgets {

class CompareWindow;
class DatasetTab;
class ExploreTab;
class ExportTab;
class RunSidebar;
class TrainTab;
class WeightsNotice;

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);

  enum Tab { DatasetPage = 0, TrainPage = 1, ExplorePage = 2, ExportPage = 3 };
  QTabWidget* tabs() const { return tabs_; }
  DatasetTab* datasetTab() const { return datasetTab_; }
  TrainTab* trainTab() const { return trainTab_; }
  ExploreTab* exploreTab() const { return exploreTab_; }
  ExportTab* exportTab() const { return exportTab_; }
  RunSidebar* sidebar() const { return sidebar_; }
  // The Compare runs window (created on first use; null before).
  CompareWindow* compareWindow() const { return compareWindow_; }
  WeightsNotice* weightsNotice() const { return weightsNotice_; }
  QStringList recentRuns() const;
  QStringList recentDatasets() const;
  // The guide Help ▸ User guide last handed to the desktop (empty before).
  QString lastOpenedGuide() const { return lastOpenedGuide_; }

  // A run folder opens in the Train tab; any other folder or image opens in the Dataset tab.
  bool openPath(const QString& path);
  // Shows the Compare runs window with `runDirs` ticked (the recent runs offered beside them).
  void compareRuns(const QStringList& runDirs);
  void saveSettings() const;

 protected:
  void closeEvent(QCloseEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void createSidebar();
  void createActions();
  void createStatusBar();
  void restoreSettings();
  void remember(const QString& key, const QString& path);
  void refreshSidebar();
  void openFolderDialog();
  void setLanguage(const QString& code);
  void showAbout();
  void showShortcuts();
  void openUserGuide();

  QTabWidget* tabs_ = nullptr;
  DatasetTab* datasetTab_ = nullptr;
  TrainTab* trainTab_ = nullptr;
  ExploreTab* exploreTab_ = nullptr;
  ExportTab* exportTab_ = nullptr;
  RunSidebar* sidebar_ = nullptr;
  CompareWindow* compareWindow_ = nullptr;
  WeightsNotice* weightsNotice_ = nullptr;
  QLabel* deviceLabel_ = nullptr;
  QLabel* iterationLabel_ = nullptr;
  QLabel* rateLabel_ = nullptr;
  QLabel* etaLabel_ = nullptr;
  QAction* pauseAction_ = nullptr;
  bool closeAfterStop_ = false;
  QString lastOpenedGuide_;
};

}  // namespace widgets
}  // namespace fewshot
