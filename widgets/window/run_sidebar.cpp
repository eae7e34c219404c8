#include "widgets/window/run_sidebar.h"

#include <QFileInfo>
#include <QHeaderView>

namespace fewshot {
namespace widgets {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kIsRunRole = Qt::UserRole + 2;
}  // namespace

RunSidebar::RunSidebar(QWidget* parent) : QTreeWidget(parent) {
  setHeaderHidden(true);
  setRootIsDecorated(true);
  setSelectionMode(QAbstractItemView::ExtendedSelection);
  setContextMenuPolicy(Qt::ActionsContextMenu);
  // The column is exactly as wide as the sidebar: a tree's column otherwise keeps at least its default width, and
  // a sidebar narrowed below it scrolls sideways. Long names are elided in the middle (their ends tell runs
  // apart), the full path is in the tooltip.
  setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  header()->setStretchLastSection(false);
  header()->setSectionResizeMode(0, QHeaderView::Stretch);
  setTextElideMode(Qt::ElideMiddle);
  setToolTip(tr("Double-click to open; select several runs (Ctrl+click) to compare them"));
  connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
    const QString path = item->data(0, kPathRole).toString();
    if (!path.isEmpty()) Q_EMIT openRequested(path);
  });
}

void RunSidebar::showRecent(const QStringList& runs, const QStringList& datasets) {
  clear();
  const QList<QPair<QString, QStringList>> groups{{tr("Runs"), runs}, {tr("Datasets"), datasets}};
  for (int g = 0; g < groups.size(); ++g) {
    const auto& [title, paths] = groups[g];
    auto* group = new QTreeWidgetItem(this, {title});
    group->setFlags(Qt::ItemIsEnabled);
    for (const QString& path : paths) {
      auto* item = new QTreeWidgetItem(group, {QFileInfo(path).fileName()});
      item->setData(0, kPathRole, path);
      item->setData(0, kIsRunRole, g == 0);
      item->setToolTip(0, path);
      if (!QFileInfo::exists(path)) item->setDisabled(true);
    }
    group->setExpanded(true);
  }
}

QStringList RunSidebar::selectedRuns() const {
  QStringList runs;
  for (QTreeWidgetItemIterator it(const_cast<RunSidebar*>(this), QTreeWidgetItemIterator::Selected); *it; ++it)
    if ((*it)->data(0, kIsRunRole).toBool()) runs.append((*it)->data(0, kPathRole).toString());
  return runs;
}

void RunSidebar::selectRuns(const QStringList& runDirs) {
  clearSelection();
  for (QTreeWidgetItemIterator it(this); *it; ++it)
    if ((*it)->data(0, kIsRunRole).toBool() && runDirs.contains((*it)->data(0, kPathRole).toString()))
      (*it)->setSelected(true);
}

}  // namespace widgets
}  // namespace fewshot
