#include "widgets/explore/seed_grid_view.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace fewshot {
namespace widgets {

namespace {
constexpr int kGap = 6;
}  // namespace

SeedGridView::SeedGridView(QWidget* parent) : QWidget(parent) {
  setMinimumSize(160, 160);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  setCursor(Qt::PointingHandCursor);
}

void SeedGridView::setCells(const QList<QImage>& images, const QList<quint64>& seeds, int columns) {
  const int n = static_cast<int>(std::min(images.size(), seeds.size()));
  images_ = images.mid(0, n);
  seeds_ = seeds.mid(0, n);
  columns_ = std::max(1, columns);
  placeholder_.clear();
  update();
}

void SeedGridView::setPlaceholder(const QString& text) {
  placeholder_ = text;
  update();
}

int SeedGridView::rows() const { return (static_cast<int>(images_.size()) + columns_ - 1) / columns_; }

int SeedGridView::labelHeight() const { return fontMetrics().height() + 2; }

int SeedGridView::cellSide() const {
  const int r = std::max(1, rows());
  const int byWidth = (width() - (columns_ + 1) * kGap) / columns_;
  const int byHeight = (height() - (r + 1) * kGap) / r - labelHeight();
  return std::max(8, std::min(byWidth, byHeight));
}

QRect SeedGridView::cellRect(int index) const {
  if (index < 0 || index >= images_.size()) return {};
  const int side = cellSide();
  const int gridWidth = columns_ * side + (columns_ - 1) * kGap;
  const int gridHeight = rows() * (side + labelHeight()) + (rows() - 1) * kGap;
  const int left = std::max(0, (width() - gridWidth) / 2), top = std::max(0, (height() - gridHeight) / 2);
  const int row = index / columns_, column = index % columns_;
  const QRect square(left + column * (side + kGap), top + row * (side + labelHeight() + kGap), side, side);
  const QSize fitted = images_[index].size().scaled(square.size(), Qt::KeepAspectRatio);
  return {square.center() - QPoint(fitted.width() / 2, fitted.height() / 2), fitted};
}

int SeedGridView::cellAt(const QPoint& point) const {
  for (int i = 0; i < images_.size(); ++i)
    if (cellRect(i).contains(point)) return i;
  return -1;
}

void SeedGridView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), palette().color(QPalette::Dark));
  painter.setPen(palette().color(QPalette::BrightText));
  if (!placeholder_.isEmpty() || images_.isEmpty()) {
    painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
    return;
  }
  for (int i = 0; i < images_.size(); ++i) {
    const QRect target = cellRect(i);
    // Enlarging a 64 px sample smoothly blurs it; whole-pixel blocks show what the generator made.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, target.width() < 2 * images_[i].width());
    painter.drawImage(target, images_[i]);
    const QRect label(target.left(), target.bottom() + 1, target.width(), labelHeight());
    painter.drawText(label, Qt::AlignCenter, tr("seed %1").arg(seeds_[i]));
  }
}

void SeedGridView::mouseReleaseEvent(QMouseEvent* event) {
  const int index = cellAt(event->position().toPoint());
  if (event->button() != Qt::LeftButton || index < 0) return QWidget::mouseReleaseEvent(event);
  if (event->modifiers() & Qt::ControlModifier)
    Q_EMIT bookmarkRequested(seeds_[index]);
  else
    Q_EMIT seedClicked(seeds_[index]);
}

void SeedGridView::contextMenuEvent(QContextMenuEvent* event) {
  const int index = cellAt(event->pos());
  if (index < 0) return;
  const quint64 seed = seeds_[index];
  QMenu menu(this);
  menu.addAction(tr("Show seed %1").arg(seed), this, [this, seed] { Q_EMIT seedClicked(seed); });
  menu.addAction(tr("Bookmark seed %1").arg(seed), this, [this, seed] { Q_EMIT bookmarkRequested(seed); });
  menu.exec(event->globalPos());
}

}  // namespace widgets
}  // namespace fewshot
