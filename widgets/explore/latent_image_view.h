// A generated image shown as large as the widget allows (aspect kept). Optionally draggable:
// horizontal drags are reported in pixels (the explorer moves along the seed line with them), and
// Left/Right keys ask for a step.
#pragma once
#include <QImage>
#include <QString>
#include <QWidget>

namespace fewshot {
namespace widgets {

class LatentImageView : public QWidget {
  Q_OBJECT
 public:
  explicit LatentImageView(QWidget* parent = nullptr);

  void setImage(const QImage& image);
  QImage image() const { return image_; }
  // Shown instead of an image (e.g. "no checkpoint yet"); an empty text shows the image again.
  void setPlaceholder(const QString& text);
  void setDraggable(bool draggable);
  QSize sizeHint() const override { return {512, 512}; }

 Q_SIGNALS:
  void dragged(double dxPixels);
  void dragFinished();
  void stepRequested(int direction);  // -1 (Left) or +1 (Right)

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;

 private:
  QImage image_;
  QString placeholder_;
  bool draggable_ = false;
  bool dragging_ = false;
  double lastX_ = 0;
};

}  // namespace widgets
}  // namespace fewshot
