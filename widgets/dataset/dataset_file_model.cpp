#include "widgets/dataset/dataset_file_model.h"

#include <QPainter>

#include <algorithm>

#include "widgets/dataset/thumbnail_loader.h"

namespace fewshot {
namespace widgets {
namespace {

QPixmap drawPlaceholder(int side, const QColor& fill, bool cross) {
  QPixmap pixmap(side, side);
  pixmap.fill(Qt::transparent);
  QPainter p(&pixmap);
  p.setRenderHint(QPainter::Antialiasing);
  p.setPen(Qt::NoPen);
  p.setBrush(fill);
  p.drawRoundedRect(QRectF(2, 2, side - 4, side - 4), 6, 6);
  if (cross) {
    p.setPen(QPen(QColor(190, 40, 40), 3));
    const int m = side / 3;
    p.drawLine(m, m, side - m, side - m);
    p.drawLine(side - m, m, m, side - m);
  }
  return pixmap;
}

}  // namespace

DatasetFileModel::DatasetFileModel(int thumbnailSide, QObject* parent)
    : QAbstractListModel(parent),
      loader_(new ThumbnailLoader(thumbnailSide, this)),
      placeholder_(drawPlaceholder(thumbnailSide, QColor(128, 128, 128, 60), false)),
      broken_(drawPlaceholder(thumbnailSide, QColor(220, 80, 80, 50), true)) {
  connect(loader_, &ThumbnailLoader::thumbnailReady, this, &DatasetFileModel::onThumbnailReady);
}

void DatasetFileModel::setFiles(const QStringList& paths, const QStringList& names) {
  beginResetModel();
  loader_->reset();
  paths_ = paths;
  names_ = names;
  rowOfPath_.clear();
  for (int i = 0; i < paths_.size(); ++i) rowOfPath_.insert(paths_[i], i);
  status_.fill(Unchecked, paths_.size());
  reasons_ = QStringList();
  for (int i = 0; i < paths_.size(); ++i) reasons_ << QString();
  endResetModel();
}

void DatasetFileModel::clear() { setFiles({}, {}); }

void DatasetFileModel::setReport(const DatasetReportData& report) {
  status_.fill(report.error.isEmpty() ? Accepted : Unchecked, paths_.size());
  for (QString& reason : reasons_) reason.clear();
  for (const DatasetFileIssue& issue : report.issues) {
    const int row = rowOf(issue.file);
    if (row < 0) continue;
    status_[row] = issue.skipped ? Skipped : std::max(status_[row], static_cast<int>(Warning));
    reasons_[row] = reasons_[row].isEmpty() ? issue.reason : reasons_[row] + QStringLiteral("; ") + issue.reason;
  }
  if (!paths_.isEmpty()) Q_EMIT dataChanged(index(0), index(paths_.size() - 1));
}

void DatasetFileModel::clearReport() {
  status_.fill(Unchecked, paths_.size());
  for (QString& reason : reasons_) reason.clear();
  if (!paths_.isEmpty()) Q_EMIT dataChanged(index(0), index(paths_.size() - 1));
}

int DatasetFileModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : paths_.size(); }

QVariant DatasetFileModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= paths_.size()) return {};
  const int row = index.row();
  switch (role) {
    case Qt::DisplayRole: return names_.value(row);
    case Qt::DecorationRole: {
      // Views ask only for items they paint, so thumbnails are made for visible items only.
      const QPixmap thumbnail = loader_->thumbnail(row, paths_[row]);
      if (!thumbnail.isNull()) return thumbnail;
      return loader_->failed(row) || status_[row] == Skipped ? broken_ : placeholder_;
    }
    case Qt::ToolTipRole: {
      QString tip = names_.value(row);
      if (!reasons_[row].isEmpty()) tip += QStringLiteral("\n") + reasons_[row];
      else if (loader_->failed(row)) tip += QStringLiteral("\n") + loader_->failure(row);
      return tip;
    }
    case Qt::SizeHintRole: return QSize(loader_->side() + 20, loader_->side() + 26);  // no per-item layout work
    case PathRole: return paths_[row];
    case StatusRole: return status_[row];
    case ReasonRole: return reasons_[row];
    default: return {};
  }
}

void DatasetFileModel::onThumbnailReady(int row) {
  if (row < 0 || row >= paths_.size()) return;
  const QModelIndex i = index(row);
  Q_EMIT dataChanged(i, i, {Qt::DecorationRole, Qt::ToolTipRole});
}

}  // namespace widgets
}  // namespace fewshot
