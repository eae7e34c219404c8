// The mask painter's tools for a CompositeCanvas: Move / Paint / Erase, the brush radius, the object's
// scale (kept in step with the mouse wheel over the canvas), the red mask overlay, and clearing or
// resetting the mask. ConSinGAN's Harmonize / Edit panel shows it beside the canvas.
#pragma once
#include <QGroupBox>

class QCheckBox;
class QSlider;
class QSpinBox;
class QToolButton;

namespace fewshot {
namespace widgets {

class CompositeCanvas;

class MaskToolsBox : public QGroupBox {
  Q_OBJECT
 public:
  explicit MaskToolsBox(CompositeCanvas* canvas, QWidget* parent = nullptr);

  // Back to the Move tool (a newly added object is moved first, then masked).
  void chooseMove();
  QSpinBox* brushBox() const { return brush_; }
  QSlider* scaleSlider() const { return scale_; }

 private:
  CompositeCanvas* canvas_;
  QToolButton* move_ = nullptr;
  QToolButton* paint_ = nullptr;
  QToolButton* erase_ = nullptr;
  QSpinBox* brush_ = nullptr;
  QSlider* scale_ = nullptr;
  QCheckBox* showMask_ = nullptr;
};

}  // namespace widgets
}  // namespace fewshot
