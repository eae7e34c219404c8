// Help ▸ Keyboard shortcuts: every menu action that has a key (read from the menus themselves, so the
// list cannot drift from them) and the keys that work only inside one page (Export, Explore).
#pragma once
#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace fewshot {
namespace widgets {

class ShortcutsDialog : public QDialog {
  Q_OBJECT
 public:
  ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);
  QTableWidget* table() const { return table_; }

 private:
  QTableWidget* table_;
};

}  // namespace widgets
}  // namespace fewshot
