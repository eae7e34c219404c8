#include "widgets/train/sample_grid_layout.h"

#include <cmath>

namespace fewshot {
namespace widgets {

SampleGridLayout SampleGridLayout::of(const QSize& image, int sampleCount, int padding) {
  SampleGridLayout single;
  single.cell = image;
  if (sampleCount <= 1 || image.isEmpty()) return single;
  SampleGridLayout g;
  g.count = sampleCount;
  g.padding = padding;
  g.columns = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(sampleCount))));
  g.rows = (sampleCount + g.columns - 1) / g.columns;
  const int w = image.width() - padding, h = image.height() - padding;
  if (w <= 0 || h <= 0 || w % g.columns != 0 || h % g.rows != 0) return single;
  g.cell = QSize(w / g.columns - padding, h / g.rows - padding);
  return g.cell.isEmpty() ? single : g;
}

QRect SampleGridLayout::cellRect(int index) const {
  if (index < 0 || index >= count) return {};
  const int column = index % columns, row = index / columns;
  return QRect(padding + column * (cell.width() + padding), padding + row * (cell.height() + padding), cell.width(),
               cell.height());
}

int SampleGridLayout::indexAt(const QPoint& imagePos) const {
  if (isSingleCell()) return QRect(QPoint(0, 0), cell).contains(imagePos) ? 0 : -1;
  const int strideX = cell.width() + padding, strideY = cell.height() + padding;
  const int x = imagePos.x() - padding, y = imagePos.y() - padding;
  if (x < 0 || y < 0) return -1;
  const int column = x / strideX, row = y / strideY;
  if (column >= columns || row >= rows || x % strideX >= cell.width() || y % strideY >= cell.height()) return -1;
  const int index = row * columns + column;
  return index < count ? index : -1;
}

}  // namespace widgets
}  // namespace fewshot
