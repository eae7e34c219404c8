// A multi-stage run in the studio: training a tiny ConSinGAN from one image shows "stage k of N"
// with one preview per stage, the Explore tab switches to the ConSinGAN page, and reopening the
// run restores the stage strip from its metrics.jsonl and samples/.
#include <QtTest>

#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>

#include "gui_test_support.h"
#include "widgets/explore/consingan_page.h"
#include "widgets/explore/explore_tab.h"
#include "widgets/train/stage_progress_panel.h"
#include "widgets/train/train_options_panel.h"
#include "widgets/train/train_tab.h"
#include "widgets/window/main_window.h"

using fewshot::bridge::TrainingBridge;
using fewshot::widgets::MainWindow;
using fewshot::widgets::StageProgressPanel;
using State = TrainingBridge::State;

namespace {

constexpr int kStages = 3;
constexpr int kItersPerStage = 6;

QVariantMap tinyConSinGan(const QString& image, const QString& runDir) {
  QVariantMap c = TrainingBridge::presetConfig("tiny", "consingan");
  QVariantMap consingan = c.value("consingan").toMap();
  consingan["max_size"] = 32;
  consingan["min_size"] = 14;
  consingan["nfc"] = 8;
  consingan["train_stages"] = kStages;
  consingan["iters_per_stage"] = kItersPerStage;
  c["consingan"] = consingan;
  c["iterations"] = kStages * kItersPerStage;
  c["sample_every"] = 3;
  c["checkpoint_every"] = 3;
  c["threads"] = 2;
  c["data"] = image;
  c["run_dir"] = runDir;
  return c;
}

}  // namespace

class TestStageProgress : public QObject {
  Q_OBJECT
  QString root_, image_, runDir_;

 private Q_SLOTS:
  void initTestCase() {
    root_ = fewshot::testing::guiScratchDir("stage_progress");
    fewshot::testing::useScratchSettings(root_ + "/settings", "test_stage_progress");
    const QString folder = fewshot::testing::writeDiscFolder(root_ + "/one", 1, 40);
    image_ = folder + "/disc_0.png";
    runDir_ = root_ + "/run";
  }

  void trainingShowsStagesAndPreviews() {
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.tabs()->setCurrentIndex(MainWindow::TrainPage);
    auto* tab = window.trainTab();
    StageProgressPanel* stages = tab->stageProgress();
    QVERIFY(stages->isHidden());  // nothing multi-stage yet
    QSignalSpy failed(tab->bridge(), &TrainingBridge::failed);
    auto* options = tab->options();
    options->setConfig(tinyConSinGan(image_, runDir_));
    // One image: ConSinGAN's own settings replace resolution, batch and augmentation.
    auto* stagesBox = qobject_cast<QSpinBox*>(options->fieldFor("consingan.train_stages"));
    QVERIFY(stagesBox && stagesBox->isVisibleTo(options));
    QVERIFY(!options->fieldFor("augment"));
    QVERIFY(!options->fieldFor("batch_size"));
    QCOMPARE(stagesBox->value(), kStages);
    QCOMPARE(options->config().value("iterations").toInt(), kStages * kItersPerStage);
    QVERIFY(options->presetBox()->findData("harmonization") >= 0);
    tab->startTraining();
    QTRY_VERIFY_WITH_TIMEOUT(stages->currentStage() >= 2 || !failed.isEmpty(), 300000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].toString()));
    QVERIFY(stages->isVisible());
    QCOMPARE(stages->stageCount(), kStages);
    QVERIFY(stages->statusText().contains(QStringLiteral(" of %1").arg(kStages)));
    QTRY_COMPARE_WITH_TIMEOUT(tab->bridge()->state(), State::Finished, 300000);
    QCOMPARE(stages->currentStage(), kStages);
    QCOMPARE(stages->statusText().left(QStringLiteral("Stage 3 of 3 · iteration 6 of 6").size()),
             QStringLiteral("Stage 3 of 3 · iteration 6 of 6"));
    for (int k = 1; k <= kStages; ++k) QVERIFY2(stages->hasPreview(k), qPrintable(QString("stage %1").arg(k)));
    QVERIFY(window.grab().save(QDir(qEnvironmentVariable("FEWSHOT_BINARY_DIR", QDir::tempPath()))
                                   .filePath("stage_progress_consingan.png")));

    // The Explore tab follows the run and picks the ConSinGAN page.
    auto* explore = window.exploreTab();
    QCOMPARE(explore->run(), runDir_);
    QCOMPARE(explore->model(), QStringLiteral("consingan"));
    QCOMPARE(explore->findChild<QStackedWidget*>()->currentWidget(), explore->consinganPage());
  }

  void reopeningRestoresTheStageStrip() {
    MainWindow window;
    window.show();
    QVERIFY(window.openPath(runDir_));
    StageProgressPanel* stages = window.trainTab()->stageProgress();
    QTRY_VERIFY(stages->isVisible());
    QCOMPARE(stages->stageCount(), kStages);
    QCOMPARE(stages->currentStage(), kStages);
    for (int k = 1; k <= kStages; ++k) QVERIFY(stages->hasPreview(k));
  }

  void otherFamiliesHideIt() {
    const QString data = fewshot::testing::writeDiscFolder(root_ + "/discs", 6, 32);
    MainWindow window;
    window.show();
    auto* tab = window.trainTab();
    QVERIFY(window.openPath(runDir_));
    QVERIFY(!tab->stageProgress()->isHidden());
    tab->options()->setConfig(fewshot::testing::tinyConfig(data, root_ + "/fastgan", 4));
    QVERIFY(!tab->options()->fieldFor("consingan.train_stages"));
    QVERIFY(tab->options()->fieldFor("augment")->isVisibleTo(tab->options()));
    QCOMPARE(tab->options()->presetBox()->findData("harmonization"), -1);
    tab->startTraining();
    QTRY_COMPARE_WITH_TIMEOUT(tab->bridge()->state(), State::Finished, 300000);
    QVERIFY(tab->stageProgress()->isHidden());
    QCOMPARE(window.exploreTab()->model(), QStringLiteral("fastgan"));
  }
};

QTEST_MAIN(TestStageProgress)
#include "test_stage_progress.moc"
