// Explore's seed bookmarks, per run and kept across sessions; "Save image…" writes the image shown; and
// "Send to Export" turns the bookmarked seeds (or the seed shown) into the Export tab's single images,
// on a real run in the main window.
#include <QtTest>

#include <QImage>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>

#include "gui_test_support.h"
#include "widgets/explore/explore_tab.h"
#include "widgets/explore/latent_explorer_page.h"
#include "widgets/explore/seed_bookmarks.h"
#include "widgets/explore/seed_explorer_panel.h"
#include "widgets/export/export_form.h"
#include "widgets/export/export_tab.h"
#include "widgets/window/main_window.h"

using fewshot::widgets::LatentExplorerPage;
using fewshot::widgets::MainWindow;
using fewshot::widgets::SeedBookmarks;
using Kind = fewshot::widgets::ExportTab::Kind;

namespace {

QPushButton* button(QWidget& parent, const QString& text) {
  for (QPushButton* b : parent.findChildren<QPushButton*>())
    if (b->text() == text) return b;
  qFatal("no button %s", qPrintable(text));
}

}  // namespace

class TestSeedBookmarks : public QObject {
  Q_OBJECT
  QString root_, runDir_;

 private Q_SLOTS:
  void initTestCase() {
    root_ = fewshot::testing::guiScratchDir("seed_bookmarks");
    fewshot::testing::useScratchSettings(root_ + "/settings", "test_seed_bookmarks");
    const QString data = fewshot::testing::writeDiscFolder(root_ + "/discs");
    runDir_ = root_ + "/run";
    fewshot::testing::trainToEnd(fewshot::testing::quickConfig(data, runDir_, 4));
  }

  void bookmarksArePerRunAndKept() {
    {
      SeedBookmarks marks;
      QVERIFY(!button(marks, "Bookmark seed")->isEnabled());  // no run yet
      marks.setRun(runDir_);
      marks.setCurrentSeed(7);
      button(marks, "Bookmark seed")->click();
      marks.setCurrentSeed(3);
      button(marks, "Bookmark seed")->click();
      button(marks, "Bookmark seed")->click();  // once only
      QCOMPARE(marks.bookmarks(), (QList<qint64>{3, 7}));
      QCOMPARE(marks.seedsForExport(), QString("3,7"));
    }
    SeedBookmarks again;
    again.setRun(runDir_ + "/");  // the same run, spelled differently
    QCOMPARE(again.bookmarks(), (QList<qint64>{3, 7}));
    again.setRun(root_ + "/another-run");
    QVERIFY(again.bookmarks().isEmpty());
    again.setCurrentSeed(5);
    QCOMPARE(again.seedsForExport(), QString("5"));  // no bookmarks: the seed shown
    again.setRun(runDir_);
    again.remove(3);
    QCOMPARE(again.bookmarks(), (QList<qint64>{7}));
    again.remove(7);
  }

  void explorerSavesAndSendsSeedsToExport() {
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPath(runDir_));
    window.tabs()->setCurrentIndex(MainWindow::ExplorePage);
    LatentExplorerPage* page = window.exploreTab()->latentExplorer();
    QTRY_VERIFY_WITH_TIMEOUT(!page->seedPanel()->currentImage().isNull(), 60000);

    // A bookmark click shows that seed.
    page->seedPanel()->setPosition(12);
    QCOMPARE(page->bookmarks()->currentSeed(), qint64(12));
    button(*page->bookmarks(), "Bookmark seed")->click();
    page->seedPanel()->setPosition(4);
    Q_EMIT page->bookmarks()->seedChosen(12);
    QCOMPARE(page->seedPanel()->position(), 12.0);
    QCOMPARE(page->sections()->currentWidget(), page->seedPanel());  // back from the Bookmarks tab
    QTRY_VERIFY_WITH_TIMEOUT(page->shownViewRequest() == page->lastViewRequest(), 60000);

    const QString png = root_ + "/shown.png";
    QVERIFY(page->saveShownImage(png));
    QCOMPARE(QImage(png).size(), page->seedPanel()->currentImage().size());

    QVERIFY(window.grab().save(
        QDir(qEnvironmentVariable("FEWSHOT_BINARY_DIR", QDir::tempPath())).filePath("seed_bookmarks_explore.png")));
    page->bookmarks()->setCurrentSeed(30);
    page->bookmarks()->add(30);
    button(*page->bookmarks(), "Send to Export")->click();
    QCOMPARE(window.tabs()->currentIndex(), static_cast<int>(MainWindow::ExportPage));
    QCOMPARE(window.exportTab()->currentKind(), Kind::SingleImages);
    fewshot::bridge::ExportJob job;
    window.exportTab()->form(Kind::SingleImages)->applyTo(job);
    QCOMPARE(job.seeds, QString("12,30"));
  }
};

QTEST_MAIN(TestSeedBookmarks)
#include "test_seed_bookmarks.moc"
