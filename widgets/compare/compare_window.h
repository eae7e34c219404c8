// Compare runs (View ▸ Compare runs, or the sidebar's selected runs): a window beside the main one with
// the runs to tick (the recent runs, and any run folder added), how to align them (by iteration or by
// images seen), their curves overlaid and their sample grids side by side at a chosen point. A run that is
// still training is followed: every kLivePollMs the window looks at the ticked runs' metrics.jsonl and samples
// folder, and reads again those that grew.
#pragma once
#include <QHash>
#include <QKeySequence>
#include <QStringList>
#include <QWidget>

#include "widgets/compare/compared_run.h"

class QComboBox;
class QListWidget;
class QListWidgetItem;

namespace fewshot {
namespace widgets {

class CompareCurves;
class SampleComparison;

class CompareWindow : public QWidget {
  Q_OBJECT
 public:
  // A poll rather than QFileSystemWatcher: it sees appends and atomically replaced files alike, on any file system.
  static constexpr int kLivePollMs = 2000;

  explicit CompareWindow(QWidget* parent = nullptr);
  // View ▸ Compare runs and the sidebar's Compare action.
  static QKeySequence openShortcut();

  // The runs offered for ticking (the sidebar's recent runs); ticked ones stay ticked.
  void setCandidates(const QStringList& runDirs);
  // Ticks exactly `runDirs` (adding those not offered yet) and shows them.
  void compare(const QStringList& runDirs);
  void setAlignment(RunAlignment alignment);
  RunAlignment alignment() const;
  // The runs shown, in the order of the list (their colours follow it).
  const QVector<ComparedRun>& runs() const { return runs_; }

  QListWidget* runList() const { return runList_; }
  QComboBox* alignmentBox() const { return alignment_; }
  CompareCurves* curves() const { return curves_; }
  SampleComparison* samples() const { return samples_; }

 private:
  QListWidgetItem* addCandidate(const QString& runDir);
  void addRunFolder();
  // Reads the ticked runs again (a run still training has grown) and redraws.
  void reload();
  void refresh();
  // Reads again the ticked runs whose metrics.jsonl or samples folder changed since they were read.
  void followGrowingRuns();
  // What tells that a run has grown: the sizes and times of its metrics.jsonl and samples folder.
  static QString growthStamp(const QString& runDir);

  QListWidget* runList_ = nullptr;
  QComboBox* alignment_ = nullptr;
  CompareCurves* curves_ = nullptr;
  SampleComparison* samples_ = nullptr;
  QVector<ComparedRun> runs_;
  QHash<QString, bridge::RunHistory> loaded_;  // by run folder; read again when it grows, or on Reload
  QHash<QString, QString> stamps_;             // by run folder: its growthStamp() when it was read
};

}  // namespace widgets
}  // namespace fewshot
