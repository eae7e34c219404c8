// Benchmarks of the Dataset tab, run with FEWSHOT_BENCH_DATASET_TAB=1 (skipped otherwise): the longest UI
// event-loop stall while a 2 000-image folder loads, reports and scrolls, and the thumbnail decode of large
// JPEG photos against the core's full decode, side by side in one run.
#include <QtTest>

#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>
#include <QSettings>

#include "core/data/image_decoder.h"
#include "gui/dataset_tab_fixtures.h"
#include "gui/gui_test_support.h"
#include "gui/ui_stall_meter.h"
#include "widgets/dataset/dataset_images.h"
#include "widgets/dataset/thumbnail_loader.h"

// The fixtures, the stall meter and the widget names (DatasetTab, DatasetFileModel) live there.
using namespace fewshot::testing;  // NOLINT

class TestDatasetTabBench : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() {
    fewshot::testing::useScratchSettings(scratch("dataset_tab_bench_settings"), "DatasetTabBench");
    qputenv("XDG_CACHE_HOME", scratch("dataset_tab_bench_cache").toUtf8());
  }

  void benchmarkStallWith2000Images() {
    if (qEnvironmentVariable("FEWSHOT_BENCH_DATASET_TAB") != "1")
      QSKIP("benchmark: set FEWSHOT_BENCH_DATASET_TAB=1 to run");
    const QString dir = scratch("dataset_tab_bench");
    for (int i = 0; i < 2000; ++i) {
      QImage image = pattern(64, 64, i);
      image.setPixelColor(0, 0, QColor(i % 256, i / 256, 0));  // all distinct: no duplicate warnings
      image.save(dir + QString("/b%1.png").arg(i, 4, 10, QChar('0')));
    }
    DatasetTab tab;
    tab.setTrainingSize(128);  // every 64 px image gets a "too small" warning: a 2 000-row report, the worst case
    tab.resize(1100, 720);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));

    StallMeter idle;  // baseline: what the machine's load alone costs the same ticker
    spinUntil([] { return false; }, 2000);
    idle.stop();

    QSignalSpy ready(&tab, &DatasetTab::importReportReady);
    auto* loader = modelOf(tab)->loader();
    QElapsedTimer listing;
    listing.start();
    const qint64 listCpu0 = threadCpuNs();
    QCOMPARE(fewshot::widgets::listDataset(dir).paths.size(), 2000);
    const qint64 listMs = listing.elapsed(), listCpuUs = (threadCpuNs() - listCpu0) / 1000;
    QElapsedTimer open;
    const qint64 openCpu0 = threadCpuNs();
    open.start();
    QVERIFY(tab.openPath(dir));
    const qint64 openMs = open.elapsed();  // the folder listing, on the UI thread by design
    const qint64 openCpuUs = (threadCpuNs() - openCpu0) / 1000;
    StallMeter loading;
    auto* bar = child<QListView>(tab, "thumbnailView")->verticalScrollBar();
    int step = 0;
    const int steps = 200;  // one step per 16 ms frame: the whole grid in about 3 s
    QTimer scroller;
    scroller.setInterval(16);
    connect(&scroller, &QTimer::timeout, [&] { bar->setValue(bar->maximum() * ++step / steps); });
    scroller.start();
    QVERIFY(spinUntil([&] { return step >= steps; }, 60000));
    scroller.stop();
    const qint64 scrollMs = open.elapsed();
    QVERIFY(spinUntil([&] { return !ready.isEmpty() && loader->isIdle(); }, 120000));
    const qint64 totalMs = open.elapsed();
    loading.stop();
    QCOMPARE(ready.last()[2].toInt(), 2000);
    qInfo("BENCH dataset_tab idle 2 s: %s", qPrintable(idle.summary()));
    qInfo("BENCH dataset_tab 2000 images, open + scroll + report + thumbnails: %s", qPrintable(loading.summary()));
    qInfo(
        "BENCH dataset_tab listing_alone_ms=%lld (ui_cpu_us=%lld) openPath_ms=%lld (ui_cpu_us=%lld) "
        "scroll_done_ms=%lld "
        "report_and_thumbnails_done_ms=%lld thumbnails_decoded=%d",
        listMs, listCpuUs, openMs, openCpuUs, scrollMs, totalMs, loader->requestCount());
  }

  void benchmarkLargeJpegThumbnails() {
    if (qEnvironmentVariable("FEWSHOT_BENCH_DATASET_TAB") != "1")
      QSKIP("benchmark: set FEWSHOT_BENCH_DATASET_TAB=1 to run");
    const QString dir = scratch("dataset_tab_bench_jpeg");
    const int count = 6;
    for (int i = 0; i < count; ++i) {
      QImage photo = pattern(4000, 3000, i);  // 12 megapixels, like a phone camera
      QVERIFY(photo.save(dir + QString("/p%1.jpg").arg(i), "JPEG", 90));
    }
    // Side by side in one run: the thumbnail road against the core's full decode + area resize.
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i)
      QVERIFY(!fewshot::widgets::decodeThumbnail(dir + QString("/p%1.jpg").arg(i), 96, nullptr).isNull());
    const double fastMs = timer.nsecsElapsed() / 1e6 / count;
    timer.restart();
    for (int i = 0; i < count; ++i) {
      const auto full =
          fewshot::data::decodeImageFile((dir + QString("/p%1.jpg").arg(i)).toStdString(), {255, 255, 255});
      QVERIFY(!fewshot::data::resizeImage(full, 96, 72, fewshot::data::Resampling::Area).empty());
    }
    const double fullMs = timer.nsecsElapsed() / 1e6 / count;
    qInfo(
        "BENCH dataset_tab 4000x3000 JPEG thumbnail: scaled JPEG decode %.1f ms, core full decode + resize %.1f ms "
        "(%.1fx)",
        fastMs, fullMs, fullMs / fastMs);
  }
};

QTEST_MAIN(TestDatasetTabBench)
#include "test_dataset_tab_bench.moc"
