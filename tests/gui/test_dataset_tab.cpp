// The Dataset tab on generated folders: the import report names every bad file with its reason and marks
// it in the grid, thumbnails arrive lazily (only for visible items), the preview follows the options
// exactly as core preprocesses, drag and drop opens folders and single images, and choices persist.
// A screenshot goes to the build folder. The benchmarks of the tab are in test_dataset_tab_bench.cpp.
#include <QtTest>

#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QSettings>

#include <algorithm>
#include <functional>

#include "core/data/dataset_import.h"
#include "data/image_fixtures.h"
#include "gui/dataset_tab_fixtures.h"
#include "gui/gui_test_support.h"
#include "widgets/dataset/dataset_images.h"
#include "widgets/dataset/dataset_preview_view.h"
#include "widgets/dataset/thumbnail_loader.h"

// The fixtures and the widget names (DatasetTab, DatasetFileModel) live there.
using namespace fewshot::testing;  // NOLINT

class TestDatasetTab : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() {
    fewshot::testing::useScratchSettings(scratch("dataset_tab_settings"), "DatasetTabTest");
    // The report must come from decoding, not from a cache another run left behind.
    qputenv("XDG_CACHE_HOME", scratch("dataset_tab_cache").toUtf8());
  }

  void reportShowsEveryBadFileWithItsReason() {
    const QString dir = makeFolderWithBadFiles("dataset_tab_bad");
    DatasetTab tab;
    tab.resize(1000, 700);
    tab.show();
    QSignalSpy chosen(&tab, &DatasetTab::datasetChosen);
    QSignalSpy ready(&tab, &DatasetTab::importReportReady);
    QVERIFY(tab.openPath(dir));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen[0][0].toString(), dir);
    QCOMPARE(chosen[0][1].toBool(), false);
    QVERIFY(!tab.isSingleImage());
    QVERIFY(ready.wait(20000));
    QCOMPARE(ready[0][0].toInt(), 12);  // 10 good + wide + small
    QCOMPARE(ready[0][1].toInt(), 4);   // empty, truncated, notes, copy
    QCOMPARE(ready[0][2].toInt(), 1);   // small

    const auto rows = reportRows(tab);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.value("empty.png").first, QString("Skipped"));
    QVERIFY2(rows.value("empty.png").second.contains("zero-byte"), qPrintable(rows.value("empty.png").second));
    QCOMPARE(rows.value("truncated.png").first, QString("Skipped"));
    QVERIFY2(rows.value("truncated.png").second.contains("truncated PNG"),
             qPrintable(rows.value("truncated.png").second));
    QCOMPARE(rows.value("notes.png").first, QString("Skipped"));
    QVERIFY2(rows.value("notes.png").second.contains("not an image"), qPrintable(rows.value("notes.png").second));
    QCOMPARE(rows.value("good_00.png").first, QString());  // the first of two identical files is used
    const QString duplicate = rows.value("good_00_copy.png").second;
    QCOMPARE(rows.value("good_00_copy.png").first, QString("Skipped"));
    QVERIFY2(duplicate.contains("duplicate of good_00.png"), qPrintable(duplicate));
    QCOMPARE(rows.value("small.png").first, QString("Warning"));
    QVERIFY2(rows.value("small.png").second.contains("smaller than 64x64 (40x40)"),
             qPrintable(rows.value("small.png").second));

    const QString notes = child<QLabel>(tab, "reportNotes")->text();
    QVERIFY2(notes.contains("mixed aspect ratios"), qPrintable(notes));
    QVERIFY2(notes.contains("readme.txt"), qPrintable(notes));
    QVERIFY(child<QLabel>(tab, "reportSummary")->text().contains("Usable images: 12"));

    // The grid has one row per image-extension file, bad ones marked with their reason.
    DatasetFileModel* model = modelOf(tab);
    QCOMPARE(model->rowCount(), 16);
    auto statusOf = [&](const QString& name) {
      return model->index(model->rowOf(dir + "/" + name)).data(DatasetFileModel::StatusRole).toInt();
    };
    QCOMPARE(statusOf("empty.png"), int(DatasetFileModel::Skipped));
    QCOMPARE(statusOf("truncated.png"), int(DatasetFileModel::Skipped));
    QCOMPARE(statusOf("notes.png"), int(DatasetFileModel::Skipped));
    QCOMPARE(statusOf("good_00_copy.png"), int(DatasetFileModel::Skipped));
    QCOMPARE(statusOf("small.png"), int(DatasetFileModel::Warning));
    QCOMPARE(statusOf("good_03.png"), int(DatasetFileModel::Accepted));
    QVERIFY(model->index(model->rowOf(dir + "/notes.png")).data(Qt::ToolTipRole).toString().contains("not an image"));

    // Thumbnails go through the core's decoder: a bad file's thumbnail fails with the core's reason.
    QVERIFY(model->loader()->waitForIdle(10000));
    const int notesRow = model->rowOf(dir + "/notes.png");
    model->index(notesRow).data(Qt::DecorationRole);  // asks for it even if not on screen
    QVERIFY(model->loader()->waitForIdle(10000));
    QVERIFY(model->loader()->failed(notesRow));
    QVERIFY2(model->loader()->failure(notesRow).contains("not an image (text file)"),
             qPrintable(model->loader()->failure(notesRow)));

    // Choosing a report row selects that file in the grid (and previews it).
    auto* table = child<QTableView>(tab, "reportTable");
    for (int r = 0; r < table->model()->rowCount(); ++r)
      if (table->model()->index(r, 1).data().toString() == "small.png")
        table->setCurrentIndex(table->model()->index(r, 1));
    QCOMPARE(child<QListView>(tab, "thumbnailView")->currentIndex().row(), model->rowOf(dir + "/small.png"));

    // A larger training size turns more images into "too small" warnings.
    ready.clear();
    tab.setTrainingSize(128);
    QVERIFY(ready.wait(20000));
    QCOMPARE(ready.last()[2].toInt(), 12);
  }

  void thumbnailsArriveForVisibleItemsOnly() {
    const QString dir = scratch("dataset_tab_many");
    for (int i = 0; i < 300; ++i) pattern(24, 24, i).save(dir + QString("/img_%1.png").arg(i, 3, 10, QChar('0')));
    DatasetTab tab;
    tab.resize(900, 600);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QVERIFY(tab.openPath(dir));
    DatasetFileModel* model = modelOf(tab);
    QCOMPARE(model->rowCount(), 300);
    QTRY_VERIFY_WITH_TIMEOUT(model->loader()->requestCount() > 0, 5000);
    QVERIFY(model->loader()->waitForIdle(10000));
    QCoreApplication::processEvents();
    // The real thumbnail: the 24x24 image, never enlarged, centred in the 96x96 cell (the placeholder is grey).
    const QImage first =
        model->index(0).data(Qt::DecorationRole).value<QPixmap>().toImage().convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(first.size(), QSize(96, 96));
    QCOMPARE(first.pixelColor(36 + 3, 36 + 2), pattern(24, 24, 0).pixelColor(3, 2));
    QCOMPARE(first.pixelColor(36 + 20, 36 + 17), pattern(24, 24, 0).pixelColor(20, 17));
    QCOMPARE(first.pixelColor(10, 10).alpha(), 0);
    const int requested = model->loader()->requestCount();
    QVERIFY2(requested < 150, qPrintable(QString("%1 of 300 thumbnails decoded while few are visible").arg(requested)));

    // Scrolling to the end asks for the items that become visible.
    auto* view = child<QListView>(tab, "thumbnailView");
    view->scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(model->loader()->requestCount() > requested, 5000);
    QVERIFY(model->loader()->waitForIdle(10000));
    QCoreApplication::processEvents();
    const QImage last =
        model->index(299).data(Qt::DecorationRole).value<QPixmap>().toImage().convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(last.pixelColor(36 + 5, 36 + 5), pattern(24, 24, 299).pixelColor(5, 5));
  }

  void closingWhileBusyIsSafe() {
    const QString dir = scratch("dataset_tab_busy");
    for (int i = 0; i < 120; ++i) pattern(48, 48, i).save(dir + QString("/c%1.png").arg(i, 3, 10, QChar('0')));
    for (int round = 0; round < 3; ++round) {
      auto* tab = new DatasetTab;
      tab->resize(900, 600);
      tab->show();
      QVERIFY(tab->openPath(dir));
      QVERIFY(tab->isCheckingReport());
      QTest::qWait(5 * round);  // thumbnails and the check in flight
      delete tab;
    }
    // Late results of the deleted tabs are dropped; a new tab still gets its own report.
    DatasetTab tab;
    QSignalSpy ready(&tab, &DatasetTab::importReportReady);
    QVERIFY(tab.openPath(dir));
    QVERIFY(ready.wait(30000));
    QCOMPARE(ready[0][0].toInt(), 120);
  }

  void jpegThumbnailsFollowExifOrientation() {
    const QString dir = scratch("dataset_tab_jpeg");
    // Stored 800x400, left half red and right half blue; EXIF orientation 6 displays it turned 90 degrees
    // clockwise: 400x800, red on top. Large enough for the scaled JPEG road (>= 2 x 96).
    QImage stored(800, 400, QImage::Format_RGB888);
    for (int x = 0; x < 800; ++x)
      for (int y = 0; y < 400; ++y) stored.setPixelColor(x, y, x < 400 ? QColor(220, 20, 20) : QColor(20, 20, 220));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(stored.save(&buffer, "JPEG", 95));
    const std::string rotated = fewshot::testing::jpegWithExifOrientation(jpeg.toStdString(), 6, true);
    writeBytes(dir + "/photo.jpg", QByteArray::fromStdString(rotated));

    QString error;
    const QImage thumbnail = fewshot::widgets::decodeThumbnail(dir + "/photo.jpg", 96, &error);
    QVERIFY2(!thumbnail.isNull(), qPrintable(error));
    QCOMPARE(thumbnail.size(), QSize(48, 96));
    auto near = [](QColor a, QColor b) {
      return std::abs(a.red() - b.red()) < 30 && std::abs(a.blue() - b.blue()) < 30;
    };
    QVERIFY(near(thumbnail.pixelColor(24, 20), QColor(220, 20, 20)));
    QVERIFY(near(thumbnail.pixelColor(24, 76), QColor(20, 20, 220)));
    // The core (what training sees) agrees on the orientation.
    const auto preview = fewshot::widgets::makeDatasetPreview(dir + "/photo.jpg", {}, 512);
    QCOMPARE(preview.originalSize, QSize(400, 800));
    QVERIFY(near(preview.original.pixelColor(200, 100), QColor(220, 20, 20)));

    // A truncated JPEG is not decoded leniently by the fast road: it fails with the core's reason.
    writeBytes(dir + "/cut.jpg", QByteArray::fromStdString(rotated.substr(0, rotated.size() - 200)));
    QVERIFY(fewshot::widgets::decodeThumbnail(dir + "/cut.jpg", 96, &error).isNull());
    QVERIFY2(error.contains("truncated JPEG"), qPrintable(error));
  }

  void previewFollowsOptions() {
    const QString dir = scratch("dataset_tab_preview");
    // 100x50: left half transparent, right half opaque green.
    QImage image(100, 50, QImage::Format_RGBA8888);
    image.fill(Qt::transparent);
    for (int y = 0; y < 50; ++y)
      for (int x = 50; x < 100; ++x) image.setPixelColor(x, y, QColor(0, 200, 0));
    QVERIFY(image.save(dir + "/half.png"));
    DatasetTab tab;
    tab.show();
    QSignalSpy preview(&tab, &DatasetTab::previewUpdated);
    QSignalSpy options(&tab, &DatasetTab::importOptionsChanged);
    QVERIFY(tab.setImportOptions({{"resize", "pad"}, {"background", "ff0000"}, {"size", 32}}));
    QVERIFY(tab.openPath(dir + "/half.png"));
    QVERIFY(tab.isSingleImage());
    auto waitPreview = [&] {
      QTRY_VERIFY_WITH_TIMEOUT(!preview.isEmpty(), 10000);
      QTest::qWait(50);  // a stale preview may be re-run once after an option change
      preview.clear();
    };
    waitPreview();
    QImage out = currentProcessed(tab);
    QCOMPARE(out.size(), QSize(32, 32));
    // Padded: 32x16 centred, so the top rows are background; transparent pixels get the background too.
    QCOMPARE(out.pixelColor(16, 2), QColor(255, 0, 0));
    QCOMPARE(out.pixelColor(4, 16), QColor(255, 0, 0));
    QCOMPARE(out.pixelColor(28, 16), QColor(0, 200, 0));

    QVERIFY(tab.setImportOptions({{"background", "000000"}}));
    waitPreview();
    QTRY_COMPARE_WITH_TIMEOUT(currentProcessed(tab).pixelColor(16, 2), QColor(0, 0, 0), 5000);

    QVERIFY(tab.setImportOptions({{"resize", "crop"}}));
    waitPreview();
    QTRY_COMPARE_WITH_TIMEOUT(currentProcessed(tab).pixelColor(29, 2), QColor(0, 200, 0), 5000);
    out = currentProcessed(tab);
    // Center crop of 50x50 from x=25: the left 25 columns transparent (black), the right 25 green.
    QCOMPARE(out.pixelColor(2, 2), QColor(0, 0, 0));
    QCOMPARE(out.pixelColor(29, 2), QColor(0, 200, 0));
    QCOMPARE(tab.importOptions().value("resize").toString(), QString("crop"));
    QCOMPARE(tab.importOptions().value("background").toString(), QString("000000"));
    QVERIFY(options.count() >= 3);
    QVERIFY(!tab.setImportOptions({{"resize", "zoom"}}));
    QCOMPARE(tab.importOptions().value("resize").toString(), QString("crop"));
  }

  void dropOpensFolderOrImage() {
    const QString dir = scratch("dataset_tab_drop");
    for (int i = 0; i < 3; ++i) pattern(32, 32, i).save(dir + QString("/d%1.png").arg(i));
    writeBytes(dir + "/doc.txt", "x");
    DatasetTab tab;
    auto drop = [&](const QString& path) {
      QMimeData mime;
      mime.setUrls({QUrl::fromLocalFile(path)});
      QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
      QCoreApplication::sendEvent(&tab, &enter);
      if (!enter.isAccepted()) return false;
      QDropEvent dropEvent(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
      QCoreApplication::sendEvent(&tab, &dropEvent);
      return true;
    };
    QVERIFY(drop(dir));
    QCOMPARE(tab.currentPath(), dir);
    QVERIFY(!tab.isSingleImage());
    QVERIFY(drop(dir + "/d1.png"));
    QCOMPARE(tab.currentPath(), dir + "/d1.png");
    QVERIFY(tab.isSingleImage());
    QCOMPARE(modelOf(tab)->rowCount(), 1);
    QVERIFY(!drop(dir + "/doc.txt"));
    QCOMPARE(tab.currentPath(), dir + "/d1.png");
    // A path that cannot be used is refused with the reason shown, keeping the current dataset.
    QVERIFY(!tab.openPath(dir + "/missing"));
    QVERIFY(child<QLabel>(tab, "datasetStatus")->text().contains(dir + "/missing"));
    QCOMPARE(tab.currentPath(), dir + "/d1.png");
  }

  void settingsPersist() {
    const QString dir = scratch("dataset_tab_settings_data");
    pattern(32, 32, 1).save(dir + "/one.png");
    pattern(32, 32, 2).save(dir + "/two.png");
    {
      DatasetTab tab;
      QVERIFY(tab.openPath(dir));
      QVERIFY(tab.setImportOptions({{"resize", "stretch"}, {"resampling", "bilinear"}, {"background", "123456"}}));
    }
    DatasetTab again;
    QCOMPARE(again.recentPaths().value(0), dir);
    QCOMPARE(child<QComboBox>(again, "pathBox")->currentText(), dir);
    const QVariantMap o = again.importOptions();
    QCOMPARE(o.value("resize").toString(), QString("stretch"));
    QCOMPARE(o.value("resampling").toString(), QString("bilinear"));
    QCOMPARE(o.value("background").toString(), QString("123456"));
    QCOMPARE(child<QComboBox>(again, "resizeCombo")->currentData().toString(), QString("stretch"));
  }

  void screenshot() {
    const QString dir = qEnvironmentVariable("FEWSHOT_DATASET_TAB_DIR", makeFolderWithBadFiles("dataset_tab_shot"));
    DatasetTab tab;
    QVERIFY(tab.setImportOptions({{"resize", "crop"}, {"resampling", "area"}, {"background", "ffffff"}, {"size", 64}}));
    tab.resize(1100, 720);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QSignalSpy ready(&tab, &DatasetTab::importReportReady);
    QVERIFY(tab.openPath(dir));
    QVERIFY(ready.wait(60000));
    QVERIFY(modelOf(tab)->loader()->waitForIdle(20000));
    QTest::qWait(200);
    const QString path = QDir(qEnvironmentVariable("FEWSHOT_BINARY_DIR", QDir::tempPath())).filePath("dataset_tab.png");
    QVERIFY(tab.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
  }

 private:
  static QImage currentProcessed(DatasetTab& tab) {
    auto* view = tab.findChild<fewshot::widgets::DatasetPreviewView*>();
    return view ? view->processedImage().convertToFormat(QImage::Format_RGB888) : QImage();
  }
};

QTEST_MAIN(TestDatasetTab)
#include "test_dataset_tab.moc"
