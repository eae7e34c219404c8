// The live sample grid, drawn as large as its space allows: small samples are enlarged by nearest
// neighbour (whole-number factors where that still fills most of the space), so a 32 px sample stays a
// crisp 32 × 32 blocks instead of a blur; larger grids are scaled down smoothly. Clicking a sample
// enlarges it alone (it stays the same sample while new grids arrive and while scrubbing); a click or
// Esc returns to the grid.
#pragma once
#include <QImage>
#include <QWidget>

#include "widgets/train/sample_grid_layout.h"

namespace fewshot {
namespace widgets {

class SampleGridView : public QWidget {
  Q_OBJECT
 public:
  explicit SampleGridView(QWidget* parent = nullptr);

  // A null image shows the placeholder text.
  void setGrid(const QImage& grid, const SampleGridLayout& layout);
  void setPlaceholder(const QString& text);
  QString placeholder() const { return placeholder_; }

  // The sample shown alone, -1 while the whole grid shows.
  int enlargedIndex() const { return enlarged_; }
  void setEnlargedIndex(int index);
  // What is drawn, before scaling: the grid, or the one sample enlarged.
  QImage shownImage() const;
  // Where it is drawn in this widget, and whether it was enlarged by nearest neighbour.
  QRect displayRect() const;
  bool nearestNeighbourScaling() const;
  // The on-screen rectangle of sample `index` of the grid (while the grid shows).
  QRect cellOnScreen(int index) const;

  QSize sizeHint() const override { return {420, 420}; }
  QSize minimumSizeHint() const override { return {120, 120}; }

 Q_SIGNALS:
  void enlargedChanged(int index);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void leaveEvent(QEvent* event) override;

 private:
  int cellAt(const QPoint& pos) const;

  QImage grid_;
  SampleGridLayout layout_;
  QString placeholder_;
  int enlarged_ = -1;
  int hovered_ = -1;
};

}  // namespace widgets
}  // namespace fewshot
