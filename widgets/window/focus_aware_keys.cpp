#include "widgets/window/focus_aware_keys.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace fewshot {
namespace widgets {

FocusAwareKeys::FocusAwareKeys(QWidget* window, QList<QKeySequence> passThrough)
    : QObject(window), window_(window), passThrough_(std::move(passThrough)) {
  qApp->installEventFilter(this);
}

FocusAwareKeys::~FocusAwareKeys() {
  if (qApp) qApp->removeEventFilter(this);
}

bool FocusAwareKeys::usesSpace(const QWidget* focus) {
  return qobject_cast<const QAbstractButton*>(focus) || qobject_cast<const QLineEdit*>(focus) ||
         qobject_cast<const QAbstractSpinBox*>(focus) || qobject_cast<const QComboBox*>(focus) ||
         qobject_cast<const QTextEdit*>(focus) || qobject_cast<const QPlainTextEdit*>(focus) ||
         qobject_cast<const QAbstractItemView*>(focus) || qobject_cast<const QAbstractSlider*>(focus);
}

namespace {
bool isTextField(const QWidget* w) {
  return qobject_cast<const QLineEdit*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
         qobject_cast<const QTextEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w) ||
         (qobject_cast<const QComboBox*>(w) && static_cast<const QComboBox*>(w)->isEditable());
}
}  // namespace

bool FocusAwareKeys::eventFilter(QObject* watched, QEvent* event) {
  if (event->type() != QEvent::ShortcutOverride) return false;
  auto* widget = qobject_cast<QWidget*>(watched);
  if (!widget || widget->window() != window_) return false;
  auto* key = static_cast<QKeyEvent*>(event);
  if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier && usesSpace(widget)) {
    key->accept();  // the widget gets the key press; the Space shortcut does not fire
    return true;
  }
  const QKeySequence pressed(key->keyCombination());
  if (isTextField(widget) && passThrough_.contains(pressed)) {
    key->ignore();  // not offered to the field, so the window's shortcut fires
    return true;
  }
  return false;
}

}  // namespace widgets
}  // namespace fewshot
