// The Harmonize / Edit canvas: a background image, one pasted object (moved by dragging, scaled with
// the wheel or setObjectScale) and a mask layer shown as a red overlay. The mask starts from the
// object's alpha channel (its bounding box when it has none) and follows the object; brush strokes
// force pixels on (Paint) or off (Erase) anywhere on the background, so regions outside the object can
// be marked for editing. Everything is kept at the background's pixel size; the view scales to fit.
#pragma once
#include <QImage>
#include <QPointF>
#include <QWidget>

namespace fewshot {
namespace widgets {

class CompositeCanvas : public QWidget {
  Q_OBJECT
 public:
  enum class Tool { Move, Paint, Erase };
  Q_ENUM(Tool)

  explicit CompositeCanvas(QWidget* parent = nullptr);

  void setBackground(const QImage& background);  // keeps the object and the brush strokes when the size matches
  QImage background() const { return background_; }
  // Places `object` centred, scaled to fit a third of the background; an empty image removes it.
  void setObject(const QImage& object);
  bool hasObject() const { return !object_.isNull(); }
  QPointF objectPosition() const { return objectPos_; }  // top-left corner, background pixels
  void setObjectPosition(const QPointF& topLeft);
  double objectScale() const { return objectScale_; }
  void setObjectScale(double scale);
  QRectF objectRect() const;  // in background pixels

  Tool tool() const { return tool_; }
  void setTool(Tool tool);
  int brushRadius() const { return brushRadius_; }  // background pixels
  void setBrushRadius(int radius);
  void setOverlayVisible(bool visible);
  // Brush strokes in background pixels (what the mouse does in Paint / Erase).
  void paintStroke(const QPointF& from, const QPointF& to);
  void eraseStroke(const QPointF& from, const QPointF& to);
  void clearMask();  // nothing masked, the object's shape included (then paint what to edit)
  void resetMask();  // back to the object's shape, brush strokes forgotten

  // What the core gets, at the background's size: the naive composite (RGB) and the mask (Grayscale8,
  // 255 = pasted / edited, 0 = keep).
  QImage composite() const;
  QImage mask() const;

  QPointF widgetToImage(const QPointF& p) const;
  QPointF imageToWidget(const QPointF& p) const;
  QSize sizeHint() const override { return {480, 360}; }

 Q_SIGNALS:
  void changed();  // composite or mask
  void objectScaleChanged(double scale);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void leaveEvent(QEvent* event) override;

 private:
  QRectF imageRect() const;  // where the background is drawn in the widget
  void stroke(const QPointF& from, const QPointF& to, int value);
  void updateLayers();        // object layer, composite, mask and overlay after any change

  QImage background_;   // RGB32
  QImage object_;       // ARGB32_Premultiplied
  bool objectHasAlpha_ = false;
  QPointF objectPos_;
  double objectScale_ = 1;
  QImage strokes_;      // Grayscale8: 128 follow the object, 255 painted on, 0 erased
  QImage composite_;    // RGB32
  QImage mask_;         // Grayscale8
  QImage overlay_;      // ARGB32_Premultiplied, red where masked
  Tool tool_ = Tool::Move;
  int brushRadius_ = 6;
  bool overlayVisible_ = true;
  bool dragging_ = false;
  QPointF lastImagePos_;
  QPointF hover_{-1, -1};
};

}  // namespace widgets
}  // namespace fewshot
