#include "widgets/dataset/thumbnail_delegate.h"

#include <QPainter>

#include "widgets/dataset/dataset_file_model.h"

namespace fewshot {
namespace widgets {

void ThumbnailDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
  QStyledItemDelegate::paint(painter, option, index);
  const int status = index.data(DatasetFileModel::StatusRole).toInt();
  if (status != DatasetFileModel::Skipped && status != DatasetFileModel::Warning) return;
  const QColor colour = status == DatasetFileModel::Skipped ? QColor(210, 40, 40) : QColor(230, 150, 0);
  painter->save();
  painter->setRenderHint(QPainter::Antialiasing);
  painter->setPen(QPen(colour, 2));
  painter->setBrush(Qt::NoBrush);
  painter->drawRoundedRect(QRectF(option.rect).adjusted(2, 2, -2, -2), 4, 4);
  // A corner badge, readable without colour vision: "x" skipped, "!" warning.
  const QRectF badge(option.rect.right() - 19, option.rect.top() + 3, 16, 16);
  painter->setPen(Qt::NoPen);
  painter->setBrush(colour);
  painter->drawEllipse(badge);
  painter->setPen(Qt::white);
  QFont font = painter->font();
  font.setBold(true);
  font.setPixelSize(11);
  painter->setFont(font);
  painter->drawText(badge, Qt::AlignCenter,
                    status == DatasetFileModel::Skipped ? QStringLiteral("x") : QStringLiteral("!"));
  painter->restore();
}

}  // namespace widgets
}  // namespace fewshot
