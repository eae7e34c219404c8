#include "widgets/explore/before_after_view.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace fewshot {
namespace widgets {

BeforeAfterView::BeforeAfterView(QWidget* parent)
    : QWidget(parent), beforeLabel_(tr("Before")), afterLabel_(tr("After")) {
  setMinimumSize(200, 150);
  setFocusPolicy(Qt::StrongFocus);
  setCursor(Qt::SplitHCursor);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void BeforeAfterView::setImages(const QImage& before, const QImage& after) {
  before_ = before;
  after_ = after.size() == before.size() || after.isNull()
               ? after
               : after.scaled(before.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
  update();
}

void BeforeAfterView::clear() { setImages({}, {}); }

void BeforeAfterView::setLabels(const QString& before, const QString& after) {
  beforeLabel_ = before;
  afterLabel_ = after;
  update();
}

void BeforeAfterView::setSplit(double split) {
  split = std::clamp(split, 0.0, 1.0);
  if (split == split_) return;
  split_ = split;
  update();
  Q_EMIT splitChanged(split_);
}

QRectF BeforeAfterView::imageRect() const {
  if (before_.isNull()) return {};
  const QSizeF area = QSizeF(size()) - QSizeF(8, 8);
  const double s = std::min(area.width() / before_.width(), area.height() / before_.height());
  const QSizeF shown = QSizeF(before_.size()) * s;
  return QRectF(QPointF((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown);
}

int BeforeAfterView::splitX() const {
  const QRectF r = imageRect();
  return r.isEmpty() ? -1 : static_cast<int>(std::lround(r.left() + split_ * r.width()));
}

QImage BeforeAfterView::rendered() const {
  if (before_.isNull()) return {};
  QImage out = before_.convertToFormat(QImage::Format_RGB32);
  if (after_.isNull()) return out;
  const int cut = static_cast<int>(std::lround(split_ * out.width()));
  QPainter painter(&out);
  painter.drawImage(QPoint(cut, 0), after_, QRect(cut, 0, out.width() - cut, out.height()));
  return out;
}

void BeforeAfterView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), palette().color(QPalette::Dark));
  if (before_.isNull()) {
    painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                     tr("The result appears here: before on the left, after on the right."));
    return;
  }
  const QRectF target = imageRect();
  const double lineX = target.left() + split_ * target.width();
  painter.setRenderHint(QPainter::SmoothPixmapTransform);
  painter.drawImage(target, before_);
  if (!after_.isNull()) {
    const double sx = after_.width() / target.width();
    const QRectF right(lineX, target.top(), target.right() - lineX, target.height());
    painter.drawImage(right, after_, QRectF((lineX - target.left()) * sx, 0, right.width() * sx, after_.height()));
  }
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(QPen(Qt::white, 2));
  painter.drawLine(QPointF(lineX, target.top()), QPointF(lineX, target.bottom()));
  painter.setBrush(Qt::white);
  painter.drawEllipse(QPointF(lineX, target.center().y()), 6, 6);
  const QFontMetrics fm(font());
  auto tag = [&](const QString& text, double x, bool leftSide) {
    const QRectF box(leftSide ? x + 6 : x - 6 - fm.horizontalAdvance(text) - 8, target.top() + 6,
                     fm.horizontalAdvance(text) + 8, fm.height() + 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 150));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter, text);
  };
  tag(beforeLabel_, target.left(), true);
  if (!after_.isNull()) tag(afterLabel_, target.right(), false);
}

void BeforeAfterView::splitAt(double x) {
  const QRectF r = imageRect();
  if (!r.isEmpty()) setSplit((x - r.left()) / r.width());
}

void BeforeAfterView::mousePressEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton) splitAt(event->position().x());
}

void BeforeAfterView::mouseMoveEvent(QMouseEvent* event) {
  if (event->buttons() & Qt::LeftButton) splitAt(event->position().x());
}

void BeforeAfterView::keyPressEvent(QKeyEvent* event) {
  if (event->key() == Qt::Key_Left)
    setSplit(split_ - 0.05);
  else if (event->key() == Qt::Key_Right)
    setSplit(split_ + 0.05);
  else
    QWidget::keyPressEvent(event);
}

}  // namespace widgets
}  // namespace fewshot
