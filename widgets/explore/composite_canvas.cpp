#include "widgets/explore/composite_canvas.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace fewshot {
namespace widgets {

namespace {

constexpr int kFollow = 128, kOn = 255, kOff = 0;

bool hasTransparency(const QImage& image) {
  if (!image.hasAlphaChannel()) return false;
  const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
  for (int y = 0; y < argb.height(); ++y) {
    const QRgb* row = reinterpret_cast<const QRgb*>(argb.constScanLine(y));
    for (int x = 0; x < argb.width(); ++x)
      if (qAlpha(row[x]) < 255) return true;
  }
  return false;
}

}  // namespace

CompositeCanvas::CompositeCanvas(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setMinimumSize(200, 150);
  setFocusPolicy(Qt::ClickFocus);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CompositeCanvas::setBackground(const QImage& background) {
  const bool sameSize = !background_.isNull() && background.size() == background_.size();
  background_ = background.convertToFormat(QImage::Format_RGB32);
  if (!sameSize) {
    strokes_ = QImage(background_.size(), QImage::Format_Grayscale8);
    strokes_.fill(kFollow);
    if (!object_.isNull()) setObject(object_);  // re-centred and re-scaled for the new size
  }
  updateLayers();
}

void CompositeCanvas::setObject(const QImage& object) {
  object_ = object.isNull() ? QImage() : object.convertToFormat(QImage::Format_ARGB32_Premultiplied);
  objectHasAlpha_ = hasTransparency(object);
  if (!object_.isNull() && !background_.isNull()) {
    const double fit =
        std::min(background_.width() / 3.0 / object_.width(), background_.height() / 3.0 / object_.height());
    objectScale_ = std::clamp(fit, 0.02, 50.0);
    const QSizeF size = QSizeF(object_.size()) * objectScale_;
    objectPos_ = QPointF((background_.width() - size.width()) / 2, (background_.height() - size.height()) / 2);
    Q_EMIT objectScaleChanged(objectScale_);
  }
  updateLayers();
}

void CompositeCanvas::setObjectPosition(const QPointF& topLeft) {
  objectPos_ = topLeft;
  updateLayers();
}

void CompositeCanvas::setObjectScale(double scale) {
  scale = std::clamp(scale, 0.02, 50.0);
  if (object_.isNull() || std::abs(scale - objectScale_) < 1e-9) return;
  const QPointF centre = objectRect().center();
  objectScale_ = scale;
  const QSizeF size = QSizeF(object_.size()) * objectScale_;
  objectPos_ = centre - QPointF(size.width() / 2, size.height() / 2);
  Q_EMIT objectScaleChanged(objectScale_);
  updateLayers();
}

QRectF CompositeCanvas::objectRect() const {
  if (object_.isNull()) return {};
  return QRectF(objectPos_, QSizeF(object_.size()) * objectScale_);
}

void CompositeCanvas::setTool(Tool tool) {
  tool_ = tool;
  setCursor(tool == Tool::Move ? Qt::OpenHandCursor : Qt::CrossCursor);
  update();
}

void CompositeCanvas::setBrushRadius(int radius) {
  brushRadius_ = std::max(1, radius);
  update();
}

void CompositeCanvas::setOverlayVisible(bool visible) {
  overlayVisible_ = visible;
  update();
}

void CompositeCanvas::paintStroke(const QPointF& from, const QPointF& to) { stroke(from, to, kOn); }
void CompositeCanvas::eraseStroke(const QPointF& from, const QPointF& to) { stroke(from, to, kOff); }

void CompositeCanvas::clearMask() {
  strokes_.fill(kOff);
  updateLayers();
}

void CompositeCanvas::resetMask() {
  strokes_.fill(kFollow);
  updateLayers();
}

QImage CompositeCanvas::composite() const { return composite_.convertToFormat(QImage::Format_RGB888); }
QImage CompositeCanvas::mask() const { return mask_; }

// Discs of the brush radius stamped along the segment, at most half a pixel apart.
void CompositeCanvas::stroke(const QPointF& from, const QPointF& to, int value) {
  if (strokes_.isNull()) return;
  const double length = std::hypot(to.x() - from.x(), to.y() - from.y());
  const int steps = std::max(1, static_cast<int>(std::ceil(length * 2)));
  const int r = brushRadius_;
  for (int s = 0; s <= steps; ++s) {
    const QPointF c = from + (to - from) * (static_cast<double>(s) / steps);
    const int cx = static_cast<int>(std::floor(c.x())), cy = static_cast<int>(std::floor(c.y()));
    for (int y = std::max(0, cy - r); y <= std::min(strokes_.height() - 1, cy + r); ++y) {
      uchar* row = strokes_.scanLine(y);
      for (int x = std::max(0, cx - r); x <= std::min(strokes_.width() - 1, cx + r); ++x)
        if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) row[x] = static_cast<uchar>(value);
    }
  }
  updateLayers();
}

void CompositeCanvas::updateLayers() {
  if (background_.isNull()) {
    composite_ = mask_ = overlay_ = QImage();
    update();
    return;
  }
  composite_ = background_.copy();
  QImage objectMask(background_.size(), QImage::Format_Grayscale8);
  objectMask.fill(0);
  if (!object_.isNull()) {
    QImage layer(background_.size(), QImage::Format_ARGB32_Premultiplied);
    layer.fill(Qt::transparent);
    {
      QPainter painter(&layer);
      painter.setRenderHint(QPainter::SmoothPixmapTransform);
      painter.drawImage(objectRect(), object_);
    }
    QPainter(&composite_).drawImage(0, 0, layer);
    if (objectHasAlpha_) {
      for (int y = 0; y < layer.height(); ++y) {
        const QRgb* in = reinterpret_cast<const QRgb*>(layer.constScanLine(y));
        uchar* out = objectMask.scanLine(y);
        for (int x = 0; x < layer.width(); ++x) out[x] = qAlpha(in[x]) > 0 ? 255 : 0;
      }
    } else {
      const QRect box = objectRect().toAlignedRect().intersected(objectMask.rect());
      for (int y = box.top(); y <= box.bottom(); ++y)
        std::fill_n(objectMask.scanLine(y) + box.left(), box.width(), uchar(255));
    }
  }
  mask_ = QImage(background_.size(), QImage::Format_Grayscale8);
  overlay_ = QImage(background_.size(), QImage::Format_ARGB32_Premultiplied);
  const QRgb red = qPremultiply(qRgba(230, 40, 40, 120));
  for (int y = 0; y < mask_.height(); ++y) {
    const uchar* s = strokes_.constScanLine(y);
    const uchar* o = objectMask.constScanLine(y);
    uchar* m = mask_.scanLine(y);
    QRgb* v = reinterpret_cast<QRgb*>(overlay_.scanLine(y));
    for (int x = 0; x < mask_.width(); ++x) {
      m[x] = s[x] == kFollow ? o[x] : s[x];
      v[x] = m[x] ? red : 0;
    }
  }
  update();
  Q_EMIT changed();
}

QRectF CompositeCanvas::imageRect() const {
  if (background_.isNull()) return {};
  const QSizeF area = QSizeF(size()) - QSizeF(8, 8);
  const double s = std::min(area.width() / background_.width(), area.height() / background_.height());
  const QSizeF shown = QSizeF(background_.size()) * s;
  return QRectF(QPointF((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown);
}

QPointF CompositeCanvas::widgetToImage(const QPointF& p) const {
  const QRectF r = imageRect();
  if (r.isEmpty()) return p;
  const double s = r.width() / background_.width();
  return (p - r.topLeft()) / s;
}

QPointF CompositeCanvas::imageToWidget(const QPointF& p) const {
  const QRectF r = imageRect();
  if (r.isEmpty()) return p;
  return r.topLeft() + p * (r.width() / background_.width());
}

void CompositeCanvas::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), palette().color(QPalette::Dark));
  if (background_.isNull()) {
    painter.drawText(rect(), Qt::AlignCenter, tr("No background image"));
    return;
  }
  const QRectF target = imageRect();
  painter.setRenderHint(QPainter::SmoothPixmapTransform);
  painter.drawImage(target, composite_);
  if (overlayVisible_) painter.drawImage(target, overlay_);
  const double s = target.width() / background_.width();
  if (!object_.isNull() && tool_ == Tool::Move) {
    painter.setPen(QPen(QColor(255, 255, 255, 200), 1, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(imageToWidget(objectPos_), objectRect().size() * s));
  }
  if (tool_ != Tool::Move && hover_.x() >= 0) {
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(tool_ == Tool::Paint ? QColor(255, 80, 80) : QColor(255, 255, 255), 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(hover_, (brushRadius_ + 0.5) * s, (brushRadius_ + 0.5) * s);
  }
}

void CompositeCanvas::mousePressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || background_.isNull()) return;
  const QPointF p = widgetToImage(event->position());
  lastImagePos_ = p;
  if (tool_ == Tool::Move) {
    dragging_ = objectRect().contains(p);
    if (dragging_) setCursor(Qt::ClosedHandCursor);
  } else {
    dragging_ = true;
    stroke(p, p, tool_ == Tool::Paint ? kOn : kOff);
  }
}

void CompositeCanvas::mouseMoveEvent(QMouseEvent* event) {
  hover_ = event->position();
  const QPointF p = widgetToImage(event->position());
  if (dragging_ && (event->buttons() & Qt::LeftButton)) {
    if (tool_ == Tool::Move)
      setObjectPosition(objectPos_ + (p - lastImagePos_));
    else
      stroke(lastImagePos_, p, tool_ == Tool::Paint ? kOn : kOff);
    lastImagePos_ = p;
  }
  update();
}

void CompositeCanvas::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return;
  dragging_ = false;
  if (tool_ == Tool::Move) setCursor(Qt::OpenHandCursor);
}

void CompositeCanvas::wheelEvent(QWheelEvent* event) {
  if (object_.isNull()) return;
  setObjectScale(objectScale_ * std::pow(1.1, event->angleDelta().y() / 120.0));
  event->accept();
}

void CompositeCanvas::leaveEvent(QEvent*) {
  hover_ = QPointF(-1, -1);
  update();
}

}  // namespace widgets
}  // namespace fewshot
