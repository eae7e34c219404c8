// The bridge drives a real (tiny) FastGAN run: start -> iterations -> pause (nothing arrives) ->
// resume -> stop, with iterations and sample grids in order; the run folder's history reads back;
// resume continues from the checkpoint; bad input fails with the path named; the ADA preview is
// the identity at p = 0 and changes the images at p = 1.
#include <QtTest>

#include "bridge/augment_preview.h"
#include "bridge/run_history.h"
#include "bridge/training_bridge.h"
#include "gui_test_support.h"

using fewshot::bridge::AugmentPreview;
using fewshot::bridge::RunHistory;
using fewshot::bridge::TrainingBridge;
using State = TrainingBridge::State;

class TestTrainingBridge : public QObject {
  Q_OBJECT
  QString data_, runDir_;

 private Q_SLOTS:
  void initTestCase() {
    const QString root = fewshot::testing::guiScratchDir("training_bridge");
    data_ = fewshot::testing::writeDiscFolder(root + "/discs");
    runDir_ = root + "/run";
  }

  void familiesAndPresets() {
    const QVariantList families = TrainingBridge::modelFamilies();
    QVERIFY(families.size() >= 4);
    QCOMPARE(families[0].toMap().value("id").toString(), QStringLiteral("fastgan"));
    for (const QVariant& f : families) {
      const QVariantMap family = f.toMap();
      QVERIFY2(!family.value("presets").toList().isEmpty(), qPrintable(family.value("id").toString()));
      // Every preset of every family is a valid config of that family.
      for (const QVariant& p : family.value("presets").toList()) {
        QString error;
        const QVariantMap config =
            TrainingBridge::presetConfig(p.toMap().value("id").toString(), family.value("id").toString());
        QCOMPARE(config.value("model").toString(), family.value("id").toString());
        QVERIFY2(!TrainingBridge::normalizedConfig(config, &error).isEmpty(), qPrintable(error));
      }
    }
    // PGGAN's presets keep the paper's optimiser (they once fell back to FastGAN's Adam settings).
    const QVariantMap pgganOfficial = TrainingBridge::presetConfig("official", "pggan");
    QCOMPARE(pgganOfficial.value("lr_g").toDouble(), 1e-3);
    QCOMPARE(pgganOfficial.value("beta1").toDouble(), 0.0);
    QCOMPARE(pgganOfficial.value("beta2").toDouble(), 0.99);
    QCOMPARE(pgganOfficial.value("pggan").toMap().value("fmap_base").toInt(), 8192);
    QCOMPARE(pgganOfficial.value("pggan").toMap().value("image_size").toInt(), 256);
    QCOMPARE(TrainingBridge::presetConfig("demo").value("fastgan").toMap().value("image_size").toInt(), 64);
    // Each family reads a preset its own way: PGGAN grows to 64 px, ConSinGAN counts all its stages.
    const QVariantMap pggan = TrainingBridge::presetConfig("demo", "pggan");
    QCOMPARE(pggan.value("model").toString(), QString("pggan"));
    QCOMPARE(pggan.value("pggan").toMap().value("image_size").toInt(), 64);
    const QVariantMap consingan = TrainingBridge::presetConfig("demo", "consingan");
    const QVariantMap stages = consingan.value("consingan").toMap();
    QCOMPARE(consingan.value("iterations").toLongLong(),
             stages.value("train_stages").toLongLong() * stages.value("iters_per_stage").toLongLong());
    QCOMPARE(TrainingBridge::presetConfig("demo", "projected").value("beta1").toDouble(), 0.0);
    QString error;
    QVariantMap bad = TrainingBridge::presetConfig("demo");
    bad["augment"] = "sometimes";
    QVERIFY(TrainingBridge::normalizedConfig(bad, &error).isEmpty());
    QVERIFY2(error.contains("sometimes"), qPrintable(error));
  }

  void startPauseResumeStop() {
    TrainingBridge bridge;
    QSignalSpy started(&bridge, &TrainingBridge::started), its(&bridge, &TrainingBridge::iterationDone),
        samples(&bridge, &TrainingBridge::samplesReady), finished(&bridge, &TrainingBridge::finished),
        failed(&bridge, &TrainingBridge::failed), states(&bridge, &TrainingBridge::stateChanged);
    bridge.startNew(fewshot::testing::tinyConfig(data_, runDir_, 400));
    QCOMPARE(bridge.state(), State::Opening);
    QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 || failed.count() > 0, 300000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].toString()));
    QCOMPARE(started[0][0].toString(), runDir_);
    QTRY_VERIFY_WITH_TIMEOUT(its.count() >= 6, 300000);

    bridge.pause();
    QTRY_COMPARE_WITH_TIMEOUT(bridge.state(), State::Paused, 60000);
    const int atPause = its.count();
    QTest::qWait(600);
    QCOMPARE(its.count(), atPause);  // paused means paused

    bridge.resume();
    QTRY_VERIFY_WITH_TIMEOUT(its.count() >= atPause + 3, 300000);
    bridge.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000);
    QCOMPARE(finished[0][0].toString(), QStringLiteral("stopped"));
    QCOMPARE(bridge.state(), State::Finished);

    // Iterations arrive once each, in order, with the loss values.
    for (int i = 0; i < its.count(); ++i) {
      QCOMPARE(its[i][0].toLongLong(), qint64(i + 1));
      QCOMPARE(its[i][1].toLongLong(), qint64(400));
      QVERIFY(its[i][2].toMap().contains("loss_g"));
    }
    // Sample grids at the start (the untrained generator) and every 2 iterations, in order, as images of the
    // grid's size.
    QVERIFY(samples.count() >= 3);
    for (int i = 0; i < samples.count(); ++i) {
      QCOMPARE(samples[i][0].toLongLong(), qint64(2 * i));
      const QImage grid = samples[i][1].value<QImage>();
      QVERIFY(!grid.isNull());
      QVERIFY(grid.width() >= 2 * 32 && grid.height() >= 2 * 32);  // 4 samples: 2x2 tiles of 32 px
      QVERIFY(QFileInfo::exists(samples[i][2].toString()));
    }
    QList<State> sequence;
    for (const auto& s : states) sequence.append(s[0].value<State>());
    const QList<State> expected{State::Opening, State::Running, State::Paused, State::Running, State::Stopping,
                                State::Finished};
    QCOMPARE(sequence, expected);
  }

  void historyReadsBackAndResumeContinues() {
    const RunHistory history = RunHistory::load(runDir_);
    QVERIFY2(history.ok(), qPrintable(history.error));
    QVERIFY(history.records.size() >= 9);
    for (int i = 0; i < history.records.size(); ++i)
      QCOMPARE(history.records[i].value("iteration").toLongLong(), qint64(i + 1));
    QVERIFY(history.records.back().contains("loss_d_real"));
    QCOMPARE(history.samples.size(), int(history.lastIteration() / 2) + 1);  // + the grid at iteration 0
    QCOMPARE(history.config.value("batch_size").toInt(), 2);

    TrainingBridge bridge;
    QSignalSpy started(&bridge, &TrainingBridge::started), its(&bridge, &TrainingBridge::iterationDone),
        failed(&bridge, &TrainingBridge::failed), finished(&bridge, &TrainingBridge::finished);
    bridge.resumeRun(runDir_);
    QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 || failed.count() > 0, 300000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].toString()));
    // stop() saved a checkpoint at the last iteration, so nothing is lost.
    QCOMPARE(started[0][2].toLongLong(), history.lastIteration());
    QTRY_VERIFY_WITH_TIMEOUT(its.count() >= 2, 300000);
    QCOMPARE(its[0][0].toLongLong(), history.lastIteration() + 1);
    bridge.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000);
  }

  void badDatasetFailsNamingIt() {
    TrainingBridge bridge;
    QSignalSpy failed(&bridge, &TrainingBridge::failed);
    const QString missing = data_ + "-missing";
    bridge.startNew(fewshot::testing::tinyConfig(missing, runDir_ + "-never", 10));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 60000);
    QVERIFY2(failed[0][0].toString().contains(missing), qPrintable(failed[0][0].toString()));
    QCOMPARE(bridge.state(), State::Failed);
    QVERIFY(!QFileInfo::exists(runDir_ + "-never/config.json"));
  }

  void augmentPreviewAtZeroAndOne() {
    AugmentPreview preview;
    QSignalSpy ready(&preview, &AugmentPreview::ready), failed(&preview, &AugmentPreview::failed);
    QVariantMap config = fewshot::testing::tinyConfig(data_, runDir_);
    config["ada_preset"] = "bgc";
    preview.request(runDir_, config, 0.0, 9);
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1 || failed.count() > 0, 60000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].toString()));
    preview.request(runDir_, config, 0.0, 9);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 60000);
    preview.request(runDir_, config, 1.0, 9);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 3, 60000);
    const QImage zero = ready[0][0].value<QImage>(), zeroAgain = ready[1][0].value<QImage>(),
                 one = ready[2][0].value<QImage>();
    QCOMPARE(zero.size(), QSize(3 * 32 + 4 * 2, 3 * 32 + 4 * 2));  // 3x3 tiles, 2 px padding around each
    QCOMPARE(zero, zeroAgain);
    QCOMPARE(one.size(), zero.size());
    QVERIFY(one != zero);
    QCOMPARE(ready[2][1].toDouble(), 1.0);

  }
};

QTEST_MAIN(TestTrainingBridge)
#include "test_training_bridge.moc"
