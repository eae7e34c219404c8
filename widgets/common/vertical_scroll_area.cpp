#include "widgets/common/vertical_scroll_area.h"

#include <QEvent>
#include <QScrollBar>

namespace fewshot {
namespace widgets {

VerticalScrollArea::VerticalScrollArea(QWidget* content, QWidget* parent) : QScrollArea(parent) {
  setWidget(content);
  setWidgetResizable(true);
  setFrameShape(QFrame::NoFrame);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  content->installEventFilter(this);
}

QSize VerticalScrollArea::minimumSizeHint() const {
  QSize hint = QScrollArea::minimumSizeHint();
  if (widget())
    hint.setWidth(widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width() + 2 * frameWidth());
  return hint;
}

bool VerticalScrollArea::eventFilter(QObject* watched, QEvent* event) {
  // Options shown or hidden inside change the content's minimum width: the column follows it.
  if (watched == widget() && event->type() == QEvent::LayoutRequest) updateGeometry();
  return QScrollArea::eventFilter(watched, event);
}

}  // namespace widgets
}  // namespace fewshot
