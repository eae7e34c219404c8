// The ConSinGAN page on a real tiny run (trained here in seconds): it loads and says what it uses;
// Generate renders at the training size and 2x wide, seeds repeat and differ, a too-small size is an
// error message; the canvas pastes an object with alpha, moves it by mouse, paints and erases the mask;
// harmonization returns the training size and equals the composite outside the dilated mask; fine-tuning
// can be cancelled and leaves the loaded model as it was; the before/after split; saves read back.
// Screenshots go to the build tree (test-scratch/consingan_page).
#include <QtTest>

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>

#include "bridge/consingan_bridge.h"
#include "gui_test_support.h"
#include "test_consingan_support.h"
#include "ui_stall_meter.h"
#include "widgets/dataset/dataset_tab.h"
#include "widgets/explore/before_after_view.h"
#include "widgets/explore/composite_canvas.h"
#include "widgets/explore/consingan_generate_panel.h"
#include "widgets/explore/consingan_harmonize_panel.h"
#include "widgets/explore/consingan_page.h"
#include "widgets/train/train_options_panel.h"
#include "widgets/train/train_tab.h"
#include "widgets/window/main_window.h"

using namespace fewshot::widgets;
using fewshot::bridge::ConSinGanBridge;

namespace {

void sendMouse(QWidget* w, QEvent::Type type, const QPointF& pos, Qt::MouseButtons buttons) {
  const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
  QMouseEvent event(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
  QCoreApplication::sendEvent(w, &event);
}

// Press at `from`, move in steps, release at `to` (widget coordinates).
void drag(QWidget* w, const QPointF& from, const QPointF& to) {
  sendMouse(w, QEvent::MouseButtonPress, from, Qt::LeftButton);
  for (int i = 1; i <= 5; ++i) sendMouse(w, QEvent::MouseMove, from + (to - from) * (i / 5.0), Qt::LeftButton);
  sendMouse(w, QEvent::MouseButtonRelease, to, Qt::NoButton);
}

int maskAt(const QImage& mask, int x, int y) { return qGray(mask.pixel(x, y)); }

// 12 x 10 object: opaque blue with a fully transparent 3 x 3 top-left corner.
QImage objectWithAlpha() {
  QImage object(12, 10, QImage::Format_ARGB32);
  object.fill(QColor(20, 40, 230, 255));
  for (int y = 0; y < 3; ++y)
    for (int x = 0; x < 3; ++x) object.setPixelColor(x, y, QColor(0, 0, 0, 0));
  return object;
}

}  // namespace

class TestConSinGanPage : public QObject {
  Q_OBJECT
  QString root_, run_, shots_;
  ConSinGanPage* page_ = nullptr;

  void shoot(const QString& name) {
    QApplication::processEvents();
    QVERIFY(page_->window()->grab().save(shots_ + "/" + name + ".png"));
  }

 private Q_SLOTS:
  void initTestCase() {
    root_ = fewshot::testing::guiScratchDir("consingan_page");
    fewshot::testing::useScratchSettings(root_ + "/settings", "test_consingan_page");
    shots_ = root_ + "/screenshots";
    QDir().mkpath(shots_);
    const QString image = fewshot::testing::writeLandscape(root_ + "/landscape.png");
    run_ = root_ + "/run";
    const QString error = fewshot::testing::trainRun(fewshot::testing::tinyConSinGanConfig(image, run_));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    page_ = new ConSinGanPage;
    page_->resize(1280, 760);
    page_->show();
  }
  void cleanupTestCase() { delete page_; }

  void loadsTheRun() {
    QSignalSpy loaded(page_, &ConSinGanPage::runLoaded);
    page_->setRun(run_);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 120000);
    QVERIFY2(page_->statusText().contains("3 of 3 stages trained"), qPrintable(page_->statusText()));
    QVERIFY(page_->statusText().contains("iteration 9 of 9"));
    QVERIFY(page_->statusText().contains("ckpt_"));
    ConSinGanGeneratePanel* g = page_->generatePanel();
    QCOMPARE(g->widthBox()->value(), 64);
    QCOMPARE(g->heightBox()->value(), 48);
    QCOMPARE(g->startStageBox()->maximum(), 2);
    QVERIFY(page_->harmonizePanel()->harmonizeButton()->isEnabled());
  }

  void generatesAtTrainingSizeAndWide() {
    ConSinGanGeneratePanel* g = page_->generatePanel();
    page_->tabs()->setCurrentWidget(g);
    auto run = [g] {
      QSignalSpy finished(g, &ConSinGanGeneratePanel::finished);
      g->generateButton()->click();
      return QTest::qWaitFor([&] { return finished.count() > 0; }, 120000) && finished[0][0].toBool();
    };
    g->seedBox()->setValue(1);
    g->countBox()->setValue(2);
    QVERIFY(run());
    QList<QImage> first = g->images();
    QCOMPARE(first.size(), 2);
    QCOMPARE(first[0].size(), QSize(64, 48));
    QVERIFY(first[0] != first[1]);  // two samples of a seed differ
    QCOMPARE(g->thumbnails()->count(), 2);
    QVERIFY2(g->timeText().contains("ms"), qPrintable(g->timeText()));
    QVERIFY(run());
    QVERIFY(g->images()[0] == first[0]);  // the same seed repeats
    g->seedBox()->setValue(2);
    QVERIFY(run());
    QVERIFY(g->images()[0] != first[0]);

    // "2x wide" doubles the width; Enter generates.
    const auto buttons = g->findChildren<QPushButton*>();
    QPushButton* wide = nullptr;
    for (QPushButton* b : buttons)
      if (b->text().contains("wide")) wide = b;
    QVERIFY(wide);
    wide->click();
    QCOMPARE(g->widthBox()->value(), 128);
    QCOMPARE(g->heightBox()->value(), 48);
    QSignalSpy finished(g, &ConSinGanGeneratePanel::finished);
    g->widthBox()->setFocus();
    QTest::keyClick(g->widthBox(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY(finished[0][0].toBool());
    QCOMPARE(g->images()[0].size(), QSize(128, 48));
    shoot("generate_2x_wide");

    QString error;
    QVERIFY2(g->saveAll(root_ + "/samples", &error), qPrintable(error));
    QCOMPARE(QImage(root_ + "/samples/sample_001.png").size(), QSize(128, 48));
    QVERIFY(g->saveGrid(root_ + "/grid.png", &error));
    QCOMPARE(QImage(root_ + "/grid.png").size(), QSize(2 + 2 * 130, 2 + 50));

    // A size too small for the coarsest stage is an error message, not a crash.
    g->setSize(2, 2);
    QVERIFY(!run());
    QVERIFY2(g->errorText().contains("too small"), qPrintable(g->errorText()));
    QVERIFY(g->generateButton()->isEnabled());
  }

  void canvasPastesMovesAndPaints() {
    ConSinGanHarmonizePanel* h = page_->harmonizePanel();
    page_->tabs()->setCurrentWidget(h);
    QApplication::processEvents();
    CompositeCanvas* canvas = h->canvas();
    QCOMPARE(canvas->background().size(), QSize(64, 48));  // the training image by default
    canvas->setObject(objectWithAlpha());
    h->scaleSlider()->setValue(100);
    QCOMPARE(canvas->objectScale(), 1.0);
    canvas->setObjectPosition(QPointF(20, 20));
    // Drag the object by its centre 14 px left and 16 px up (in image pixels).
    const QPointF centre = canvas->objectRect().center();
    drag(canvas, canvas->imageToWidget(centre), canvas->imageToWidget(centre + QPointF(-14, -16)));
    QVERIFY2(std::abs(canvas->objectPosition().x() - 6) < 0.01 && std::abs(canvas->objectPosition().y() - 4) < 0.01,
             qPrintable(QString("%1,%2").arg(canvas->objectPosition().x()).arg(canvas->objectPosition().y())));
    canvas->setObjectPosition(QPointF(6, 4));  // exact pixels for the checks below
    // Mask from the alpha channel: the opaque part in, the transparent corner and the outside out.
    QImage mask = canvas->mask();
    QCOMPARE(mask.size(), QSize(64, 48));
    QCOMPARE(maskAt(mask, 6 + 8, 4 + 6), 255);
    QCOMPARE(maskAt(mask, 6 + 1, 4 + 1), 0);
    QCOMPARE(maskAt(mask, 40, 30), 0);
    QCOMPARE(canvas->composite().pixelColor(6 + 8, 4 + 6), QColor(20, 40, 230));
    QCOMPARE(canvas->composite().pixelColor(6 + 1, 4 + 1), canvas->background().pixelColor(6 + 1, 4 + 1));

    // Paint outside the object, erase inside it (mouse strokes with a 2 px brush).
    h->brushBox()->setValue(2);
    canvas->setTool(CompositeCanvas::Tool::Paint);
    drag(canvas, canvas->imageToWidget(QPointF(40.5, 30.5)), canvas->imageToWidget(QPointF(50.5, 30.5)));
    mask = canvas->mask();
    QCOMPARE(maskAt(mask, 45, 30), 255);
    QCOMPARE(maskAt(mask, 45, 32), 255);
    QCOMPARE(maskAt(mask, 45, 34), 0);
    canvas->setTool(CompositeCanvas::Tool::Erase);
    drag(canvas, canvas->imageToWidget(QPointF(14.5, 10.5)), canvas->imageToWidget(QPointF(14.5, 10.5)));
    mask = canvas->mask();
    QCOMPARE(maskAt(mask, 14, 10), 0);
    QCOMPARE(maskAt(mask, 17, 10), 255);  // outside the brush
    shoot("harmonize_painted_mask");
    // The painted mask follows the object when it moves; strokes stay where they were drawn.
    canvas->resetMask();
    QCOMPARE(maskAt(canvas->mask(), 45, 30), 0);
    QCOMPARE(maskAt(canvas->mask(), 14, 10), 255);
    canvas->clearMask();
    QCOMPARE(maskAt(canvas->mask(), 14, 10), 0);
    canvas->resetMask();
    canvas->setTool(CompositeCanvas::Tool::Move);

    // An object without alpha masks its bounding box.
    QImage opaque(8, 8, QImage::Format_RGB32);
    opaque.fill(Qt::red);
    canvas->setObject(opaque);
    h->scaleSlider()->setValue(100);
    canvas->setObjectPosition(QPointF(30, 20));
    QCOMPARE(maskAt(canvas->mask(), 30, 20), 255);
    QCOMPARE(maskAt(canvas->mask(), 37, 27), 255);
    QCOMPARE(maskAt(canvas->mask(), 38, 27), 0);
  }

  void harmonizesAndCompares() {
    ConSinGanHarmonizePanel* h = page_->harmonizePanel();
    CompositeCanvas* canvas = h->canvas();
    canvas->setObject(objectWithAlpha());
    h->scaleSlider()->setValue(100);
    canvas->setObjectPosition(QPointF(2, 2));
    canvas->resetMask();
    // Stage 0 only: the other stages are listed, disabled, with the reason.
    auto* stages = qobject_cast<QStandardItemModel*>(h->stageBox()->model());
    QCOMPARE(h->stageBox()->count(), 3);
    QVERIFY(stages->item(0)->isEnabled());
    QVERIFY(!stages->item(1)->isEnabled());
    QVERIFY(stages->item(2)->toolTip().contains("only at stage 0"));

    QSignalSpy finished(h, &ConSinGanHarmonizePanel::finished);
    const QImage composite = canvas->composite();
    h->harmonizeButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY2(finished[0][0].toBool(), qPrintable(h->errorText()));
    const QImage result = h->result().convertToFormat(QImage::Format_RGB888);
    QCOMPARE(result.size(), QSize(64, 48));
    // Outside the mask dilated by 7 px and blurred (support 20 px) the result is the composite itself.
    // The object covers x 2..13, y 2..11.
    int same = 0, checked = 0, differentInside = 0;
    for (int y = 0; y < 48; ++y)
      for (int x = 0; x < 64; ++x) {
        if (x > 13 + 28 || y > 11 + 28) {
          ++checked;
          same += result.pixel(x, y) == composite.pixel(x, y);
        } else if (x >= 5 && x <= 13 && y >= 5 && y <= 11) {
          differentInside += result.pixel(x, y) != composite.pixel(x, y);
        }
      }
    QVERIFY(checked > 800);
    QCOMPARE(same, checked);
    QVERIFY(differentInside > 0);  // inside the mask the generator's output shows
    QCOMPARE(h->blendMask().size(), QSize(64, 48));
    QCOMPARE(h->beforeAfter()->before().convertToFormat(QImage::Format_RGB888), composite);
    QVERIFY(h->statusText().contains("ms"));

    // The split: before left of the line, after right of it; a click moves it.
    BeforeAfterView* view = h->beforeAfter();
    view->setSplit(0.25);
    const QImage shown = view->rendered().convertToFormat(QImage::Format_RGB888);
    QCOMPARE(shown.pixel(10, 5), composite.pixel(10, 5));
    QCOMPARE(shown.pixel(40, 20), result.pixel(40, 20));
    const int x0 = view->splitX();
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, QPoint(x0 + 60, view->height() / 2));
    QVERIFY(view->split() > 0.25);
    view->setSplit(0.5);
    shoot("harmonize_before_after");

    QString error;
    QVERIFY2(h->saveResult(root_ + "/out/result.png", &error), qPrintable(error));
    QCOMPARE(QImage(root_ + "/out/result.png").convertToFormat(QImage::Format_RGB888), result);
    QVERIFY(h->saveMask(root_ + "/out/result_mask.png", &error));
    QCOMPARE(QImage(root_ + "/out/result_mask.png").size(), QSize(64, 48));
    QCOMPARE(qGray(QImage(root_ + "/out/result_mask.png").pixel(8, 8)), 255);

    // Fine-tuning is cancelled after its first iteration; the model is then back to the checkpoint, so
    // a plain harmonization repeats the first result exactly.
    h->fineTuneBox()->setValue(500);
    QSignalSpy progress(page_->bridge(), &ConSinGanBridge::progress),
        cancelled(page_->bridge(), &ConSinGanBridge::cancelled);
    h->harmonizeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0, 120000);
    page_->bridge()->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120000);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(progress.last()[0].toInt() < 500);
    QVERIFY(h->statusText().contains("Cancelled"));
    h->fineTuneBox()->setValue(0);
    h->harmonizeButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 120000);
    QVERIFY(finished[2][0].toBool());
    QCOMPARE(h->result().convertToFormat(QImage::Format_RGB888), result);
  }

  // Fine-tuning runs on the worker: the UI thread keeps ticking and does little work of its own meanwhile.
  void uiStaysResponsiveDuringFineTune() {
    ConSinGanHarmonizePanel* h = page_->harmonizePanel();
    h->fineTuneBox()->setValue(10);
    QSignalSpy finished(h, &ConSinGanHarmonizePanel::finished);
    fewshot::testing::StallMeter meter;
    QElapsedTimer clock;
    clock.start();
    h->harmonizeButton()->click();
    QVERIFY(fewshot::testing::spinUntil([&] { return finished.count() > 0; }, 300000));
    meter.stop();
    const qint64 ms = clock.elapsed();
    QVERIFY2(finished[0][0].toBool(), qPrintable(h->errorText()));
    const QString summary = meter.summary();
    qInfo("BENCH consingan fine-tune 10 iterations (tiny run): %lld ms; UI ticker %s", ms, qPrintable(summary));
    // The UI thread's own CPU time between two 1 ms ticks stays small (gaps may include OS preemption).
    const double uiCpu = summary.section("longest_ui_cpu_between_ticks_ms=", 1).toDouble();
    QVERIFY2(uiCpu < 100, qPrintable(summary));
    h->fineTuneBox()->setValue(0);
  }

  // A single image opened on the Dataset tab selects ConSinGAN on the Train tab with that image as data.
  void singleImageSelectsConSinGan() {
    MainWindow window;
    TrainOptionsPanel* options = window.trainTab()->options();
    QCOMPARE(options->modelBox()->currentData().toString(), QStringLiteral("fastgan"));
    const QString image = root_ + "/landscape.png";
    QVERIFY(window.datasetTab()->openPath(image));
    QCOMPARE(options->modelBox()->currentData().toString(), QStringLiteral("consingan"));
    QCOMPARE(options->dataPath(), image);
    QCOMPARE(options->config().value("model").toString(), QStringLiteral("consingan"));
    QVERIFY(options->config().contains("consingan"));
    QVERIFY(!options->selectModel("no-such-family"));
  }

  void reloadsOnCheckpoint() {
    QSignalSpy loaded(page_, &ConSinGanPage::runLoaded);
    page_->checkpointSaved(9);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 120000);
    QVERIFY(page_->statusText().contains("3 of 3 stages trained"));
  }
};

QTEST_MAIN(TestConSinGanPage)
#include "test_consingan_page.moc"
