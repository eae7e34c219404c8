#include "widgets/dataset/dataset_report_model.h"

#include <QColor>

namespace fewshot {
namespace widgets {

void DatasetReportModel::setIssues(const QList<DatasetFileIssue>& issues, const QString& baseDir) {
  beginResetModel();
  issues_ = issues;
  base_ = QDir(baseDir);
  endResetModel();
}

int DatasetReportModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : issues_.size(); }
int DatasetReportModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DatasetReportModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= issues_.size()) return {};
  const DatasetFileIssue& issue = issues_[index.row()];
  if (role == PathRole) return issue.file;
  if (role == Qt::ForegroundRole && index.column() == StatusColumn)
    return issue.skipped ? QColor(190, 30, 30) : QColor(170, 110, 0);
  if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
  switch (index.column()) {
    case StatusColumn: return issue.skipped ? tr("Skipped") : tr("Warning");
    case FileColumn:
      return role == Qt::ToolTipRole ? issue.file : QDir::fromNativeSeparators(base_.relativeFilePath(issue.file));
    case ReasonColumn: return issue.reason;
    default: return {};
  }
}

QVariant DatasetReportModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case StatusColumn: return tr("Status");
    case FileColumn: return tr("File");
    case ReasonColumn: return tr("Reason");
    default: return {};
  }
}

}  // namespace widgets
}  // namespace fewshot
