// A run that fails is explained in the studio's words: the core's error texts (a full disk, a divergence the
// guard gave up on, the GPU out of memory or failing, a damaged dataset or checkpoint) become a headline,
// what to do and the setting to look at, with the core's text kept as the details. Two real failures in the
// main window: the disk filling up mid-run (a checkpoint write fails with ENOSPC) frames the run folder, says
// so in the status bar and the dialog, and Resume then finishes the run; a damaged dataset pack stops a resume
// and frames the dataset field.
#include <QtTest>

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

#include "core/util/write_fault.h"
#include "gui_test_support.h"
#include "widgets/train/train_options_panel.h"
#include "widgets/train/train_tab.h"
#include "widgets/train/training_failure.h"
#include "widgets/window/main_window.h"

using fewshot::bridge::TrainingBridge;
using fewshot::widgets::MainWindow;
using fewshot::widgets::TrainingFailure;
using Kind = fewshot::widgets::TrainingFailure::Kind;

namespace {

constexpr int kTimeoutMs = 600000;

bool framed(QWidget* field) { return field && field->property("invalid").toBool(); }

// Brings `page` to the front of the tab widget that holds it, as a click on its tab would.
void showPage(QWidget* page) {
  for (QWidget* w = page->parentWidget(); w; w = w->parentWidget())
    if (auto* tabs = qobject_cast<QTabWidget*>(w)) return tabs->setCurrentWidget(page);
}

// Closes the failure dialog of `window` (it is window-modal and would pile up).
void closeFailureDialog(MainWindow& window) {
  if (auto* box = window.findChild<QMessageBox*>(QStringLiteral("trainingFailure"))) box->close();
  QCoreApplication::processEvents();
}

}  // namespace

class TestTrainingErrors : public QObject {
  Q_OBJECT
  QString root_, data_;

 private Q_SLOTS:
  void initTestCase() {
    root_ = fewshot::testing::guiScratchDir("training_errors");
    fewshot::testing::useScratchSettings(root_ + "/settings", "test_training_errors");
    data_ = fewshot::testing::writeDiscFolder(root_ + "/discs");
  }

  // The core's own phrasings (core/util/atomic_file.cpp, core/train/training_session_rollback.cpp,
  // core/data/dataset_pack.cpp, core/train/checkpoint.cpp, LibTorch's CUDA errors).
  void explanations_data() {
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("adviceHas");
    QTest::newRow("disk full") << "could not write /r/checkpoints/ckpt_00000006.pt: disk full (No space left on "
                                  "device; 0 B free on the file system of /r/checkpoints) (the last checkpoint, "
                                  "iteration 4, is intact)"
                               << int(Kind::DiskFull) << "run_dir"
                               << "iteration 4";
    QTest::newRow("diverged") << "training diverged at iteration 37: loss_d is not finite; gave up after 3 "
                                 "rollback(s) with the learning rates lowered to 2.5e-05 (G) and 2.5e-05 (D); try "
                                 "a lower learning rate"
                              << int(Kind::Diverged) << "lr_g"
                              << "learning rates";
    QTest::newRow("gpu memory") << "CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 7.79 GiB total capacity)"
                                << int(Kind::OutOfMemory) << "batch_size"
                                << "batch size";
    QTest::newRow("device") << "CUDA error: an illegal memory access was encountered" << int(Kind::DeviceError)
                            << "device"
                            << "Resume";
    QTest::newRow("dataset") << "dataset pack /runs/a/dataset.fspack is damaged (checksum mismatch)"
                             << int(Kind::DamagedDataset) << "data"
                             << "original image folder";
    QTest::newRow("checkpoint in a run named dataset")
        << "checkpoint /runs/dataset-1/checkpoints/ckpt_00000004.pt is damaged: checksum mismatch"
        << int(Kind::DamagedCheckpoint) << ""
        << "intact checkpoint";
    QTest::newRow("anything else") << "something nobody foresaw" << int(Kind::Other) << ""
                                   << "details";
  }

  void explanations() {
    QFETCH(QString, message);
    QFETCH(int, kind);
    QFETCH(QString, field);
    QFETCH(QString, adviceHas);
    const TrainingFailure f = fewshot::widgets::explainTrainingFailure(message);
    QCOMPARE(int(f.kind), kind);
    QCOMPARE(f.field, field);
    QVERIFY2(f.advice.contains(adviceHas), qPrintable(f.advice));
    QVERIFY(!f.headline.isEmpty() && !message.contains(f.headline));  // the studio's words, not the core's
    QCOMPARE(f.details, message);
  }

  void diskFullMidRunIsExplainedAndResumes() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    fewshot::widgets::TrainTab* tab = window.trainTab();
    showPage(tab);  // where a user starts training
    const QString runDir = root_ + "/full";
    QVariantMap config = fewshot::testing::quickConfig(data_, runDir, 6);
    config["checkpoint_every"] = 2;
    tab->options()->setConfig(config);
    QSignalSpy failed(tab->bridge(), &TrainingBridge::failed);
    // The checkpoint of iteration 4 hits a full disk; the one of iteration 2 is written.
    fewshot::util::setWriteFaultForTesting(fewshot::util::WriteFault{"ckpt_00000004", 4096, ENOSPC});
    tab->startTraining();
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, kTimeoutMs);
    fewshot::util::setWriteFaultForTesting(std::nullopt);

    const TrainingFailure f = tab->lastFailure();
    QCOMPARE(f.kind, Kind::DiskFull);
    QVERIFY2(f.advice.contains("iteration 2"), qPrintable(f.advice));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Training stopped: The disk is full"));
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("trainingFailure"));
    QVERIFY(box && box->isVisible());
    QCOMPARE(box->text(), f.headline);
    QCOMPARE(box->informativeText(), f.advice);
    QVERIFY(box->detailedText().contains("disk full"));  // the core's text, for the curious
    QVERIFY(framed(tab->options()->fieldFor("run_dir")));
    auto* problem = tab->findChild<QLabel*>(QStringLiteral("startProblem"));
    QVERIFY(problem && problem->isVisible() && problem->text().contains(f.headline));
    QVERIFY(tab->logView()->toPlainText().contains("disk full"));
    QVERIFY(window.grab().save(
        QDir(qEnvironmentVariable("FEWSHOT_BINARY_DIR", QDir::tempPath())).filePath("training_error_disk_full.png")));
    QVERIFY(box->grab().save(
        QDir(qEnvironmentVariable("FEWSHOT_BINARY_DIR", QDir::tempPath())).filePath("training_error_dialog.png")));
    closeFailureDialog(window);

    // "Free some space, then press Resume": the run continues from its checkpoint and finishes.
    QSignalSpy finished(tab->bridge(), &TrainingBridge::finished);
    tab->resumeTraining();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1 || failed.count() > 1, kTimeoutMs);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(tab->bridge()->iteration(), qint64(6));
  }

  void damagedDatasetStopsAResumeAndFramesTheDataset() {
    const QString runDir = root_ + "/damaged";
    fewshot::testing::trainToEnd(fewshot::testing::quickConfig(data_, runDir, 4));
    QFile pack(runDir + "/dataset.fspack");
    QVERIFY(pack.open(QIODevice::ReadWrite));
    const qint64 middle = pack.size() / 2;
    QVERIFY(pack.seek(middle));
    const QByteArray original = pack.read(16);
    QByteArray flipped = original;
    for (char& c : flipped) c = static_cast<char>(~c);
    QVERIFY(pack.seek(middle));
    QCOMPARE(pack.write(flipped), qint64(flipped.size()));
    pack.close();

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    fewshot::widgets::TrainTab* tab = window.trainTab();
    showPage(tab);
    QVERIFY(tab->openRun(runDir));
    QSignalSpy failed(tab->bridge(), &TrainingBridge::failed);
    tab->resumeTraining();
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, kTimeoutMs);
    const TrainingFailure f = tab->lastFailure();
    QVERIFY2(f.kind == Kind::DamagedDataset, qPrintable(f.details));
    QVERIFY(f.details.contains("dataset.fspack"));
    QVERIFY(framed(tab->options()->fieldFor("data")));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Training stopped: %1").arg(f.headline));
    closeFailureDialog(window);
  }
};

QTEST_MAIN(TestTrainingErrors)
#include "test_training_errors.moc"
