#include "widgets/train/sample_grid_view.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace fewshot {
namespace widgets {

namespace {

// A whole-number factor keeps every source pixel the same size on screen; below this share of the
// largest factor that fits, the space matters more and pixels may differ by one screen pixel.
constexpr double kWholeFactorShare = 0.8;

double displayScale(const QSize& image, const QSize& space) {
  if (image.isEmpty() || space.isEmpty()) return 1;
  const double fit = std::min(double(space.width()) / image.width(), double(space.height()) / image.height());
  if (fit < 1) return fit;
  const double whole = std::floor(fit);
  return whole >= kWholeFactorShare * fit ? whole : fit;
}

}  // namespace

SampleGridView::SampleGridView(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setFocusPolicy(Qt::ClickFocus);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  setToolTip(tr("Click a sample to enlarge it; click again or press Esc to return to the grid"));
}

void SampleGridView::setGrid(const QImage& grid, const SampleGridLayout& layout) {
  grid_ = grid;
  layout_ = layout;
  if (enlarged_ >= layout_.count || grid_.isNull()) setEnlargedIndex(-1);
  update();
}

void SampleGridView::setPlaceholder(const QString& text) {
  placeholder_ = text;
  update();
}

void SampleGridView::setEnlargedIndex(int index) {
  if (index >= layout_.count || layout_.isSingleCell()) index = -1;
  if (index == enlarged_) return;
  enlarged_ = index;
  hovered_ = -1;
  setCursor(Qt::ArrowCursor);
  update();
  Q_EMIT enlargedChanged(enlarged_);
}

QImage SampleGridView::shownImage() const {
  if (grid_.isNull() || enlarged_ < 0) return grid_;
  return grid_.copy(layout_.cellRect(enlarged_));
}

QRect SampleGridView::displayRect() const {
  const QSize image = enlarged_ >= 0 ? layout_.cell : grid_.size();
  if (grid_.isNull() || image.isEmpty()) return {};
  const double scale = displayScale(image, size());
  const QSize shown(qRound(image.width() * scale), qRound(image.height() * scale));
  return QRect(QPoint((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown);
}

bool SampleGridView::nearestNeighbourScaling() const {
  const QRect shown = displayRect();
  const QSize image = enlarged_ >= 0 ? layout_.cell : grid_.size();
  return !shown.isEmpty() && shown.width() >= image.width();
}

QRect SampleGridView::cellOnScreen(int index) const {
  const QRect shown = displayRect();
  const QRect cell = layout_.cellRect(index);
  if (shown.isEmpty() || cell.isEmpty() || enlarged_ >= 0) return {};
  const double sx = double(shown.width()) / grid_.width(), sy = double(shown.height()) / grid_.height();
  return QRect(shown.left() + qRound(cell.left() * sx), shown.top() + qRound(cell.top() * sy),
               qRound(cell.width() * sx), qRound(cell.height() * sy));
}

int SampleGridView::cellAt(const QPoint& pos) const {
  const QRect shown = displayRect();
  if (shown.isEmpty() || !shown.contains(pos) || layout_.isSingleCell()) return -1;
  const QPoint imagePos(static_cast<int>((pos.x() - shown.left()) * double(grid_.width()) / shown.width()),
                        static_cast<int>((pos.y() - shown.top()) * double(grid_.height()) / shown.height()));
  return layout_.indexAt(imagePos);
}

void SampleGridView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  if (grid_.isNull()) {
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
    return;
  }
  const QRect target = displayRect();
  painter.setRenderHint(QPainter::SmoothPixmapTransform, !nearestNeighbourScaling());
  if (enlarged_ >= 0)
    painter.drawImage(target, grid_, layout_.cellRect(enlarged_));
  else
    painter.drawImage(target, grid_);
  if (enlarged_ < 0 && hovered_ >= 0) {
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(cellOnScreen(hovered_).adjusted(-1, -1, 0, 0));
  }
}

void SampleGridView::mouseMoveEvent(QMouseEvent* event) {
  const int cell = enlarged_ >= 0 ? -1 : cellAt(event->pos());
  if (cell != hovered_) {
    hovered_ = cell;
    setCursor(cell >= 0 || enlarged_ >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    update();
  }
  QWidget::mouseMoveEvent(event);
}

void SampleGridView::leaveEvent(QEvent* event) {
  hovered_ = -1;
  update();
  QWidget::leaveEvent(event);
}

void SampleGridView::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || grid_.isNull()) return QWidget::mouseReleaseEvent(event);
  if (enlarged_ >= 0)
    setEnlargedIndex(-1);
  else
    setEnlargedIndex(cellAt(event->pos()));
}

void SampleGridView::keyPressEvent(QKeyEvent* event) {
  if (event->key() == Qt::Key_Escape && enlarged_ >= 0) {
    setEnlargedIndex(-1);
    return;
  }
  QWidget::keyPressEvent(event);
}

}  // namespace widgets
}  // namespace fewshot
