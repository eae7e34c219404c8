// A run in several processes from the studio (issue 16): with FEWSHOT_STUDIO_CPU_PROCESSES=2 the device
// picker offers "CPU in 2 processes" (on a machine with N GPUs it offers "All N GPUs (N processes)" the same
// way); a run started there trains through `fewshot train --nproc 2` (Gloo over loopback), and the Train tab
// and status bar show the world size and each rank's images/s. Through the bridge: a checkpoint on request,
// pause (a stop with a checkpoint) and resume, stop, and a resume of that run in this process. Bad choices
// (an uneven batch, ConSinGAN, one process, no CLI) are refused in the user's words. A run opened again shows
// the choice it last trained with.
#include <QtTest>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>

#include "gui_test_support.h"
#include "widgets/train/train_options_panel.h"
#include "widgets/train/train_tab.h"
#include "widgets/window/main_window.h"

using fewshot::bridge::TrainingBridge;
using State = TrainingBridge::State;

namespace {

constexpr int kTimeoutMs = 600000;

QVariantMap deviceSetting(const QString& family) {
  for (const QVariant& s : TrainingBridge::settingsFor(family))
    if (s.toMap().value("key") == "device") return s.toMap();
  return {};
}

// The tiny quick run in two CPU processes of one thread each (the batch splits 2 + 2).
QVariantMap twoProcessConfig(const QString& data, const QString& runDir, int iterations) {
  QVariantMap c = fewshot::testing::quickConfig(data, runDir, iterations);
  c["batch_size"] = 4;
  c["threads"] = 1;
  c["device"] = "cpu*2";
  return c;
}

int metricsRecords(const QString& runDir) {
  QFile file(QDir(runDir).filePath("metrics.jsonl"));
  if (!file.open(QIODevice::ReadOnly)) return -1;
  return static_cast<int>(file.readAll().count("\"loss_g\""));
}

}  // namespace

class TestTrainingProcesses : public QObject {
  Q_OBJECT
  QString root_, data_;

 private Q_SLOTS:
  void initTestCase() {
    qputenv("FEWSHOT_STUDIO_CPU_PROCESSES", "2");
    QVERIFY2(!qEnvironmentVariable("FEWSHOT_CLI").isEmpty(), "CTest gives the fewshot program in FEWSHOT_CLI");
    root_ = fewshot::testing::guiScratchDir("training_processes");
    fewshot::testing::useScratchSettings(root_ + "/settings", "test_training_processes");
    data_ = fewshot::testing::writeDiscFolder(root_ + "/discs", 8, 40);
  }

  void pickerOffersProcessesWhereABatchSplits() {
    const QVariantMap fastgan = deviceSetting("fastgan");
    const QStringList choices = fastgan.value("choices").toStringList();
    QVERIFY2(choices.contains("cpu*2"), qPrintable(choices.join(",")));
    QCOMPARE(fastgan.value("choiceLabels").toStringList().value(choices.indexOf("cpu*2")),
             QStringLiteral("CPU in 2 processes"));
    QVERIFY(choices.contains("cpu") && choices.contains("cuda"));  // the declared ones stay
    QVERIFY(!deviceSetting("consingan").value("choices").toStringList().contains("cpu*2"));

    QString error, key;
    const QVariantMap ok = TrainingBridge::normalizedConfig(twoProcessConfig(data_, root_ + "/x", 4), &error, &key);
    QVERIFY2(!ok.isEmpty(), qPrintable(error));
    QCOMPARE(ok.value("device").toString(), QStringLiteral("cpu*2"));  // kept for the bridge
    QVariantMap uneven = twoProcessConfig(data_, root_ + "/x", 4);
    uneven["batch_size"] = 3;
    QVERIFY(TrainingBridge::normalizedConfig(uneven, &error, &key).isEmpty());
    QCOMPARE(key, QStringLiteral("batch_size"));
    QVERIFY2(error.contains("cannot be shared evenly by 2 processes"), qPrintable(error));
    QVariantMap one = twoProcessConfig(data_, root_ + "/x", 4);
    one["device"] = "cpu*1";
    QVERIFY(TrainingBridge::normalizedConfig(one, &error, &key).isEmpty());
    QCOMPARE(key, QStringLiteral("device"));
    QVariantMap single = TrainingBridge::presetConfig("demo", "consingan");
    single["device"] = "cpu*2";
    single["data"] = data_ + "/disc_0.png";
    single["run_dir"] = root_ + "/x";
    QVERIFY(TrainingBridge::normalizedConfig(single, &error, &key).isEmpty());
    QCOMPARE(key, QStringLiteral("device"));
    QVERIFY2(error.contains("no batch to split"), qPrintable(error));
  }

  void trainTabShowsWorldSizeAndRankThroughput() {
    fewshot::widgets::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    fewshot::widgets::TrainTab* tab = window.trainTab();
    const QString runDir = root_ + "/tab";
    tab->options()->setConfig(twoProcessConfig(data_, runDir, 8));
    auto* picker = qobject_cast<QComboBox*>(tab->options()->fieldFor("device"));
    QVERIFY(picker);
    QCOMPARE(picker->currentText(), QStringLiteral("CPU in 2 processes"));
    QSignalSpy finished(tab->bridge(), &TrainingBridge::finished);
    QSignalSpy failed(tab->bridge(), &TrainingBridge::failed);
    QSignalSpy samples(tab->bridge(), &TrainingBridge::samplesReady);
    QStringList progressTexts;
    connect(tab->bridge(), &TrainingBridge::iterationDone, this,
            [&] { progressTexts << tab->findChild<QLabel*>("trainProgress")->text(); });
    tab->startTraining();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, kTimeoutMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(finished[0][0].toString(), QStringLiteral("completed"));
    QCOMPARE(progressTexts.size(), 8);
    QVERIFY2(progressTexts.last().contains(QRegularExpression(" · 2 processes: \\d+\\.\\d \\+ \\d+\\.\\d images/s$")),
             qPrintable(progressTexts.last()));
    QList<QLabel*> labels = window.statusBar()->findChildren<QLabel*>();
    QVERIFY(std::any_of(labels.begin(), labels.end(),
                        [](QLabel* l) { return l->text() == QLatin1String("CPU, 1 thread, 2 processes"); }));
    // The untrained grid, then every second iteration: read from the PNGs rank 0 wrote.
    QCOMPARE(samples.count(), 5);
    const QImage last = samples.last()[1].value<QImage>();
    QVERIFY(!last.isNull() && last.width() > 2 * 32);  // 2 x 2 samples of 32 px with padding
    QCOMPARE(samples.last()[2].toString(), runDir + "/samples/iter_00000008.png");
    QCOMPARE(last, QImage(samples.last()[2].toString()));
    QCOMPARE(metricsRecords(runDir), 8);  // one writer
    QVERIFY(QFile::exists(runDir + "/checkpoints/ckpt_00000008.pt"));

    // Opened again, the run shows the choice it trained with (config.json records only "cpu").
    picker->setCurrentIndex(picker->findData("cpu"));
    QString error;
    QVERIFY2(tab->openRun(runDir, &error), qPrintable(error));
    QCOMPARE(picker->currentText(), QStringLiteral("CPU in 2 processes"));
  }

  void checkpointPauseResumeAndStop() {
    TrainingBridge training;
    const QString runDir = root_ + "/long";
    QSignalSpy started(&training, &TrainingBridge::started);
    QSignalSpy iterations(&training, &TrainingBridge::iterationDone);
    QSignalSpy checkpoints(&training, &TrainingBridge::checkpointSaved);
    QSignalSpy finished(&training, &TrainingBridge::finished);
    QSignalSpy failed(&training, &TrainingBridge::failed);
    QSignalSpy warnings(&training, &TrainingBridge::warning);
    QVariantMap config = twoProcessConfig(data_, runDir, 100000);
    config["checkpoint_every"] = 100000;
    config["sample_every"] = 1000;
    training.startNew(config);
    QCOMPARE(training.state(), State::Opening);
    QTRY_VERIFY_WITH_TIMEOUT(iterations.count() >= 2 || !failed.isEmpty(), kTimeoutMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(started.count(), 1);
    QVERIFY2(started[0][1].toString().contains("2 processes"), qPrintable(started[0][1].toString()));
    QCOMPARE(training.config().value("device").toString(), QStringLiteral("cpu*2"));
    QVERIFY(warnings.isEmpty());  // a run the studio just made has no checkpoint yet: that is no news

    training.requestCheckpoint();
    QTRY_VERIFY_WITH_TIMEOUT(checkpoints.count() == 1, kTimeoutMs);
    QCOMPARE(training.state(), State::Running);  // trains on

    training.pause();
    QTRY_COMPARE_WITH_TIMEOUT(training.state(), State::Paused, kTimeoutMs);
    QCOMPARE(checkpoints.count(), 2);  // the stop's checkpoint
    const qint64 pausedAt = training.iteration();
    QVERIFY(QFile::exists(QStringLiteral("%1/checkpoints/ckpt_%2.pt").arg(runDir).arg(pausedAt, 8, 10, QChar('0'))));
    QTest::qWait(1500);
    QCOMPARE(training.iteration(), pausedAt);  // nothing trains while paused
    QVERIFY(finished.isEmpty());

    training.resume();
    QTRY_VERIFY_WITH_TIMEOUT(iterations.last()[0].toLongLong() >= pausedAt + 2 || !failed.isEmpty(), kTimeoutMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(started.count(), 2);
    QCOMPARE(started[1][2].toLongLong(), pausedAt);  // from the pause's checkpoint
    training.stop();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kTimeoutMs);
    QCOMPARE(finished[0][0].toString(), QStringLiteral("stopped"));
    const qint64 stoppedAt = training.iteration();
    QCOMPARE(metricsRecords(runDir), static_cast<int>(stoppedAt));  // every iteration once
    QCOMPARE(TrainingBridge::rememberedDeviceChoice(runDir), QStringLiteral("cpu*2"));

    // The same run in this process, from the 2-process checkpoint.
    training.resumeRun(runDir, stoppedAt + 2, "cpu");
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2 || !failed.isEmpty(), kTimeoutMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(finished[1][0].toString(), QStringLiteral("completed"));
    QCOMPARE(started[2][2].toLongLong(), stoppedAt);
    QVERIFY(!started[2][1].toString().contains("processes"));
    QCOMPARE(metricsRecords(runDir), static_cast<int>(stoppedAt + 2));
    QVERIFY(TrainingBridge::rememberedDeviceChoice(runDir).isEmpty());  // it trains in this process again
  }

  void missingProgramIsReported() {
    const QByteArray cli = qgetenv("FEWSHOT_CLI");
    qputenv("FEWSHOT_CLI", QByteArray("/nonexistent/fewshot"));
    TrainingBridge training;
    QSignalSpy failed(&training, &TrainingBridge::failed);
    training.resumeRun(root_ + "/long", 0, "cpu*2");
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kTimeoutMs);
    qputenv("FEWSHOT_CLI", cli);
    QVERIFY2(failed[0][0].toString().contains("/nonexistent/fewshot"), qPrintable(failed[0][0].toString()));
    QCOMPARE(training.state(), State::Failed);
  }
};

QTEST_MAIN(TestTrainingProcesses)
#include "test_training_processes.moc"
