// Where each sample lies in a sample grid PNG: the trainer writes `count` samples in ceil(sqrt(count))
// columns with a 2 px border around every cell (core/io/image_grid.h), so the cells follow from the
// image size and the run's sample count. A grid that does not divide that way is one cell.
#pragma once
#include <QPoint>
#include <QRect>
#include <QSize>

namespace fewshot {
namespace widgets {

struct SampleGridLayout {
  int columns = 1;
  int rows = 1;
  int count = 1;
  int padding = 0;
  QSize cell;

  static SampleGridLayout of(const QSize& image, int sampleCount, int padding = 2);

  bool isSingleCell() const { return count <= 1; }
  // The rectangle of sample `index` in image pixels (empty when out of range).
  QRect cellRect(int index) const;
  // The sample under `imagePos` (image pixels); -1 on a border or past the last sample.
  int indexAt(const QPoint& imagePos) const;
};

}  // namespace widgets
}  // namespace fewshot
