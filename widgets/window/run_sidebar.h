// The main window's sidebar: the recent runs and datasets. Double-click (or Enter) opens one; several
// runs can be selected (Ctrl / Shift + click) for the Compare action, which its context menu offers.
// It never scrolls sideways: long names are elided, the full path is in the tooltip.
#pragma once
#include <QStringList>
#include <QTreeWidget>

namespace fewshot {
namespace widgets {

class RunSidebar : public QTreeWidget {
  Q_OBJECT
 public:
  explicit RunSidebar(QWidget* parent = nullptr);

  void showRecent(const QStringList& runs, const QStringList& datasets);
  // The selected run folders, top to bottom (datasets and group headers are left out).
  QStringList selectedRuns() const;
  // Selects the entries of `runDirs` (and nothing else).
  void selectRuns(const QStringList& runDirs);

 Q_SIGNALS:
  void openRequested(const QString& path);
};

}  // namespace widgets
}  // namespace fewshot
