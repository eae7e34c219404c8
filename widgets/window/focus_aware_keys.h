// Keeps the window's single-key shortcuts out of the way of the widget being used, and its
// window-wide shortcuts working inside text fields. Qt asks the focused widget first (ShortcutOverride):
// - Space belongs to a focused button, check box, text field, list or slider (it clicks, types or
//   selects), so it pauses training only when nothing of the kind has the focus.
// - Keys in `passThrough` (Ctrl+E, Export) are claimed by text fields for their Emacs bindings on
//   Linux (Ctrl+E: end of line); they are kept from the field so that the window's shortcut fires.
#pragma once
#include <QKeySequence>
#include <QList>
#include <QObject>

class QWidget;

namespace fewshot {
namespace widgets {

class FocusAwareKeys : public QObject {
  Q_OBJECT
 public:
  // Filters the key events of `window`'s widgets (installed on the application; other windows are
  // left alone).
  FocusAwareKeys(QWidget* window, QList<QKeySequence> passThrough);
  ~FocusAwareKeys() override;

  // Whether `focus` uses Space itself.
  static bool usesSpace(const QWidget* focus);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  QWidget* window_;
  QList<QKeySequence> passThrough_;
};

}  // namespace widgets
}  // namespace fewshot
