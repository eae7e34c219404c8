// Before / after comparison: the "before" image left of a vertical split line, the "after" image right
// of it, both scaled alike to fit. Drag anywhere (or use the arrow keys) to move the line.
#pragma once
#include <QImage>
#include <QString>
#include <QWidget>

namespace fewshot {
namespace widgets {

class BeforeAfterView : public QWidget {
  Q_OBJECT
 public:
  explicit BeforeAfterView(QWidget* parent = nullptr);

  // Both images are shown at the size of `before` (the after image is scaled to it when it differs).
  void setImages(const QImage& before, const QImage& after);
  void clear();
  QImage before() const { return before_; }
  QImage after() const { return after_; }
  void setLabels(const QString& before, const QString& after);
  double split() const { return split_; }  // 0 = all "after", 1 = all "before"
  void setSplit(double split);
  // The split position in widget coordinates (x of the line); -1 when nothing is shown.
  int splitX() const;
  // What is shown, at the images' pixel size: before left of the split, after right of it.
  QImage rendered() const;
  QSize sizeHint() const override { return {480, 360}; }

 Q_SIGNALS:
  void splitChanged(double split);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;

 private:
  QRectF imageRect() const;
  void splitAt(double x);

  QImage before_, after_;
  QString beforeLabel_, afterLabel_;
  double split_ = 0.5;
};

}  // namespace widgets
}  // namespace fewshot
