// The studio window: tabs, status bar and Korean strings; training in the window with live plots
// and sample grids, rendered to a PNG mid-training; reopening the run restores its curves and
// sample history and resumes it; settings persist across windows; closing while training asks.
#include <QtTest>

#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QTreeWidget>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTranslator>
#include <qcustomplot.h>

#include "bridge/augment_preview.h"
#include "bridge/run_history.h"
#include "gui_test_support.h"
#include "widgets/train/augment_preview_panel.h"
#include "widgets/train/sample_timelapse.h"
#include "widgets/train/series_plot.h"
#include "widgets/train/train_options_panel.h"
#include "widgets/train/train_tab.h"
#include "widgets/window/main_window.h"
#include "widgets/window/run_sidebar.h"
#include "widgets/window/studio_translation.h"

using fewshot::bridge::TrainingBridge;
using fewshot::widgets::MainWindow;
using State = TrainingBridge::State;

namespace {

QString binaryDir() { return qEnvironmentVariable("FEWSHOT_BINARY_DIR", QDir::tempPath()); }

// Starts a tiny run in `window` and waits until it trains.
void startTiny(MainWindow& window, const QString& data, const QString& runDir, int iterations) {
  window.trainTab()->options()->setConfig(fewshot::testing::tinyConfig(data, runDir, iterations));
  window.trainTab()->startTraining();
}

}  // namespace

class TestMainWindow : public QObject {
  Q_OBJECT
  QString root_, data_, runDir_;

 private Q_SLOTS:
  void initTestCase() {
    root_ = fewshot::testing::guiScratchDir("main_window");
    fewshot::testing::useScratchSettings(root_ + "/settings", "test_main_window");
    data_ = fewshot::testing::writeDiscFolder(root_ + "/discs");
    runDir_ = root_ + "/run";
  }

  void showsVersionAndTabs() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().contains(QStringLiteral(FEWSHOT_VERSION)));
    QCOMPARE(window.tabs()->count(), 4);
    const QStringList expected{"Dataset", "Train", "Explore", "Export"};
    for (int i = 0; i < 4; ++i) QCOMPARE(window.tabs()->tabText(i), expected[i]);
    QCOMPARE(window.trainTab()->plotOf("loss_g")->plot()->xAxis->label(), QStringLiteral("iteration"));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Ready"));
    // Families not built yet are listed but cannot be picked.
    QComboBox* models = window.trainTab()->options()->modelBox();
    QVERIFY(models->count() >= 4);
    auto* model = qobject_cast<QStandardItemModel*>(models->model());
    QVERIFY(model->item(0)->isEnabled());
    for (int i = 1; i < models->count(); ++i)
      if (!model->item(i)->isEnabled()) QVERIFY(!model->item(i)->toolTip().isEmpty());
  }

  void trainsLiveAndRendersScreenshot() {
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.tabs()->setCurrentIndex(MainWindow::TrainPage);
    auto* tab = window.trainTab();
    QSignalSpy failed(tab->bridge(), &TrainingBridge::failed);
    startTiny(window, data_, runDir_, 400);
    // Grids at 0 (the untrained generator), 2, 4, 6: the third training grid comes after iteration 6.
    QTRY_VERIFY_WITH_TIMEOUT(tab->timelapse()->count() >= 4 || !failed.isEmpty(), 300000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].toString()));
    QVERIFY(tab->plotOf("loss_g")->pointCount("loss_g") >= 6);
    QVERIFY(tab->plotOf("loss_d_real")->keys().contains("loss_d_real"));
    const QVector<qint64> grids = tab->timelapse()->iterations();
    for (int i = 1; i < grids.size(); ++i) QVERIFY(grids[i] > grids[i - 1]);
    QCOMPARE(tab->timelapse()->shownIteration(), grids.back());  // follows the newest grid
    QVERIFY(window.statusBar()->currentMessage() == QStringLiteral("Training"));

    // Scrubbing back shows an earlier grid while training continues.
    tab->timelapse()->slider()->setValue(0);
    QCOMPARE(tab->timelapse()->shownIteration(), grids.front());
    QVERIFY(!tab->timelapse()->shownImage().isNull());
    tab->timelapse()->slider()->setValue(tab->timelapse()->slider()->maximum());

    QTest::qWait(300);  // let the coalesced replot happen
    const QString path = QDir(binaryDir()).filePath("main_window_training.png");
    QVERIFY(window.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));

    tab->stopTraining();
    QTRY_COMPARE_WITH_TIMEOUT(tab->bridge()->state(), State::Finished, 300000);
    QVERIFY(window.recentRuns().contains(runDir_));
  }

  void reopeningRestoresCurvesAndResumes() {
    const fewshot::bridge::RunHistory history = fewshot::bridge::RunHistory::load(runDir_);
    QVERIFY2(history.ok(), qPrintable(history.error));
    MainWindow window;
    window.show();
    QVERIFY(window.openPath(runDir_));
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::TrainPage));
    auto* tab = window.trainTab();
    QCOMPARE(tab->plotOf("loss_g")->pointCount("loss_g"), history.records.size());
    QCOMPARE(tab->plotOf("loss_g")->lastValue("loss_g"), history.records.back().value("loss_g").toDouble());
    QCOMPARE(tab->timelapse()->count(), history.samples.size());
    // Live-metric lines (present when the feature weights are installed) come back as metric curves.
    if (!history.metricRecords.isEmpty())
      QCOMPARE(tab->plotOf("metric_diversity")->pointCount("metric_diversity"), history.metricRecords.size());
    QCOMPARE(tab->options()->config().value("batch_size").toInt(), 2);

    QSignalSpy its(tab->bridge(), &TrainingBridge::iterationDone);
    tab->resumeTraining();
    QTRY_VERIFY_WITH_TIMEOUT(its.count() >= 2, 300000);
    QCOMPARE(its[0][0].toLongLong(), history.lastIteration() + 1);
    QVERIFY(tab->plotOf("loss_g")->pointCount("loss_g") > history.records.size());
    tab->stopTraining();
    QTRY_COMPARE_WITH_TIMEOUT(tab->bridge()->state(), State::Finished, 300000);
  }

  void importedRunIsNotResumable() {
    // `fewshot import` writes import.json beside the config: a generator without discriminator.
    const QString dir = root_ + "/imported";
    QDir().mkpath(dir + "/checkpoints");
    QVERIFY(QFile::copy(runDir_ + "/config.json", dir + "/config.json"));
    QFile note(dir + "/import.json");
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.write("{\"note\": \"generator only\"}");
    note.close();
    MainWindow window;
    QVERIFY(window.openPath(dir));
    QPushButton* resume = nullptr;
    for (QPushButton* b : window.trainTab()->findChildren<QPushButton*>())
      if (b->text() == QStringLiteral("Resume")) resume = b;
    QVERIFY(resume);
    QVERIFY(!resume->isEnabled());
    bool explained = false;
    for (QLabel* l : window.trainTab()->findChildren<QLabel*>())
      if (l->text().contains(QStringLiteral("imported generator"))) explained = true;
    QVERIFY(explained);
    // Reopening an ordinary run makes Resume available again.
    QVERIFY(window.openPath(runDir_));
    QVERIFY(resume->isEnabled());
  }

  void augmentPreviewAtChosenP() {
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.openPath(runDir_));
    auto* panel = window.trainTab()->augmentPreview();
    QSignalSpy ready(panel->preview(), &fewshot::bridge::AugmentPreview::ready);
    for (double p : {0.0, 0.5, 1.0}) {
      panel->setChosenP(p);
      panel->regenerate();
      QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && ready.back()[1].toDouble() == p, 60000);
      QCOMPARE(panel->gridP(), p);
      const QString path =
          QDir(binaryDir()).filePath(QStringLiteral("augment_preview_p%1.png").arg(int(p * 100), 3, 10, QChar('0')));
      QVERIFY(panel->grid().save(path));
      qInfo("augmentation preview at p = %.1f: %s", p, qPrintable(path));
    }
    QVERIFY(ready[0][0].value<QImage>() != ready[2][0].value<QImage>());
  }

  void closingWhileTrainingAsksAndStops() {
    auto* window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->show();
    startTiny(*window, data_, root_ + "/run-close", 100000);
    QTRY_VERIFY_WITH_TIMEOUT(window->trainTab()->bridge()->state() == State::Running, 300000);
    // Cancel keeps the window open and training.
    QTimer::singleShot(200, [] {
      auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
      if (box) box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());
    QCOMPARE(window->trainTab()->bridge()->state(), State::Running);
    // "Stop and save" stops with a checkpoint, then the window closes by itself.
    QTimer::singleShot(200, [] {
      auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
      if (!box) return;
      for (QAbstractButton* b : box->buttons())
        if (box->buttonRole(b) == QMessageBox::AcceptRole) b->click();
    });
    window->close();
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 300000);
    QCOMPARE(window->trainTab()->bridge()->state(), State::Finished);
    QVERIFY(!QDir(root_ + "/run-close/checkpoints").entryList({"ckpt_*.pt"}, QDir::Files).isEmpty());
    delete window;
  }

  void settingsPersist() {
    {
      MainWindow window;
      window.resize(1000, 700);
      QVariantMap config = fewshot::testing::tinyConfig(data_, runDir_);
      config["batch_size"] = 6;
      config["augment"] = "ada";
      window.trainTab()->options()->setConfig(config);
      window.trainTab()->options()->setAdvancedVisible(true);
      window.tabs()->setCurrentIndex(MainWindow::TrainPage);
      window.saveSettings();
    }
    MainWindow window;
    const QVariantMap config = window.trainTab()->options()->config();
    QCOMPARE(config.value("batch_size").toInt(), 6);
    QCOMPARE(config.value("augment").toString(), QStringLiteral("ada"));
    QCOMPARE(config.value("data").toString(), data_);
    QVERIFY(window.trainTab()->options()->advancedVisible());
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::TrainPage));
    QCOMPARE(window.size(), QSize(1000, 700));
    QVERIFY(window.recentRuns().contains(runDir_));
    QVERIFY(window.sidebar()->topLevelItemCount() == 2);
    QVERIFY(window.sidebar()->topLevelItem(0)->childCount() >= 1);
  }

  void koreanLocaleGetsKoreanStrings() {
    QTranslator translator;
    QVERIFY(fewshot::widgets::installStudioTranslation(translator, QLocale(QLocale::Korean, QLocale::SouthKorea)));
    MainWindow window;
    QCoreApplication::removeTranslator(&translator);
    const QStringList expected = QString::fromUtf8("데이터셋 학습 탐색 내보내기").split(' ');
    for (int i = 0; i < 4; ++i) QCOMPARE(window.tabs()->tabText(i), expected[i]);
    QVERIFY(window.windowTitle().contains(QStringLiteral(FEWSHOT_VERSION)));
    QCOMPARE(window.statusBar()->currentMessage(), QString::fromUtf8("준비됨"));
  }

  void otherLocalesKeepEnglish() {
    QTranslator translator;
    fewshot::widgets::installStudioTranslation(translator, QLocale(QLocale::German, QLocale::Germany));
    MainWindow window;
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(window.tabs()->tabText(1), QStringLiteral("Train"));
  }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
