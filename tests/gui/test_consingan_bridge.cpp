// The ConSinGAN bridge fails with a message naming the file and the problem: a run folder without a
// checkpoint, a folder that is no run, a request before any load; a part-trained run loads (Generate
// works) but harmonization is refused with the stage count; grid and PNG helpers.
#include <QtTest>

#include "bridge/consingan_bridge.h"
#include "gui_test_support.h"
#include "test_consingan_support.h"

using fewshot::bridge::ConSinGanBridge;
using fewshot::bridge::ConSinGanRunInfo;

class TestConSinGanBridge : public QObject {
  Q_OBJECT
  QString root_;

  static QString failureOf(ConSinGanBridge& bridge, QSignalSpy& failed) {
    if (!QTest::qWaitFor([&] { return !bridge.busy(); }, 120000)) return QStringLiteral("timeout");
    return failed.isEmpty() ? QString() : failed.last()[1].toString();
  }

 private Q_SLOTS:
  void initTestCase() { root_ = fewshot::testing::guiScratchDir("consingan_bridge"); }

  void runWithoutCheckpointFails() {
    const QString run = root_ + "/empty_run";
    QDir().mkpath(run + "/checkpoints");
    QFile config(run + "/config.json");
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"model": "consingan"})");
    config.close();
    ConSinGanBridge bridge;
    QSignalSpy failed(&bridge, &ConSinGanBridge::failed), loaded(&bridge, &ConSinGanBridge::loaded);
    bridge.load(run);
    QVERIFY(bridge.busy());
    const QString message = failureOf(bridge, failed);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed[0][0].toString(), QStringLiteral("load"));
    QVERIFY2(message.contains("checkpoint") && message.contains(run), qPrintable(message));
    QVERIFY(!bridge.isLoaded());

    bridge.load(root_ + "/no_such_run");
    const QString missing = failureOf(bridge, failed);
    QVERIFY2(missing.contains("no_such_run"), qPrintable(missing));

    bridge.generate(32, 32, 1, 1, 0);  // nothing loaded: refused, not a crash
    QVERIFY2(failureOf(bridge, failed).contains("no ConSinGAN run is loaded"), qPrintable(failed.last()[1].toString()));
    QCOMPARE(failed.last()[0].toString(), QStringLiteral("generate"));
  }

  void partTrainedRunGeneratesButDoesNotHarmonize() {
    const QString image = fewshot::testing::writeLandscape(root_ + "/landscape.png");
    const QString run = root_ + "/part_run";
    // 4 of 9 iterations: stage 0 is complete, stage 1 has begun.
    const QString error = fewshot::testing::trainRun(fewshot::testing::tinyConSinGanConfig(image, run, 3, 3, 4));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    ConSinGanBridge bridge;
    QSignalSpy failed(&bridge, &ConSinGanBridge::failed), loaded(&bridge, &ConSinGanBridge::loaded),
        generated(&bridge, &ConSinGanBridge::generated);
    bridge.load(run);
    QVERIFY2(failureOf(bridge, failed).isEmpty(), qPrintable(failed.isEmpty() ? "" : failed[0][1].toString()));
    QCOMPARE(loaded.count(), 1);
    const ConSinGanRunInfo info = bridge.info();
    QCOMPARE(info.iteration, qint64(4));
    QCOMPARE(info.stagesTotal, 3);
    QCOMPARE(info.stagesCompleted, 1);
    QCOMPARE(info.stagesBuilt, 2);
    QVERIFY(!info.fullyTrained());
    QCOMPARE(info.trainingSize, QSize(64, 48));
    QCOMPARE(info.trainingImage.size(), QSize(64, 48));
    QCOMPARE(info.stageSizes.size(), 2);
    QCOMPARE(info.outputSize, info.stageSizes.last());

    bridge.generate(0, 0, 5, 2, 0);
    QVERIFY(failureOf(bridge, failed).isEmpty());
    QCOMPARE(generated.count(), 1);
    const auto images = generated[0][0].value<QList<QImage>>();
    QCOMPARE(images.size(), 2);
    QCOMPARE(images[0].size(), info.outputSize);

    bridge.harmonize(info.trainingImage, info.trainingImage, false, 0, 0, 0);
    const QString refused = failureOf(bridge, failed);
    QVERIFY2(refused.contains("fully trained") && refused.contains("3"), qPrintable(refused));
    QCOMPARE(failed.last()[0].toString(), QStringLiteral("harmonize"));
  }

  void gridAndSaveHelpers() {
    QList<QImage> images;
    for (int i = 0; i < 5; ++i) {
      QImage im(10, 6, QImage::Format_RGB888);
      im.fill(QColor(40 * i, 10, 200));
      images.append(im);
    }
    const QImage grid = ConSinGanBridge::makeGrid(images, 3, 2);
    QCOMPARE(grid.size(), QSize(2 + 3 * 12, 2 + 2 * 8));
    QCOMPARE(grid.pixelColor(2 + 12 + 1, 2 + 8 + 1), QColor(40 * 4, 10, 200));  // sample 4: row 1, column 1
    QCOMPARE(grid.pixelColor(0, 0), QColor(Qt::black));
    QString error;
    QVERIFY2(ConSinGanBridge::saveImages(images, root_ + "/saved", &error), qPrintable(error));
    QCOMPARE(QImage(root_ + "/saved/sample_004.png").pixelColor(3, 3), QColor(160, 10, 200));
    QVERIFY(!ConSinGanBridge::savePng(QImage(), root_ + "/x.png", &error));
    QVERIFY(error.contains("x.png"));
  }
};

QTEST_MAIN(TestConSinGanBridge)
#include "test_consingan_bridge.moc"
