// The import report's per-file issues as a table model (status, file, reason). A model rather than
// QTableWidget items: a folder of 2 000 "too small" images must not build 6 000 items on the UI thread.
#pragma once
#include <QAbstractTableModel>
#include <QDir>

#include "widgets/dataset/dataset_images.h"

namespace fewshot {
namespace widgets {

class DatasetReportModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { StatusColumn = 0, FileColumn, ReasonColumn, ColumnCount };
  static constexpr int PathRole = Qt::UserRole + 1;

  using QAbstractTableModel::QAbstractTableModel;
  void setIssues(const QList<DatasetFileIssue>& issues, const QString& baseDir);

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  QList<DatasetFileIssue> issues_;
  QDir base_;
};

}  // namespace widgets
}  // namespace fewshot
