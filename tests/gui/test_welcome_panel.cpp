// The Dataset tab's first-run page: shown until a dataset opens, recent datasets offered as links, and
// "Try the sample dataset" drawing the emoji faces once with the real renderer, opening them, and
// explaining in place when the renderer is missing or fails.
#include <QtTest>

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

#include "gui/dataset_tab_fixtures.h"
#include "gui/gui_test_support.h"
#include "widgets/dataset/sample_dataset.h"
#include "widgets/dataset/welcome_panel.h"

using namespace fewshot::testing;  // NOLINT
using fewshot::widgets::SampleDatasetMaker;
using fewshot::widgets::WelcomePanel;

namespace {

QString rendererInBuild() { return qEnvironmentVariable("FEWSHOT_BINARY_DIR") + "/app/fewshot-sample-dataset"; }

int pngCount(const QString& dir) { return QDir(dir).entryList({"*.png"}, QDir::Files).size(); }

}  // namespace

class TestWelcomePanel : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() {
    fewshot::testing::useScratchSettings(scratch("welcome_settings"), "WelcomePanelTest");
    qputenv("XDG_CACHE_HOME", scratch("welcome_cache").toUtf8());
  }

  void shownUntilADatasetOpensThenOffersItAgain() {
    const QString dir = scratch("welcome_folder");
    for (int i = 0; i < 3; ++i) pattern(64, 64, i).save(dir + QString("/img_%1.png").arg(i));
    {
      DatasetTab tab;
      tab.show();
      auto* welcome = tab.findChild<WelcomePanel*>();
      QVERIFY(welcome && welcome->isVisible());
      QVERIFY(!child<QListView>(tab, "thumbnailView")->isVisible());
      QVERIFY(tab.openPath(dir));
      QVERIFY(!welcome->isVisible());
      QVERIFY(child<QListView>(tab, "thumbnailView")->isVisible());
    }
    DatasetTab next;
    next.show();
    auto* recent = child<QLabel>(next, "welcomeRecent");
    QVERIFY(recent->isVisible());
    QVERIFY2(recent->text().contains(dir.toHtmlEscaped()), qPrintable(recent->text()));
    QSignalSpy chosen(&next, &DatasetTab::datasetChosen);
    Q_EMIT recent->linkActivated("#0");
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen[0][0].toString(), dir);
  }

  void sampleDatasetIsDrawnOnceAndOpened() {
    if (!QFileInfo(rendererInBuild()).isExecutable()) QSKIP("fewshot-sample-dataset is not built");
    const QString dir = scratch("welcome_sample") + "/sample-dataset";
    QDir(dir).removeRecursively();
    QFile::remove(dir + ".complete");
    qputenv("FEWSHOT_SAMPLE_RENDERER", rendererInBuild().toUtf8());
    qputenv("FEWSHOT_SAMPLE_DATASET_DIR", dir.toUtf8());
    DatasetTab tab;
    tab.show();
    QSignalSpy chosen(&tab, &DatasetTab::datasetChosen);
    auto* button = child<QPushButton>(tab, "trySampleDataset");
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled());  // while it draws
    QVERIFY2(chosen.wait(120000), qPrintable(child<QLabel>(tab, "welcomeStatus")->text()));
    QCOMPARE(chosen[0][0].toString(), dir);
    QCOMPARE(pngCount(dir), 100);
    QVERIFY(SampleDatasetMaker::isRendered(dir));
    QVERIFY(button->isEnabled());
    QVERIFY(child<QListView>(tab, "thumbnailView")->isVisible());

    // A second request opens the folder at once, without drawing it again.
    const QDateTime written = QFileInfo(dir + "/" + QDir(dir).entryList({"*.png"}).first()).lastModified();
    DatasetTab again;
    QSignalSpy chosenAgain(&again, &DatasetTab::datasetChosen);
    QTest::mouseClick(child<QPushButton>(again, "trySampleDataset"), Qt::LeftButton);
    QCOMPARE(chosenAgain.count(), 1);
    QCOMPARE(QFileInfo(dir + "/" + QDir(dir).entryList({"*.png"}).first()).lastModified(), written);
  }

  void missingRendererIsExplained() {
    const QString dir = scratch("welcome_missing") + "/sample-dataset";
    qputenv("FEWSHOT_SAMPLE_RENDERER", "/nonexistent/fewshot-sample-dataset");
    qputenv("FEWSHOT_SAMPLE_DATASET_DIR", dir.toUtf8());
    DatasetTab tab;
    tab.show();
    QSignalSpy chosen(&tab, &DatasetTab::datasetChosen);
    QTest::mouseClick(child<QPushButton>(tab, "trySampleDataset"), Qt::LeftButton);
    auto* status = child<QLabel>(tab, "welcomeStatus");
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains("fewshot-sample-dataset is not installed"), qPrintable(status->text()));
    QVERIFY(child<QPushButton>(tab, "trySampleDataset")->isEnabled());
    QCOMPARE(chosen.count(), 0);
    QVERIFY(!QFileInfo::exists(dir));
  }

  void failingRendererSaysWhyAndIsTriedAgainNextTime() {
    const QString work = scratch("welcome_failing");
    const QString dir = work + "/sample-dataset";
    const QString script = work + "/renderer.sh";
    writeBytes(script, "#!/bin/sh\necho 'fewshot-sample-dataset: error: no colour emoji font installed' >&2\nexit 1\n");
    QFile::setPermissions(script, QFile::permissions(script) | QFileDevice::ExeOwner);
    qputenv("FEWSHOT_SAMPLE_RENDERER", script.toUtf8());
    qputenv("FEWSHOT_SAMPLE_DATASET_DIR", dir.toUtf8());
    DatasetTab tab;
    tab.show();
    QSignalSpy chosen(&tab, &DatasetTab::datasetChosen);
    auto* status = child<QLabel>(tab, "welcomeStatus");
    QTest::mouseClick(child<QPushButton>(tab, "trySampleDataset"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible() && status->text().contains("no colour emoji font"), 20000);
    QVERIFY2(status->text().contains(dir), qPrintable(status->text()));
    QCOMPARE(chosen.count(), 0);
    QVERIFY(!SampleDatasetMaker::isRendered(dir));  // not marked: the next click draws again
    QVERIFY(child<QPushButton>(tab, "trySampleDataset")->isEnabled());
  }
};

QTEST_MAIN(TestWelcomePanel)
#include "test_welcome_panel.moc"
