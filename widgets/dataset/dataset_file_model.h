// The dataset's image files as a list model for the thumbnail grid: the file name, its thumbnail (made
// lazily by ThumbnailLoader, only when a view asks for a visible item) and, once the import report is in,
// whether the file is skipped or has a warning, with the reason as tooltip.
#pragma once
#include <QAbstractListModel>
#include <QHash>
#include <QPixmap>
#include <QStringList>

#include "widgets/dataset/dataset_images.h"

namespace fewshot {
namespace widgets {

class ThumbnailLoader;

class DatasetFileModel : public QAbstractListModel {
  Q_OBJECT
 public:
  enum Role { PathRole = Qt::UserRole + 1, StatusRole, ReasonRole };
  enum Status { Unchecked = 0, Accepted, Warning, Skipped };

  explicit DatasetFileModel(int thumbnailSide, QObject* parent = nullptr);

  void setFiles(const QStringList& paths, const QStringList& names);
  void clear();
  void setReport(const DatasetReportData& report);  // marks rows; rows not mentioned become Accepted
  void clearReport();                                // back to Unchecked (options changed, report pending)

  int rowOf(const QString& path) const { return rowOfPath_.value(path, -1); }
  QString pathAt(int row) const { return paths_.value(row); }
  ThumbnailLoader* loader() const { return loader_; }

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role) const override;

 private:
  void onThumbnailReady(int row);

  ThumbnailLoader* loader_;
  QPixmap placeholder_;
  QPixmap broken_;
  QStringList paths_;
  QStringList names_;
  QHash<QString, int> rowOfPath_;
  QVector<int> status_;
  QStringList reasons_;
};

}  // namespace widgets
}  // namespace fewshot
