// Keys and help in the studio window: Space pauses only when no button, field or list has the focus
// (there it clicks or types), Ctrl+E goes to Export even from inside a text field, F5 / Shift+F5 start
// and stop and follow the buttons' enabled state, Help lists every menu shortcut and finds the user guide.
#include <QtTest>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>

#include "gui_test_support.h"
#include "widgets/train/train_options_panel.h"
#include "widgets/train/train_tab.h"
#include "widgets/train/train_views.h"
#include "widgets/window/main_window.h"
#include "widgets/window/shortcuts_dialog.h"
#include "widgets/window/user_guide.h"

using fewshot::widgets::MainWindow;

namespace {

QAction* action(MainWindow& window, const char* name) {
  auto* a = window.findChild<QAction*>(QString::fromLatin1(name));
  if (!a) qFatal("no action %s", name);
  return a;
}

template <typename T>
T* visibleChild(QWidget* parent) {
  for (T* w : parent->findChildren<T*>())
    if (w->isVisible() && w->isEnabled()) return w;
  return nullptr;
}

// Counts the ShortcutOverride events of Ctrl+E that reach the watched widget: a field that gets one
// claims the key for itself where the platform binds Ctrl+E to "end of line" (X11, not offscreen).
class OverrideRecorder : public QObject {
 public:
  int ctrlE = 0;
  bool eventFilter(QObject*, QEvent* event) override {
    if (event->type() == QEvent::ShortcutOverride) {
      auto* key = static_cast<QKeyEvent*>(event);
      if (key->key() == Qt::Key_E && key->modifiers() == Qt::ControlModifier) ++ctrlE;
    }
    return false;
  }
};

// The action's own slot is cut off, so pressing its key only records that it fired.
void detach(QAction* a, QObject* receiver) { QObject::disconnect(a, &QAction::triggered, receiver, nullptr); }

}  // namespace

class TestKeysAndHelp : public QObject {
  Q_OBJECT
  QString root_;
  MainWindow* window_ = nullptr;

 private Q_SLOTS:
  void initTestCase() {
    root_ = fewshot::testing::guiScratchDir("keys_and_help");
    fewshot::testing::useScratchSettings(root_ + "/settings", "test_keys_and_help");
    window_ = new MainWindow;
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_));
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_));
  }

  void cleanupTestCase() { delete window_; }

  void spaceStaysWithFocusedButtonsAndFields() {
    window_->tabs()->setCurrentIndex(MainWindow::TrainPage);
    QAction* pause = action(*window_, "pauseAction");
    detach(pause, window_->trainTab());
    pause->setEnabled(true);
    QSignalSpy fired(pause, &QAction::triggered);
    // A focused check box toggles; training is not paused.
    window_->trainTab()->options()->setAdvancedVisible(true);
    auto* box = visibleChild<QCheckBox>(window_->trainTab()->options());
    QVERIFY(box);
    box->setFocus();
    QVERIFY(box->hasFocus());
    const bool before = box->isChecked();
    QTest::keyClick(box, Qt::Key_Space);
    QCOMPARE(fired.count(), 0);
    QCOMPARE(box->isChecked(), !before);
    // A focused text field types the space.
    auto* field = visibleChild<QLineEdit>(window_->trainTab()->options());
    QVERIFY(field);
    field->setFocus();
    const QString text = field->text();
    field->end(false);
    QTest::keyClick(field, Qt::Key_Space);
    QCOMPARE(fired.count(), 0);
    QCOMPARE(field->text(), text + " ");
    field->setText(text);
    // The plot (no use for Space) lets the shortcut pause (enabled again: editing the dataset field above
    // made the actions follow the buttons, and nothing trains).
    pause->setEnabled(true);
    QWidget* plot = window_->trainTab()->views();
    plot->setFocusPolicy(Qt::StrongFocus);
    plot->setFocus();
    QTest::keyClick(plot, Qt::Key_Space);
    QCOMPARE(fired.count(), 1);
  }

  void ctrlEWorksInsideTextFields() {
    window_->tabs()->setCurrentIndex(MainWindow::TrainPage);
    auto* field = visibleChild<QLineEdit>(window_->trainTab()->options());
    QVERIFY(field);
    field->setFocus();
    QVERIFY(field->hasFocus());
    OverrideRecorder recorder;
    field->installEventFilter(&recorder);
    const auto endOfLine = QKeySequence::keyBindings(QKeySequence::MoveToEndOfLine);
    qInfo("end of line here: %s", qPrintable(QKeySequence::listToString(endOfLine)));
    QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
    field->removeEventFilter(&recorder);
    QCOMPARE(window_->tabs()->currentIndex(), int(MainWindow::ExportPage));
    QCOMPARE(recorder.ctrlE, 0);  // never offered to the field, whatever the platform's key bindings
  }

  void startAndStopKeysFollowTheButtons() {
    QAction* start = action(*window_, "startAction");
    QAction* stop = action(*window_, "stopAction");
    QCOMPARE(start->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(stop->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F5));
    const auto controls = window_->trainTab()->controls();
    QCOMPARE(start->isEnabled(), controls.start);
    QVERIFY(!stop->isEnabled());  // nothing trains
    QVERIFY(!action(*window_, "checkpointAction")->isEnabled());
    detach(start, window_->trainTab());
    QSignalSpy started(start, &QAction::triggered), stopped(stop, &QAction::triggered);
    start->setEnabled(true);
    window_->tabs()->setCurrentIndex(MainWindow::ExplorePage);  // works from any page
    QTest::keyClick(window_->tabs()->currentWidget(), Qt::Key_F5);
    QCOMPARE(started.count(), 1);
    QTest::keyClick(window_->tabs()->currentWidget(), Qt::Key_F5, Qt::ShiftModifier);
    QCOMPARE(stopped.count(), 0);  // disabled while nothing trains
  }

  void shortcutListShowsEveryMenuKey() {
    fewshot::widgets::ShortcutsDialog dialog(window_->menuBar());
    QStringList keys;
    for (int r = 0; r < dialog.table()->rowCount(); ++r) keys << dialog.table()->item(r, 0)->text();
    for (const QAction* a : window_->findChildren<QAction*>())
      if (!a->shortcut().isEmpty() && !a->menu() && a->parent() != nullptr && a->isVisible() &&
          !a->associatedObjects().isEmpty())
        QVERIFY2(keys.contains(a->shortcut().toString(QKeySequence::NativeText)), qPrintable(a->text()));
    for (const char* key : {"F5", "Shift+F5", "Space", "Ctrl+E", "Ctrl+Return", "F1"})
      QVERIFY2(keys.contains(QString::fromLatin1(key)), key);
    // Help ▸ Keyboard shortcuts opens it.
    action(*window_, "shortcutsAction")->trigger();
    QTRY_VERIFY(window_->findChild<fewshot::widgets::ShortcutsDialog*>() != nullptr);
    window_->findChild<fewshot::widgets::ShortcutsDialog*>()->close();
  }

  void userGuideIsFound() {
    const QString english = fewshot::widgets::userGuidePath("en");
    QVERIFY2(english.endsWith("/user-guide.md"), qPrintable(english));
    QVERIFY(QFileInfo(english).size() > 1000);
    QVERIFY(fewshot::widgets::userGuidePath("ko").endsWith("/user-guide.ko.md"));
    QVERIFY(fewshot::widgets::userGuidePath("fr").endsWith("/user-guide.md"));
    QVERIFY(action(*window_, "userGuideAction")->shortcut() == QKeySequence(Qt::Key_F1));
  }
};

QTEST_MAIN(TestKeysAndHelp)
#include "test_keys_and_help.moc"
