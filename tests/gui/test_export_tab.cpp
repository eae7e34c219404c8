// The Export tab on a real (tiny) FastGAN run: a grid PNG of the expected pixel size, single images at
// full resolution, MP4 and GIF interpolation videos with the expected frame count and size, the
// timelapse from the sample history, latents JSON, the PyTorch export (loaded by python3-torch when
// present), Cancel mid-video leaving no file, clear errors for bad seeds and unwritable paths, kinds
// disabled with reasons for other families, and an export while the run trains.
#include <QtTest>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSpinBox>

#include "bridge/export_bridge.h"
#include "bridge/training_bridge.h"
#include "gui_test_support.h"
#include "family_runs.h"
#include "widgets/export/export_form.h"
#include "widgets/export/export_misc_forms.h"
#include "widgets/export/export_tab.h"

using fewshot::bridge::ExportBridge;
using fewshot::bridge::TrainingBridge;
using fewshot::widgets::ExportTab;
using Kind = fewshot::bridge::ExportJob::Kind;

namespace {

struct Outcome {
  QString status, path, summary, message;
};

// Runs the tab's current export (Ctrl+Return) and waits for its outcome.
Outcome exportAndWait(ExportTab& tab, bool viaShortcut = false) {
  QSignalSpy finished(tab.exportBridge(), &ExportBridge::finished), failed(tab.exportBridge(), &ExportBridge::failed),
      cancelled(tab.exportBridge(), &ExportBridge::cancelled), started(tab.exportBridge(), &ExportBridge::started);
  if (viaShortcut)
    QTest::keyClick(&tab, Qt::Key_Return, Qt::ControlModifier);
  else
    tab.startExport();
  if (started.isEmpty()) return {QStringLiteral("not started")};
  const bool done = QTest::qWaitFor([&] { return finished.count() + failed.count() + cancelled.count() > 0; }, 600000);
  if (!done) return {QStringLiteral("timeout")};
  if (!finished.isEmpty()) return {QStringLiteral("finished"), finished[0][0].toString(), finished[0][1].toString()};
  if (!failed.isEmpty()) return {QStringLiteral("failed"), {}, {}, failed[0][0].toString()};
  return {QStringLiteral("cancelled")};
}

template <typename T>
T* field(ExportTab& tab, Kind kind, const char* name) {
  T* w = tab.form(kind)->findChild<T*>(QString::fromLatin1(name));
  if (!w) qFatal("no field %s", name);
  return w;
}

void writeJson(const QString& path, const QVariantMap& map) {
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.write(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson());
}

int gifFrames(const QString& path, QSize* size) {
  QImageReader reader(path);
  int frames = 0;
  while (reader.canRead()) {
    const QImage frame = reader.read();
    if (frame.isNull()) break;
    *size = frame.size();
    ++frames;
  }
  return frames;
}

}  // namespace

class TestExportTab : public QObject {
  Q_OBJECT
  QString root_, data_, runDir_, out_;
  ExportTab* tab_ = nullptr;
  QElapsedTimer clock_;

  void shot(const QString& name) {
    const QString path = root_ + "/" + name + ".png";
    QVERIFY(tab_->grab().save(path));
  }

 private Q_SLOTS:
  void initTestCase() {
    root_ = fewshot::testing::guiScratchDir("export_tab");
    data_ = fewshot::testing::writeDiscFolder(root_ + "/discs");
    runDir_ = root_ + "/run";
    out_ = root_ + "/out";
    QDir().mkpath(out_);
    // 5 sample grids, a checkpoint at 10.
    fewshot::testing::trainToEnd(fewshot::testing::quickConfig(data_, runDir_, 10));
    if (QTest::currentTestFailed()) return;
    tab_ = new ExportTab;
    tab_->resize(1000, 640);
    tab_->show();
    QVERIFY(QTest::qWaitForWindowExposed(tab_));
    tab_->activateWindow();
    tab_->setRun(runDir_);
  }

  void cleanupTestCase() { delete tab_; }
  void init() { clock_.start(); }
  void cleanup() { qInfo("%s: %.1f s", QTest::currentTestFunction(), clock_.elapsed() / 1000.0); }

  void fastGanRunEnablesEveryKind() {
    for (Kind k : {Kind::SampleGrid, Kind::SingleImages, Kind::InterpolationVideo, Kind::Timelapse, Kind::LatentsJson,
                   Kind::PytorchGenerator})
      QVERIFY2(tab_->kindEnabled(k), qPrintable(tab_->kindToolTip(k)));
    QVERIFY(tab_->findChild<QLabel*>("exportHeader")->text().contains("iteration 10"));
  }

  void sampleGrid() {
    QVERIFY(tab_->selectKind(Kind::SampleGrid));
    auto* seeds = field<QLineEdit>(*tab_, Kind::SampleGrid, "seedList");
    seeds->setText("0-4");
    field<QSpinBox>(*tab_, Kind::SampleGrid, "columns")->setValue(3);
    field<QSpinBox>(*tab_, Kind::SampleGrid, "tileSize")->setValue(48);
    field<QSpinBox>(*tab_, Kind::SampleGrid, "padding")->setValue(4);
    // The default output follows the seeds, inside the run folder.
    QCOMPARE(tab_->outputPath(), QDir(runDir_).filePath("exports/grid_seeds_0-4_it10.png"));
    const Outcome o = exportAndWait(*tab_, true);
    QVERIFY2(o.status == "finished", qPrintable(o.status + " " + o.message));
    QCOMPARE(o.path, QDir(runDir_).filePath("exports/grid_seeds_0-4_it10.png"));
    const QImage grid(o.path);
    // 3 columns x 2 rows of 48 px tiles with 4 px padding around and between them.
    QCOMPARE(grid.size(), QSize(3 * (48 + 4) + 4, 2 * (48 + 4) + 4));
    QVERIFY(grid.pixelColor(1, 1) == QColor(0, 0, 0));                 // padding
    QVERIFY2(tab_->resultText().contains(o.path), qPrintable(tab_->resultText()));
    QVERIFY(tab_->findChild<QWidget*>("openFolder")->isVisible());
    shot("export_tab_grid_done");
  }

  void singleImagesAtFullResolution() {
    QVERIFY(tab_->selectKind(Kind::SingleImages));
    field<QLineEdit>(*tab_, Kind::SingleImages, "seedList")->setText("3, 7");
    tab_->setOutputPath(out_ + "/singles");
    const Outcome o = exportAndWait(*tab_);
    QVERIFY2(o.status == "finished", qPrintable(o.status + " " + o.message));
    const QStringList files = QDir(out_ + "/singles").entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, QStringList({"seed_3.png", "seed_7.png"}));
    for (const QString& f : files) QCOMPARE(QImage(out_ + "/singles/" + f).size(), QSize(32, 32));
  }

  void interpolationVideos() {
    QVERIFY(tab_->selectKind(Kind::InterpolationVideo));
    field<QLineEdit>(*tab_, Kind::InterpolationVideo, "seedList")->setText("1,2,3");
    field<QSpinBox>(*tab_, Kind::InterpolationVideo, "frames")->setValue(4);
    // MP4: 2 segments of 4 frames plus the last key.
    tab_->setOutputPath(out_ + "/interp.mp4");
    Outcome o = exportAndWait(*tab_);
    if (!ExportBridge::canWriteVideo()) {
      QVERIFY(o.status == "failed" && o.message.contains("gif"));
    } else {
      QVERIFY2(o.status == "finished", qPrintable(o.status + " " + o.message));
      const QVariantMap probe = ExportBridge::probeVideo(o.path);
      QVERIFY2(!probe.contains("error"), qPrintable(probe.value("error").toString()));
      QCOMPARE(probe.value("frames").toInt(), 9);
      QCOMPARE(probe.value("width").toInt(), 32);
      QCOMPARE(probe.value("height").toInt(), 32);
    }
    // GIF loop: 3 segments of 4 frames, ending one step before the first key.
    field<QCheckBox>(*tab_, Kind::InterpolationVideo, "loop")->setChecked(true);
    auto* format = field<QComboBox>(*tab_, Kind::InterpolationVideo, "format");
    format->setCurrentIndex(format->findData("gif"));
    QCOMPARE(tab_->outputPath(), out_ + "/interp.gif");  // an edited path follows the format
    o = exportAndWait(*tab_);
    QVERIFY2(o.status == "finished", qPrintable(o.status + " " + o.message));
    QSize size;
    QCOMPARE(gifFrames(o.path, &size), 12);
    QCOMPARE(size, QSize(32, 32));
    QVERIFY(o.summary.contains("12 frames"));
  }

  void timelapseFromSamples() {
    QVERIFY(tab_->selectKind(Kind::Timelapse));
    tab_->setOutputPath(out_ + "/timelapse.gif");
    const Outcome o = exportAndWait(*tab_);
    QVERIFY2(o.status == "finished", qPrintable(o.status + " " + o.message));
    const QStringList samples = QDir(runDir_ + "/samples").entryList({"iter_*.png"}, QDir::Files);
    QCOMPARE(samples.size(), 6);  // iteration 0 (the untrained generator) and five while training
    QSize size;
    QCOMPARE(gifFrames(o.path, &size), samples.size());
    QCOMPARE(size, QImage(runDir_ + "/samples/" + samples[0]).size());
  }

  void latentsJson() {
    QVERIFY(tab_->selectKind(Kind::LatentsJson));
    field<QComboBox>(*tab_, Kind::LatentsJson, "seedMode")->setCurrentIndex(1);  // first + count
    field<QSpinBox>(*tab_, Kind::LatentsJson, "seedFirst")->setValue(10);
    field<QSpinBox>(*tab_, Kind::LatentsJson, "seedCount")->setValue(6);
    QCOMPARE(QFileInfo(tab_->outputPath()).fileName(), QString("latents_seeds_10-15.json"));
    tab_->setOutputPath(out_ + "/latents.json");
    const Outcome o = exportAndWait(*tab_);
    QVERIFY2(o.status == "finished", qPrintable(o.status + " " + o.message));
    QFile f(o.path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray latents = doc.value("latents").toArray();
    QCOMPARE(latents.size(), 6);
    for (int i = 0; i < 6; ++i) {
      QCOMPARE(latents[i].toObject().value("seed").toInt(), 10 + i);
      QCOMPARE(latents[i].toObject().value("z").toArray().size(), doc.value("nz").toInt());
    }
    QVERIFY(doc.value("nz").toInt() > 0);
  }

  void pytorchGenerator() {
    QVERIFY(tab_->selectKind(Kind::PytorchGenerator));
    QCOMPARE(QFileInfo(tab_->outputPath()).fileName(), QString("generator_ema_10.pth"));
    tab_->setOutputPath(out_ + "/g.pth");
    const Outcome o = exportAndWait(*tab_);
    QVERIFY2(o.status == "finished", qPrintable(o.status + " " + o.message));
    QVERIFY(QFileInfo(o.path).size() > 0);
    QVERIFY(QFileInfo::exists(o.path + ".json"));
    const int tensors = QRegularExpression("^(\\d+) tensors").match(o.summary).captured(1).toInt();
    QVERIFY2(tensors > 10, qPrintable(o.summary));
    QProcess python;
    python.start("/usr/bin/python3", {"-c", "import sys, torch; sd = torch.load(sys.argv[1]); "
                                            "print(len(sd), sum(t.numel() for t in sd.values()))", o.path});
    if (!python.waitForFinished(120000) || python.exitCode() != 0) {
      QSKIP(qPrintable("python3-torch could not load the file (absent?): " + python.readAllStandardError().right(300)));
    }
    const QStringList out = QString::fromUtf8(python.readAllStandardOutput()).split(' ');
    QCOMPARE(out.value(0).toInt(), tensors);
    QVERIFY(out.value(1).trimmed().toLongLong() > 1000);
  }

  void onnxGenerator() {
    QVERIFY(tab_->selectKind(Kind::PytorchGenerator));
    auto* form = tab_->findChild<fewshot::widgets::ExportModelForm*>();
    form->formatBox()->setCurrentIndex(form->formatBox()->findData("onnx"));
    QCOMPARE(form->suffix(), QString("onnx"));
    tab_->setOutputPath(out_ + "/g.onnx");
    const Outcome o = exportAndWait(*tab_);
    QVERIFY2(o.status == "finished", qPrintable(o.status + " " + o.message));
    QVERIFY2(o.summary.startsWith("ONNX model of "), qPrintable(o.summary));
    QVERIFY(QFileInfo(o.path).size() > 10000);
    // Choosing a .pth file switches the form back to the PyTorch format.
    tab_->setOutputPath(out_ + "/g2.pth");
    QCOMPARE(form->suffix(), QString("pth"));
  }

  void cancelMidVideo() {
    QVERIFY(tab_->selectKind(Kind::InterpolationVideo));
    field<QComboBox>(*tab_, Kind::InterpolationVideo, "frameMode")->setCurrentIndex(1);  // in total
    field<QSpinBox>(*tab_, Kind::InterpolationVideo, "frames")->setValue(20000);
    const QString path = out_ + "/cancelled/long.gif";
    tab_->setOutputPath(path);
    QSignalSpy progress(tab_->exportBridge(), &ExportBridge::progress),
        cancelled(tab_->exportBridge(), &ExportBridge::cancelled);
    tab_->startExport();
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 5, 120000);
    QVERIFY(tab_->findChild<QLabel*>("exportEta")->text().contains(" / "));
    shot("export_tab_video_running");
    // The focus stays inside the tab while its fields are disabled, so Esc reaches the tab's shortcut.
    QWidget* focus = QApplication::focusWidget();
    const bool focusInTab = focus && (focus == tab_ || tab_->isAncestorOf(focus));
    QTest::keyClick(focusInTab ? focus : tab_, Qt::Key_Escape);
    const bool viaEsc = QTest::qWaitFor([&] { return cancelled.count() == 1; }, 60000);
    if (!viaEsc) {
      tab_->cancelExport();  // do not leave a 20000-frame export running for the next tests
      QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 120000);
    }
    QVERIFY(focusInTab);
    QVERIFY(viaEsc);
    QVERIFY(progress.last()[0].toInt() < 20000);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(out_ + "/cancelled").entryList(QDir::Files | QDir::Hidden).size(), 0);  // no temp files either
    QVERIFY(tab_->resultText().contains("Cancelled"));
    field<QComboBox>(*tab_, Kind::InterpolationVideo, "frameMode")->setCurrentIndex(0);
  }

  void clearErrors() {
    QVERIFY(tab_->selectKind(Kind::SampleGrid));
    field<QLineEdit>(*tab_, Kind::SampleGrid, "seedList")->setText("1,x");
    tab_->setOutputPath(out_ + "/bad.png");
    Outcome o = exportAndWait(*tab_);
    QCOMPARE(o.status, QString("failed"));
    QVERIFY2(o.message.contains("Seeds") && o.message.contains("1,x"), qPrintable(o.message));
    QVERIFY(tab_->resultText().contains("1,x"));
    QVERIFY(!QFileInfo::exists(out_ + "/bad.png"));
    // A folder that cannot be created: its parent is a file.
    field<QLineEdit>(*tab_, Kind::SampleGrid, "seedList")->setText("1,2");
    QFile blocker(out_ + "/plainfile");
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    tab_->setOutputPath(out_ + "/plainfile/sub/grid.png");
    o = exportAndWait(*tab_);
    QCOMPARE(o.status, QString("failed"));
    QVERIFY2(o.message.contains(out_ + "/plainfile/sub/grid.png") && o.message.contains("cannot create folder"),
             qPrintable(o.message));
    shot("export_tab_error");
  }

  void otherFamiliesDisableWhatTheyCannotDo() {
    const QString pggan = root_ + "/pggan_run";
    QDir().mkpath(pggan);
    writeJson(pggan + "/config.json", TrainingBridge::presetConfig("demo", "pggan"));
    ExportTab tab;
    tab.setRun(pggan);
    // PGGAN's generator is not FastGAN's official layout: the registry's reason says so.
    QVERIFY(!tab.kindEnabled(Kind::PytorchGenerator));
    QVERIFY2(tab.kindToolTip(Kind::PytorchGenerator).contains("FastGAN"),
             qPrintable(tab.kindToolTip(Kind::PytorchGenerator)));
    // It has a latent: images and videos only wait for a checkpoint, latents JSON needs none.
    for (Kind k : {Kind::SampleGrid, Kind::SingleImages, Kind::InterpolationVideo}) {
      QVERIFY(!tab.kindEnabled(k));
      QVERIFY2(tab.kindToolTip(k).contains("checkpoint"), qPrintable(tab.kindToolTip(k)));
    }
    QVERIFY(tab.kindEnabled(Kind::LatentsJson));
    QCOMPARE(tab.currentKind(), Kind::LatentsJson);  // the first enabled kind
    QVERIFY(!tab.kindEnabled(Kind::Timelapse));
    QVERIFY(tab.kindToolTip(Kind::Timelapse).contains("sample grids"));
    QDir().mkpath(pggan + "/samples");
    QVERIFY(QFile::copy(QDir(runDir_ + "/samples").entryInfoList({"iter_*.png"})[0].filePath(),
                        pggan + "/samples/iter_10.png"));
    tab.setRun(pggan);
    QVERIFY2(tab.kindEnabled(Kind::Timelapse), qPrintable(tab.kindToolTip(Kind::Timelapse)));
    QVERIFY(tab.selectKind(Kind::Timelapse));

    const QString consingan = root_ + "/consingan_run";
    QDir().mkpath(consingan);
    writeJson(consingan + "/config.json", TrainingBridge::presetConfig("demo", "consingan"));
    tab.setRun(consingan);
    QVERIFY(tab.kindToolTip(Kind::InterpolationVideo).contains("ConSinGAN"));
    QVERIFY(!tab.kindEnabled(Kind::PytorchGenerator));
    QVERIFY(!tab.kindEnabled(Kind::LatentsJson));
  }

  // A trained PGGAN run exports grids and interpolation videos through the same sampler as the CLI.
  void pgganRunExportsGridsAndVideos() {
    const QString run = root_ + "/pggan_trained";
    const QString error = fewshot::testing::trainTinyPggan(data_, run);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    ExportTab tab;
    tab.setRun(run);
    for (Kind k : {Kind::SampleGrid, Kind::SingleImages, Kind::InterpolationVideo, Kind::Timelapse, Kind::LatentsJson})
      QVERIFY2(tab.kindEnabled(k), qPrintable(tab.kindToolTip(k)));
    QVERIFY(!tab.kindEnabled(Kind::PytorchGenerator));
    QVERIFY(tab.selectKind(Kind::InterpolationVideo));
    field<QLineEdit>(tab, Kind::InterpolationVideo, "seedList")->setText("1,2");
    field<QSpinBox>(tab, Kind::InterpolationVideo, "frames")->setValue(3);
    auto* format = field<QComboBox>(tab, Kind::InterpolationVideo, "format");
    format->setCurrentIndex(format->findData("gif"));
    tab.setOutputPath(out_ + "/pggan.gif");
    Outcome o = exportAndWait(tab);
    QVERIFY2(o.status == "finished", qPrintable(o.status + " " + o.message));
    QSize size;
    QCOMPARE(gifFrames(o.path, &size), 4);  // one segment of 3 frames plus the last key
    QCOMPARE(size, QSize(16, 16));
    QVERIFY(tab.selectKind(Kind::SampleGrid));
    field<QLineEdit>(tab, Kind::SampleGrid, "seedList")->setText("0-3");
    field<QSpinBox>(tab, Kind::SampleGrid, "columns")->setValue(2);
    field<QSpinBox>(tab, Kind::SampleGrid, "tileSize")->setValue(0);
    field<QSpinBox>(tab, Kind::SampleGrid, "padding")->setValue(2);
    tab.setOutputPath(out_ + "/pggan_grid.png");
    o = exportAndWait(tab);
    QVERIFY2(o.status == "finished", qPrintable(o.status + " " + o.message));
    QCOMPARE(QImage(o.path).size(), QSize(2 * (16 + 2) + 2, 2 * (16 + 2) + 2));
  }

  void exportWhileTraining() {
    TrainingBridge training;
    QSignalSpy started(&training, &TrainingBridge::started), its(&training, &TrainingBridge::iterationDone),
        finished(&training, &TrainingBridge::finished), failed(&training, &TrainingBridge::failed);
    training.resumeRun(runDir_, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 || failed.count() > 0, 300000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].toString()));
    QTRY_VERIFY_WITH_TIMEOUT(its.count() >= 2, 300000);
    QVERIFY(tab_->selectKind(Kind::SampleGrid));
    field<QLineEdit>(*tab_, Kind::SampleGrid, "seedList")->setText("0-3");
    tab_->setOutputPath(out_ + "/while_training.png");
    const Outcome o = exportAndWait(*tab_);
    QVERIFY2(o.status == "finished", qPrintable(o.status + " " + o.message));
    QVERIFY(training.isActive());  // the export did not stop or disturb the session
    const int before = its.count();
    QTRY_VERIFY_WITH_TIMEOUT(its.count() > before, 120000);
    training.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000);
    QVERIFY(failed.isEmpty());
  }
};

QTEST_MAIN(TestExportTab)
#include "test_export_tab.moc"
