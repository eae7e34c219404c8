// A page of generated images, one per seed, in a grid with each cell's seed written under it. The cells
// fill the widget (aspect kept; whole-pixel blocks when enlarging small images). A click picks a cell's
// seed; Ctrl+click (or the context menu) bookmarks it.
#pragma once
#include <QImage>
#include <QList>
#include <QString>
#include <QWidget>

namespace fewshot {
namespace widgets {

class SeedGridView : public QWidget {
  Q_OBJECT
 public:
  explicit SeedGridView(QWidget* parent = nullptr);

  // `images[i]` shows seed `seeds[i]`, row by row in `columns` columns.
  void setCells(const QList<QImage>& images, const QList<quint64>& seeds, int columns);
  void setPlaceholder(const QString& text);  // instead of the cells (loading, errors)
  int cellCount() const { return images_.size(); }
  int columns() const { return columns_; }
  QList<quint64> seeds() const { return seeds_; }
  QImage cellImage(int index) const { return images_.value(index); }
  QRect cellRect(int index) const;        // the image's rectangle in widget coordinates
  int cellAt(const QPoint& point) const;  // -1 outside every cell
  QSize sizeHint() const override { return {512, 512}; }

 Q_SIGNALS:
  void seedClicked(quint64 seed);
  void bookmarkRequested(quint64 seed);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void contextMenuEvent(QContextMenuEvent* event) override;

 private:
  int rows() const;
  int cellSide() const;  // the square each image is fitted into
  int labelHeight() const;

  QList<QImage> images_;
  QList<quint64> seeds_;
  int columns_ = 1;
  QString placeholder_;
};

}  // namespace widgets
}  // namespace fewshot
