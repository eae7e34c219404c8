#include "widgets/explore/latent_image_view.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace fewshot {
namespace widgets {

LatentImageView::LatentImageView(QWidget* parent) : QWidget(parent) {
  setMinimumSize(128, 128);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void LatentImageView::setImage(const QImage& image) {
  image_ = image;
  placeholder_.clear();
  update();
}

void LatentImageView::setPlaceholder(const QString& text) {
  placeholder_ = text;
  update();
}

void LatentImageView::setDraggable(bool draggable) {
  draggable_ = draggable;
  setCursor(draggable ? Qt::SizeHorCursor : Qt::ArrowCursor);
  setFocusPolicy(draggable ? Qt::StrongFocus : Qt::NoFocus);
}

void LatentImageView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), palette().color(QPalette::Dark));
  if (!placeholder_.isEmpty() || image_.isNull()) {
    painter.setPen(palette().color(QPalette::BrightText));
    painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
    return;
  }
  const QSize fitted = image_.size().scaled(size(), Qt::KeepAspectRatio);
  const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
  // Enlarging a 64 px sample smoothly blurs it; whole-pixel blocks show what the generator made.
  const bool enlarging = fitted.width() >= 2 * image_.width();
  painter.setRenderHint(QPainter::SmoothPixmapTransform, !enlarging);
  painter.drawImage(target, image_);
}

void LatentImageView::mousePressEvent(QMouseEvent* event) {
  if (!draggable_ || event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
  setFocus(Qt::MouseFocusReason);
  dragging_ = true;
  lastX_ = event->position().x();
}

void LatentImageView::mouseMoveEvent(QMouseEvent* event) {
  if (!dragging_) return QWidget::mouseMoveEvent(event);
  const double x = event->position().x();
  if (x != lastX_) Q_EMIT dragged(x - lastX_);
  lastX_ = x;
}

void LatentImageView::mouseReleaseEvent(QMouseEvent* event) {
  if (!dragging_) return QWidget::mouseReleaseEvent(event);
  dragging_ = false;
  Q_EMIT dragFinished();
}

void LatentImageView::keyPressEvent(QKeyEvent* event) {
  if (draggable_ && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
    Q_EMIT stepRequested(event->key() == Qt::Key_Left ? -1 : 1);
    return;
  }
  QWidget::keyPressEvent(event);
}

}  // namespace widgets
}  // namespace fewshot
