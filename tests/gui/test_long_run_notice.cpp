// The long-run notice of the Train tab: judged once per start after a measured warm-up of
// LongRunNotice::kWarmupIterations iterations, shown only when the remaining time is over the limit, and
// its Stop stops a real run resumably.
#include <QtTest>

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

#include "bridge/training_bridge.h"
#include "gui_test_support.h"
#include "widgets/train/long_run_notice.h"
#include "widgets/train/train_options_panel.h"
#include "widgets/train/train_tab.h"

using fewshot::bridge::TrainingBridge;
using fewshot::widgets::LongRunNotice;
using fewshot::widgets::TrainTab;

class TestLongRunNotice : public QObject {
  Q_OBJECT
  QString root_;

 private Q_SLOTS:
  void initTestCase() {
    root_ = fewshot::testing::guiScratchDir("long_run_notice");
    fewshot::testing::useScratchSettings(root_ + "/settings", "LongRunNoticeTest");
  }

  void judgedOnceAfterTheWarmUp() {
    QSettings().remove("train/longRunHours");
    QCOMPARE(LongRunNotice::limitHours(), 12.0);
    LongRunNotice notice;
    const double day = 24 * 3600.0;
    for (int i = 1; i < LongRunNotice::kWarmupIterations; ++i) {
      notice.observe(i, 50000, 1.7, day);
      QVERIFY(notice.isHidden());  // still measuring
    }
    notice.observe(LongRunNotice::kWarmupIterations, 50000, 1.7, day);
    QVERIFY(!notice.isHidden());
    const QString text = notice.text()->text();
    QVERIFY2(text.contains("1.70 s per iteration"), qPrintable(text));
    QVERIFY2(text.contains("49980 iterations"), qPrintable(text));
    QVERIFY2(text.contains("about 24.0 hours"), qPrintable(text));
    QTest::mouseClick(notice.findChild<QPushButton*>("longRunKeep"), Qt::LeftButton);
    QVERIFY(notice.isHidden());
    for (int i = 0; i < 100; ++i) notice.observe(100 + i, 50000, 1.7, day);
    QVERIFY(notice.isHidden());  // once per start

    notice.reset();  // a start whose measured remaining time is within the limit
    for (int i = 1; i <= 3 * LongRunNotice::kWarmupIterations; ++i) notice.observe(i, 1000, 0.5, 11 * 3600.0);
    QVERIFY(notice.isHidden());
    notice.reset();  // the first slow iterations alone decide nothing
    for (int i = 1; i < LongRunNotice::kWarmupIterations; ++i) notice.observe(i, 1000, 60, day);
    notice.observe(LongRunNotice::kWarmupIterations, 1000, 0.5, 490.0);
    QVERIFY(notice.isHidden());

    QSettings().setValue("train/longRunHours", 0);  // never
    notice.reset();
    for (int i = 1; i <= LongRunNotice::kWarmupIterations; ++i) notice.observe(i, 1000, 60, 100 * day);
    QVERIFY(notice.isHidden());
  }

  void stopFromTheNoticeKeepsTheRunResumable() {
    // A limit of a few milliseconds: every real run is "very long".
    QSettings().setValue("train/longRunHours", 1e-6);
    const QString data = fewshot::testing::writeDiscFolder(root_ + "/discs");
    TrainTab tab;
    QVariantMap config = fewshot::testing::quickConfig(data, root_ + "/run", 100000);
    config["sample_every"] = 1000;
    tab.options()->setConfig(config);
    QSignalSpy finished(tab.bridge(), &TrainingBridge::finished), failed(tab.bridge(), &TrainingBridge::failed);
    tab.resize(1280, 760);
    tab.show();
    tab.startTraining();
    auto* notice = tab.findChild<LongRunNotice*>("longRunNotice");
    QVERIFY(notice);
    QTRY_VERIFY_WITH_TIMEOUT(!notice->isHidden() || !failed.isEmpty(), 600000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].toString()));
    QVERIFY(tab.bridge()->iteration() >= LongRunNotice::kWarmupIterations);
    QVERIFY2(notice->text()->text().contains("iterations take about"), qPrintable(notice->text()->text()));
    tab.grab().save(qEnvironmentVariable("FEWSHOT_BINARY_DIR") + "/long_run_notice.png");  // to look at
    QTest::mouseClick(notice->findChild<QPushButton*>("longRunStop"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1 || !failed.isEmpty(), 600000);
    QCOMPARE(finished[0][0].toString(), QString("stopped"));
    QVERIFY(QDir(root_ + "/run/checkpoints").entryList({"ckpt_*"}).size() >= 1);  // resumable
    QVERIFY(notice->isHidden());
  }
};

QTEST_MAIN(TestLongRunNotice)
#include "test_long_run_notice.moc"
