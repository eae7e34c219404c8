// Paints a thumbnail grid item as the style does, then frames files the import report flags: red for
// skipped files, amber for files used with a warning, so bad files stand out while scrolling.
#pragma once
#include <QStyledItemDelegate>

namespace fewshot {
namespace widgets {

class ThumbnailDelegate : public QStyledItemDelegate {
  Q_OBJECT
 public:
  using QStyledItemDelegate::QStyledItemDelegate;
  void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace widgets
}  // namespace fewshot
