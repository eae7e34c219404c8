#include "widgets/window/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fewshot {
namespace widgets {

namespace {

QString withoutMnemonic(QString text) {
  text.remove(QLatin1Char('&'));
  if (text.endsWith(QStringLiteral("…"))) text.chop(1);
  return text;
}

QString keyText(QKeyCombination key) { return QKeySequence(key).toString(QKeySequence::NativeText); }

void addRow(QTableWidget* table, const QString& where, const QString& what, const QString& keys) {
  const int row = table->rowCount();
  table->insertRow(row);
  table->setItem(row, 0, new QTableWidgetItem(keys));
  table->setItem(row, 1, new QTableWidgetItem(what));
  table->setItem(row, 2, new QTableWidgetItem(where));
}

}  // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Keyboard shortcuts"));
  setObjectName(QStringLiteral("shortcutsDialog"));
  table_ = new QTableWidget(0, 3);
  table_->setObjectName(QStringLiteral("shortcutTable"));
  table_->setHorizontalHeaderLabels({tr("Keys"), tr("Action"), tr("Where")});
  table_->verticalHeader()->hide();
  table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  for (QAction* menuAction : menus->actions()) {
    QMenu* menu = menuAction->menu();
    if (!menu) continue;
    for (QAction* a : menu->actions())
      if (!a->shortcut().isEmpty())
        addRow(table_, withoutMnemonic(menu->title()), withoutMnemonic(a->text()),
               a->shortcut().toString(QKeySequence::NativeText));
  }
  addRow(table_, tr("Export tab"), tr("Start the export"), keyText(Qt::CTRL | Qt::Key_Return));
  addRow(table_, tr("Export tab"), tr("Cancel the export"), keyText(Qt::Key_Escape));
  addRow(table_, tr("Explore tab"), tr("Previous / next seed"),
         keyText(Qt::Key_Left) + QStringLiteral(" / ") + keyText(Qt::Key_Right));
  addRow(table_, tr("Explore tab"), tr("Bookmark the seed shown"), keyText(Qt::CTRL | Qt::Key_D));
  addRow(table_, tr("Explore tab"), tr("Save the image shown"), keyText(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
  addRow(table_, tr("Explore tab (ConSinGAN)"), tr("Generate"), keyText(Qt::CTRL | Qt::Key_G));
  table_->resizeColumnsToContents();
  table_->horizontalHeader()->setStretchLastSection(true);

  auto* note = new QLabel(tr("Space pauses or resumes training unless a button, a field or a list has the focus "
                             "(there it clicks, types or selects as usual). Ctrl+E also works inside text fields."));
  note->setWordWrap(true);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(table_, 1);
  layout->addWidget(note);
  layout->addWidget(buttons);
  resize(580, 560);
}

}  // namespace widgets
}  // namespace fewshot
