#include "widgets/explore/mask_tools_box.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>

#include <cmath>

#include "widgets/explore/composite_canvas.h"

namespace fewshot {
namespace widgets {

namespace {

QToolButton* toolButton(const QString& text, const QString& tip) {
  auto* b = new QToolButton;
  b->setText(text);
  b->setToolTip(tip);
  b->setCheckable(true);
  b->setToolButtonStyle(Qt::ToolButtonTextOnly);
  b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  return b;
}

}  // namespace

MaskToolsBox::MaskToolsBox(CompositeCanvas* canvas, QWidget* parent)
    : QGroupBox(tr("Object and mask"), parent), canvas_(canvas) {
  auto* form = new QFormLayout(this);
  move_ = toolButton(tr("Move"), tr("Drag the object; the mouse wheel scales it"));
  paint_ = toolButton(tr("Paint"), tr("Add to the mask (also outside the object, to mark a region to edit)"));
  erase_ = toolButton(tr("Erase"), tr("Remove from the mask"));
  auto* group = new QButtonGroup(this);
  group->setExclusive(true);
  auto* tools = new QHBoxLayout;
  for (QToolButton* b : {move_, paint_, erase_}) {
    group->addButton(b);
    tools->addWidget(b);
  }
  move_->setChecked(true);
  form->addRow(tools);
  brush_ = new QSpinBox;
  brush_->setRange(1, 100);
  brush_->setValue(canvas_->brushRadius());
  brush_->setSuffix(tr(" px"));
  brush_->setToolTip(tr("Brush radius in pixels of the background image"));
  form->addRow(tr("Brush radius"), brush_);
  scale_ = new QSlider(Qt::Horizontal);
  scale_->setRange(2, 500);
  scale_->setValue(100);
  scale_->setToolTip(tr("Object scale in percent (or the mouse wheel over the canvas)"));
  form->addRow(tr("Object scale"), scale_);
  showMask_ = new QCheckBox(tr("Show the mask (red)"));
  showMask_->setChecked(true);
  form->addRow(showMask_);
  auto* clear = new QPushButton(tr("Clear mask"));
  clear->setToolTip(tr("Nothing masked, the object included: paint the region to harmonize or edit"));
  auto* reset = new QPushButton(tr("Reset mask"));
  reset->setToolTip(tr("Back to the object's shape (its alpha channel, or its box), brush strokes forgotten"));
  auto* row = new QHBoxLayout;
  row->addWidget(clear);
  row->addWidget(reset);
  form->addRow(row);

  connect(move_, &QToolButton::toggled, this, [this](bool on) {
    if (on) canvas_->setTool(CompositeCanvas::Tool::Move);
  });
  connect(paint_, &QToolButton::toggled, this, [this](bool on) {
    if (on) canvas_->setTool(CompositeCanvas::Tool::Paint);
  });
  connect(erase_, &QToolButton::toggled, this, [this](bool on) {
    if (on) canvas_->setTool(CompositeCanvas::Tool::Erase);
  });
  connect(brush_, &QSpinBox::valueChanged, canvas_, &CompositeCanvas::setBrushRadius);
  connect(scale_, &QSlider::valueChanged, this, [this](int percent) { canvas_->setObjectScale(percent / 100.0); });
  connect(canvas_, &CompositeCanvas::objectScaleChanged, this, [this](double scale) {
    const QSignalBlocker block(scale_);
    scale_->setValue(static_cast<int>(std::lround(scale * 100)));
  });
  connect(showMask_, &QCheckBox::toggled, canvas_, &CompositeCanvas::setOverlayVisible);
  connect(clear, &QPushButton::clicked, canvas_, &CompositeCanvas::clearMask);
  connect(reset, &QPushButton::clicked, canvas_, &CompositeCanvas::resetMask);
}

void MaskToolsBox::chooseMove() { move_->setChecked(true); }

}  // namespace widgets
}  // namespace fewshot
