// Guard-rails of the Train tab: Start is disabled (with the reason as its tooltip) until a dataset and
// a run folder are set; settings that cannot start say so in the studio's words next to the buttons,
// with the field to fix framed and focused, and the bridge is never started with them; a dataset with
// fewer images than one batch asks before starting; and a shown run's curves, grids and Resume are
// dropped when the dataset or the model changes.
#include <QtTest>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

#include "bridge/training_bridge.h"
#include "gui_test_support.h"
#include "widgets/train/sample_timelapse.h"
#include "widgets/train/series_plot.h"
#include "widgets/train/train_options_panel.h"
#include "widgets/train/train_tab.h"

using fewshot::bridge::TrainingBridge;
using fewshot::widgets::TrainTab;
using State = TrainingBridge::State;

namespace {

QPushButton* button(TrainTab& tab, const QString& text) {
  for (QPushButton* b : tab.findChildren<QPushButton*>())
    if (b->text() == text) return b;
  qFatal("no button %s", qPrintable(text));
}

// Answers the next modal question named `name` with the button labelled `answer`.
void answer(const QString& name, const QString& answer, bool* asked) {
  QTimer::singleShot(0, [name, answer, asked] {
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    if (!box || box->objectName() != name) return;
    *asked = true;
    for (QAbstractButton* b : box->buttons())
      if (b->text().remove(QLatin1Char('&')) == answer) b->click();
  });
}

}  // namespace

class TestStartGuard : public QObject {
  Q_OBJECT
  QString root_, data_, tiny_, runDir_;

 private Q_SLOTS:
  void initTestCase() {
    root_ = fewshot::testing::guiScratchDir("start_guard");
    data_ = fewshot::testing::writeDiscFolder(root_ + "/discs");
    tiny_ = fewshot::testing::writeDiscFolder(root_ + "/three", 3);
    runDir_ = root_ + "/run";
    // A finished tiny run with curves and sample grids to show.
    fewshot::testing::trainToEnd(fewshot::testing::quickConfig(data_, runDir_, 4));
  }

  void startWaitsForDatasetAndRunFolder() {
    TrainTab tab;
    QPushButton* start = button(tab, "Start");
    QVERIFY(tab.options()->dataPath().isEmpty());
    QVERIFY(!start->isEnabled());
    QVERIFY2(start->toolTip().contains("dataset"), qPrintable(start->toolTip()));
    QVERIFY(!tab.controls().start);
    auto saysWhy = [&tab](const QString& text) {
      for (QLabel* label : tab.findChildren<QLabel*>())
        if (label->text().contains(text)) return true;
      return false;
    };
    QVERIFY(saysWhy("Choose a dataset first"));  // not only in a tooltip
    tab.setDataPath(data_);
    QVERIFY(!saysWhy("Choose a dataset first"));
    QVERIFY(!tab.options()->runDirectory().isEmpty());  // proposed
    QVERIFY(start->isEnabled());
    tab.options()->setRunDirectory(QString());
    QVERIFY(!start->isEnabled());
    QVERIFY2(start->toolTip().contains("run folder"), qPrintable(start->toolTip()));
  }

  void problemsInTheStudiosWordsWithTheField() {
    TrainTab tab;
    tab.resize(1200, 800);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QSignalSpy failed(tab.bridge(), &TrainingBridge::failed), states(tab.bridge(), &TrainingBridge::stateChanged);
    auto* problem = tab.findChild<QLabel*>("startProblem");
    QVERIFY(problem && !problem->isVisible());
    // A dataset that does not exist.
    tab.options()->setDataPath(root_ + "/missing");
    tab.options()->setRunDirectory(root_ + "/new-run");
    tab.startTraining();
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains("does not exist"), qPrintable(problem->text()));
    QVERIFY(!problem->text().contains("--"));
    QWidget* dataField = tab.options()->fieldFor("data");
    QVERIFY(dataField->property("invalid").toBool());
    QVERIFY(dataField->hasFocus());
    // Editing the field clears the frame and the message.
    tab.options()->setDataPath(data_);
    QVERIFY(!dataField->property("invalid").toBool());
    QVERIFY(!problem->isVisible());
    // A run folder that is a file.
    QFile file(root_ + "/a-file");
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    tab.options()->setRunDirectory(root_ + "/a-file");
    tab.startTraining();
    QVERIFY2(problem->text().contains("is a file"), qPrintable(problem->text()));
    QVERIFY(tab.options()->fieldFor("run_dir")->property("invalid").toBool());
    QCOMPARE(failed.count(), 0);
    QCOMPARE(states.count(), 0);  // the bridge never started
    QCOMPARE(tab.bridge()->state(), State::Idle);
  }

  void tinyDatasetAsksFirst() {
    TrainTab tab;
    QVariantMap config = fewshot::testing::tinyConfig(tiny_, root_ + "/tiny-run", 2);
    config["batch_size"] = 4;  // 3 images: fewer than one batch
    config["reconstruction_loss"] = "pixel-l1";
    tab.options()->setConfig(config);
    bool asked = false;
    answer("smallDatasetQuestion", "Cancel", &asked);
    tab.startTraining();
    QVERIFY(asked);
    QCOMPARE(tab.bridge()->state(), State::Idle);
    QSignalSpy finished(tab.bridge(), &TrainingBridge::finished), failed(tab.bridge(), &TrainingBridge::failed);
    asked = false;
    answer("smallDatasetQuestion", "Start anyway", &asked);
    tab.startTraining();
    QVERIFY(asked);
    QVERIFY(tab.bridge()->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, 600000);
    // A dataset of a full batch starts without a question.
    tab.setDataPath(data_);
    asked = false;
    answer("smallDatasetQuestion", "Cancel", &asked);
    tab.startTraining();
    QVERIFY(!asked);
    QTRY_VERIFY_WITH_TIMEOUT(!tab.bridge()->isActive(), 600000);
  }

  void customWhenSettingsDifferFromEveryPreset() {
    TrainTab tab;
    QComboBox* presets = tab.options()->presetBox();
    const int presetCount = presets->count();
    QCOMPARE(presets->currentData().toString(), QString("demo"));
    auto* batch = qobject_cast<QSpinBox*>(tab.options()->fieldFor("batch_size"));
    QVERIFY(batch);
    batch->setValue(batch->value() + 3);
    Q_EMIT batch->editingFinished();
    QCOMPARE(presets->currentData().toString(), QString("custom"));
    QCOMPARE(presets->currentText(), QString("Custom"));
    QCOMPARE(presets->count(), presetCount + 1);
    // Picking a preset applies it; "Custom" goes away.
    presets->setCurrentIndex(presets->findData("demo"));
    QCOMPARE(presets->count(), presetCount);
    QCOMPARE(batch->value(), fewshot::bridge::TrainingBridge::presetConfig("demo").value("batch_size").toInt());
    // Another preset's values show that preset.
    const int other = presets->currentIndex() == 0 ? 1 : 0;
    const QString otherId = presets->itemData(other).toString();
    presets->setCurrentIndex(other);
    QCOMPARE(presets->currentData().toString(), otherId);
    // Every preset of every family, once applied, is recognised as itself (no rounding in the fields).
    QComboBox* models = tab.options()->modelBox();
    for (int m = 0; m < models->count(); ++m) {
      if (!tab.options()->selectModel(models->itemData(m).toString())) continue;
      for (int p = 0; p < presets->count(); ++p) {
        const QString id = presets->itemData(p).toString();
        if (id == "custom") continue;
        presets->setCurrentIndex(p);
        QVERIFY2(presets->currentData().toString() == id,
                 qPrintable(models->itemData(m).toString() + "/" + id + " shows " + presets->currentText()));
      }
    }
    tab.options()->selectModel("fastgan");
    // A reopened run with its own size and batch is Custom, not the preset it started from.
    QVERIFY(tab.openRun(runDir_));
    QCOMPARE(presets->currentData().toString(), QString("custom"));
  }

  void changingDatasetOrModelDropsTheShownRun() {
    TrainTab tab;
    auto shown = [&tab] { return tab.plotOf("loss_g")->keys().size() + tab.timelapse()->count(); };
    QVERIFY(tab.openRun(runDir_));
    QVERIFY(tab.plotOf("loss_g")->keys().size() > 0);
    QVERIFY(tab.timelapse()->count() > 0);
    QVERIFY(button(tab, "Resume")->isEnabled());
    tab.setDataPath(tiny_);
    QCOMPARE(shown(), 0);
    QVERIFY(!button(tab, "Resume")->isEnabled());
    QVERIFY(tab.openedRun().isEmpty());

    QVERIFY(tab.openRun(runDir_));
    QVERIFY(shown() > 0);
    QComboBox* models = tab.options()->modelBox();
    const int other = models->currentIndex() == 0 ? 1 : 0;
    models->setCurrentIndex(other);
    QCOMPARE(shown(), 0);
    QVERIFY(!button(tab, "Resume")->isEnabled());
  }
};

QTEST_MAIN(TestStartGuard)
#include "test_start_guard.moc"
