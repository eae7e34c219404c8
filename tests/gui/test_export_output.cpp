// What the Export tab writes, on a real (tiny) FastGAN run: MP4 in the codec probed on this system (H.264
// where OpenCV/FFmpeg can write it, named in the format list and the result), videos and GIFs upscaled by
// a whole factor with nearest-neighbour pixels, default names that carry the iteration and never the name
// of an existing file, and a question before a typed path replaces a file.
#include <QtTest>

#include <QApplication>
#include <QComboBox>
#include <QImageReader>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

#include "bridge/export_bridge.h"
#include "bridge/training_bridge.h"
#include "gui_test_support.h"
#include "widgets/export/export_form.h"
#include "widgets/export/export_tab.h"

using fewshot::bridge::ExportBridge;
using fewshot::bridge::TrainingBridge;
using fewshot::widgets::ExportTab;
using Kind = fewshot::bridge::ExportJob::Kind;

namespace {

struct Outcome {
  QString status, path, summary, message;
};

Outcome exportAndWait(ExportTab& tab) {
  QSignalSpy finished(tab.exportBridge(), &ExportBridge::finished), failed(tab.exportBridge(), &ExportBridge::failed),
      started(tab.exportBridge(), &ExportBridge::started);
  tab.startExport();
  if (started.isEmpty()) return {QStringLiteral("not started")};
  if (!QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 600000))
    return {QStringLiteral("timeout")};
  if (!finished.isEmpty()) return {QStringLiteral("finished"), finished[0][0].toString(), finished[0][1].toString()};
  return {QStringLiteral("failed"), {}, {}, failed[0][0].toString()};
}

template <typename T>
T* field(ExportTab& tab, Kind kind, const char* name) {
  T* w = tab.form(kind)->findChild<T*>(QString::fromLatin1(name));
  if (!w) qFatal("no field %s", name);
  return w;
}

void choose(QComboBox* combo, const QVariant& data) {
  const int index = combo->findData(data);
  QVERIFY(index >= 0);
  combo->setCurrentIndex(index);
}

// Answers the next "Replace?" question with the button whose text is `button`; `asked` records it came.
void answerOverwriteQuestion(const QString& button, bool* asked) {
  QTimer::singleShot(0, [button, asked] {
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    if (!box || box->objectName() != QLatin1String("overwriteQuestion")) return;
    *asked = true;
    for (QAbstractButton* b : box->buttons())
      if (b->text().remove(QLatin1Char('&')) == button) b->click();
  });
}

}  // namespace

class TestExportOutput : public QObject {
  Q_OBJECT
  QString root_, runDir_, out_;
  ExportTab* tab_ = nullptr;

 private Q_SLOTS:
  void initTestCase() {
    root_ = fewshot::testing::guiScratchDir("export_output");
    const QString data = fewshot::testing::writeDiscFolder(root_ + "/discs");
    runDir_ = root_ + "/run";
    out_ = root_ + "/out";
    QDir().mkpath(out_);
    // Grids every 2 iterations, a checkpoint at 10.
    fewshot::testing::trainToEnd(fewshot::testing::quickConfig(data, runDir_, 10));
    if (QTest::currentTestFailed()) return;
    tab_ = new ExportTab;
    tab_->resize(1000, 640);
    tab_->show();
    QVERIFY(QTest::qWaitForWindowExposed(tab_));
    tab_->setRun(runDir_);
  }

  void cleanupTestCase() { delete tab_; }

  void mp4UsesTheProbedCodec() {
    if (!ExportBridge::canWriteVideo()) QSKIP("this build has no OpenCV video");
    QVERIFY(tab_->selectKind(Kind::InterpolationVideo));
    field<QLineEdit>(*tab_, Kind::InterpolationVideo, "seedList")->setText("1,2");
    field<QSpinBox>(*tab_, Kind::InterpolationVideo, "frames")->setValue(3);
    auto* format = field<QComboBox>(*tab_, Kind::InterpolationVideo, "format");
    choose(format, "mp4");
    choose(field<QComboBox>(*tab_, Kind::InterpolationVideo, "upscale"), 2);
    const bool h264 = ExportBridge::mp4IsH264();
    QCOMPARE(format->currentText().contains("H.264"), h264);
    QVERIFY(format->itemData(format->currentIndex(), Qt::ToolTipRole).toString().contains(ExportBridge::mp4Encoding()));
    const Outcome o = exportAndWait(*tab_);
    QVERIFY2(o.status == "finished", qPrintable(o.status + " " + o.message));
    QVERIFY2(o.summary.contains(ExportBridge::mp4Encoding()), qPrintable(o.summary));
    const QVariantMap probe = ExportBridge::probeVideo(o.path);
    QVERIFY2(!probe.contains("error"), qPrintable(probe.value("error").toString()));
    const QString fourcc = probe.value("fourcc").toString().toLower();
    if (h264)
      QVERIFY2(fourcc == "avc1" || fourcc == "h264", qPrintable(fourcc));
    else
      QVERIFY2(ExportBridge::mp4Encoding().contains("cannot write H.264"), qPrintable(ExportBridge::mp4Encoding()));
    QCOMPARE(probe.value("frames").toInt(), 4);
    QCOMPARE(probe.value("width").toInt(), 64);  // 32 px generator, ×2
    QCOMPARE(probe.value("height").toInt(), 64);
    qInfo("MP4 encoding here: %s", qPrintable(ExportBridge::mp4Encoding()));
  }

  void gifTimelapseUpscaledWithSharpPixels() {
    QVERIFY(tab_->selectKind(Kind::Timelapse));
    choose(field<QComboBox>(*tab_, Kind::Timelapse, "format"), "gif");
    choose(field<QComboBox>(*tab_, Kind::Timelapse, "upscale"), 3);
    QVERIFY2(tab_->outputPath().endsWith("timelapse_it10_x3.gif"), qPrintable(tab_->outputPath()));
    const Outcome o = exportAndWait(*tab_);
    QVERIFY2(o.status == "finished", qPrintable(o.status + " " + o.message));
    const QStringList grids = QDir(runDir_ + "/samples").entryList({"iter_*.png"}, QDir::Files, QDir::Name);
    QVERIFY(!grids.isEmpty());
    const QImage first(runDir_ + "/samples/" + grids.first());
    QImageReader reader(o.path);
    const QImage frame = reader.read().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(frame.size(), first.size() * 3);
    QVERIFY2(o.summary.contains(QString("%1×%2 px").arg(frame.width()).arg(frame.height())), qPrintable(o.summary));
    // Nearest neighbour: every 3×3 block is one colour (GIF quantisation maps equal colours alike).
    int blocksChecked = 0;
    for (int by = 0; by < first.height(); by += 5)
      for (int bx = 0; bx < first.width(); bx += 5) {
        const QRgb c = frame.pixel(bx * 3, by * 3);
        for (int k = 1; k < 9; ++k) QCOMPARE(frame.pixel(bx * 3 + k % 3, by * 3 + k / 3), c);
        ++blocksChecked;
      }
    QVERIFY(blocksChecked > 10);
  }

  void defaultNamesCarryTheIterationAndNeverReplace() {
    QVERIFY(tab_->selectKind(Kind::SampleGrid));
    field<QLineEdit>(*tab_, Kind::SampleGrid, "seedList")->setText("0-3");
    const QString first = QDir(runDir_).filePath("exports/grid_seeds_0-3_it10.png");
    QCOMPARE(tab_->outputPath(), first);
    Outcome o = exportAndWait(*tab_);
    QVERIFY2(o.status == "finished", qPrintable(o.status + " " + o.message));
    QCOMPARE(o.path, first);
    const QDateTime written = QFileInfo(first).lastModified();
    // The same options again: a new name, no question, the first file untouched.
    const QString second = QDir(runDir_).filePath("exports/grid_seeds_0-3_it10-2.png");
    QCOMPARE(tab_->outputPath(), second);
    bool asked = false;
    answerOverwriteQuestion("Cancel", &asked);
    o = exportAndWait(*tab_);
    QVERIFY2(o.status == "finished", qPrintable(o.status + " " + o.message));
    QVERIFY(!asked);
    QCOMPARE(o.path, second);
    QCOMPARE(QFileInfo(first).lastModified(), written);
    QCOMPARE(tab_->outputPath(), QDir(runDir_).filePath("exports/grid_seeds_0-3_it10-3.png"));
  }

  void typedExistingPathAsksFirst() {
    QVERIFY(tab_->selectKind(Kind::SampleGrid));
    const QString path = out_ + "/keep.png";
    QImage(8, 8, QImage::Format_RGB32).save(path);
    const qint64 size = QFileInfo(path).size();
    tab_->setOutputPath(path);
    bool asked = false;
    answerOverwriteQuestion("Cancel", &asked);
    Outcome o = exportAndWait(*tab_);
    QVERIFY(asked);
    QCOMPARE(o.status, QString("not started"));
    QCOMPARE(QFileInfo(path).size(), size);
    QCOMPARE(QImage(path).size(), QSize(8, 8));
    asked = false;
    answerOverwriteQuestion("Replace", &asked);
    o = exportAndWait(*tab_);
    QVERIFY(asked);
    QVERIFY2(o.status == "finished", qPrintable(o.status + " " + o.message));
    QVERIFY(QImage(path).width() > 8);
  }
};

QTEST_MAIN(TestExportOutput)
#include "test_export_output.moc"
