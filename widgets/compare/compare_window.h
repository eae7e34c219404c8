// Compare runs (View ▸ Compare runs, or the sidebar's selected runs): a window beside the main one with
// the runs to tick (the recent runs, and any run folder added), how to align them (by iteration or by
// images seen), their curves overlaid and their sample grids side by side at a chosen point.
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

  QListWidget* runList_ = nullptr;
  QComboBox* alignment_ = nullptr;
  CompareCurves* curves_ = nullptr;
  SampleComparison* samples_ = nullptr;
  QVector<ComparedRun> runs_;
  QHash<QString, bridge::RunHistory> loaded_;  // by run folder; read once until Reload
};

}  // namespace widgets
}  // namespace fewshot
