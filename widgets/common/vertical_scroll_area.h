// A scroll area for a column of settings: it scrolls up and down only. Its minimum width follows the
// minimum width of what it holds (plus the vertical scroll bar), so a splitter or layout cannot squeeze
// the column until fields are cut off at the right; it grows when wider options appear.
#pragma once
#include <QScrollArea>

namespace fewshot {
namespace widgets {

class VerticalScrollArea : public QScrollArea {
  Q_OBJECT
 public:
  explicit VerticalScrollArea(QWidget* content, QWidget* parent = nullptr);
  QSize minimumSizeHint() const override;

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
};

}  // namespace widgets
}  // namespace fewshot
