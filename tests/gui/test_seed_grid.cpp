// Explore's seed grid on tiny trained runs (FastGAN; PGGAN and Projected GAN through the same sampler): a page of
// rows × columns seeds from a first seed, each cell the core's image of its seed (image 0 of the seed, the
// page rendered as one batch, as `fewshot sample --seeds`), labelled with its seed; ◀ ▶ turn pages; a click
// on a cell shows that seed in the seed view, Ctrl+click bookmarks it; nothing renders while the tab is hidden.
#include <QDir>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

#include "bridge/explore_bridge.h"
#include "core/explore/run_sampler.h"
#include "core/io/image_grid.h"
#include "family_runs.h"
#include "gui_test_support.h"
#include "image_compare.h"
#include "widgets/explore/explore_tab.h"
#include "widgets/explore/latent_explorer_page.h"
#include "widgets/explore/seed_bookmarks.h"
#include "widgets/explore/seed_explorer_panel.h"
#include "widgets/explore/seed_grid_panel.h"
#include "widgets/explore/seed_grid_view.h"
#include "widgets/explore/style_mix_panel.h"

using fewshot::bridge::ExploreBridge;
using fewshot::widgets::LatentExplorerPage;
using fewshot::widgets::SeedGridView;
namespace explore = fewshot::explore;

namespace {

constexpr int kTimeoutMs = 300000;

using fewshot::testing::maxDiff;
using fewshot::testing::toImage;

// Shows the grid tab of `page` and waits for the newest grid request's images.
void waitForGrid(LatentExplorerPage& page) {
  QTRY_VERIFY_WITH_TIMEOUT(page.lastGridRequest() > 0 && page.shownGridRequest() == page.lastGridRequest(), kTimeoutMs);
}

// Each cell is the core's image of its seed, the page rendered as one batch in eval mode.
void expectCellsMatchTheCore(LatentExplorerPage& page, explore::RunSampler& core, int size) {
  SeedGridView* view = page.seedGrid()->view();
  const QList<quint64> seeds = view->seeds();
  explore::ImageOptions eval;
  eval.render.norm = explore::NormMode::RunningStatistics;
  const torch::Tensor expected = core.renderSeeds({seeds.begin(), seeds.end()}, eval);
  QCOMPARE(expected.size(0), static_cast<int64_t>(view->cellCount()));
  for (int i = 0; i < view->cellCount(); ++i) {
    QCOMPARE(view->cellImage(i).size(), QSize(size, size));
    QCOMPARE(maxDiff(view->cellImage(i), toImage(expected[i])), 0);
  }
}

}  // namespace

class TestSeedGrid : public QObject {
  Q_OBJECT
  QString root_, runDir_;

 private Q_SLOTS:
  void initTestCase() {
    root_ = fewshot::testing::guiScratchDir("seed_grid");
    fewshot::testing::useScratchSettings(root_ + "/settings", "test_seed_grid");
    fewshot::testing::writeDiscFolder(root_ + "/discs");
    runDir_ = root_ + "/run";
    fewshot::testing::trainToEnd(fewshot::testing::quickConfig(root_ + "/discs", runDir_, 4));
  }

  void gridShowsAPageOfSeeds() {
    LatentExplorerPage page;
    page.resize(900, 700);
    page.seedPanel()->setBatchStatistics(false);
    page.seedGrid()->setFirstSeed(5);
    page.seedGrid()->setShape(2, 3);
    QSignalSpy loaded(page.explorer(), &ExploreBridge::loaded);
    page.setRun(runDir_);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, kTimeoutMs);
    QTest::qWait(200);
    QCOMPARE(page.lastGridRequest(), qint64(0));  // hidden: no grid is rendered behind the seed view

    page.sections()->setCurrentWidget(page.seedGrid());
    waitForGrid(page);
    SeedGridView* view = page.seedGrid()->view();
    QCOMPARE(view->cellCount(), 6);
    QCOMPARE(view->columns(), 3);
    QCOMPARE(view->seeds(), (QList<quint64>{5, 6, 7, 8, 9, 10}));
    const auto core = explore::RunSampler::open(runDir_.toStdString());
    expectCellsMatchTheCore(page, *core, 32);
    QVERIFY2(page.seedGrid()->statsText().contains("iteration 4"), qPrintable(page.seedGrid()->statsText()));

    // Cells lie row by row, inside the view, apart from each other.
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QRect first = view->cellRect(0), second = view->cellRect(1), below = view->cellRect(3);
    QVERIFY(view->rect().contains(first) && view->rect().contains(view->cellRect(5)));
    QVERIFY(second.left() > first.right() && second.top() == first.top());
    QVERIFY(below.top() > first.bottom() && below.left() == first.left());
    QCOMPARE(view->cellAt(view->cellRect(4).center()), 4);
    QCOMPARE(view->cellAt(QPoint(0, 0)), -1);
    QVERIFY(page.grab().save(
        QDir(qEnvironmentVariable("FEWSHOT_BINARY_DIR", QDir::tempPath())).filePath("seed_grid_explore.png")));

    // The next page starts where this one ended.
    for (QToolButton* button : page.seedGrid()->findChildren<QToolButton*>())
      if (button->toolTip() == "The next page of seeds") button->click();
    waitForGrid(page);
    QCOMPARE(view->seeds(), (QList<quint64>{11, 12, 13, 14, 15, 16}));
    expectCellsMatchTheCore(page, *core, 32);

    // Ctrl+click bookmarks the cell's seed and stays on the grid; a click shows it in the seed view.
    QTest::mouseClick(view, Qt::LeftButton, Qt::ControlModifier, view->cellRect(2).center());
    QVERIFY(page.bookmarks()->bookmarks().contains(13));
    QCOMPARE(page.sections()->currentWidget(), page.seedGrid());
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, view->cellRect(4).center());
    QCOMPARE(page.sections()->currentWidget(), page.seedPanel());
    QCOMPARE(page.seedPanel()->position(), 15.0);
    QTRY_VERIFY_WITH_TIMEOUT(page.shownViewRequest() == page.lastViewRequest(), kTimeoutMs);
    // In eval mode the seed view's image of seed 15 is the grid's cell (rendered alone, not in a batch).
    QVERIFY(maxDiff(page.seedPanel()->currentImage(), view->cellImage(4)) <= 1);
    QVERIFY(maxDiff(page.seedPanel()->currentImage(), view->cellImage(3)) > 0);
    page.bookmarks()->remove(13);
  }

  // PGGAN has a sampler too: its page of seeds is the core's.
  void pgganRunHasASeedGrid() {
    const QString run = root_ + "/pggan";
    const QString error = fewshot::testing::trainTinyPggan(root_ + "/discs", run);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    LatentExplorerPage page;
    page.seedPanel()->setBatchStatistics(false);
    page.seedGrid()->setShape(2, 2);
    page.sections()->setCurrentWidget(page.seedGrid());
    page.setRun(run);
    waitForGrid(page);
    QCOMPARE(page.seedGrid()->view()->seeds(), (QList<quint64>{0, 1, 2, 3}));
    const auto core = explore::RunSampler::open(run.toStdString());
    expectCellsMatchTheCore(page, *core, 16);
  }

  // Projected GAN as well: the Explore tab opens its run on the latent page, the page of seeds is the
  // core's, and Style mixing is offered exactly when the family can mix (else disabled with its reason).
  void projectedRunIsExploredThroughTheSampler() {
    const QString run = root_ + "/projected";
    const QString error = fewshot::testing::trainTinyProjected(root_ + "/discs", run);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    fewshot::widgets::ExploreTab tab;
    LatentExplorerPage& page = *tab.latentExplorer();
    page.seedPanel()->setBatchStatistics(false);
    page.seedGrid()->setShape(2, 2);
    page.sections()->setCurrentWidget(page.seedGrid());
    tab.setRun(run);
    QCOMPARE(tab.findChild<QStackedWidget*>()->currentWidget(), &page);
    waitForGrid(page);
    QCOMPARE(page.seedGrid()->view()->seeds(), (QList<quint64>{0, 1, 2, 3}));
    const auto core = explore::RunSampler::open(run.toStdString());
    expectCellsMatchTheCore(page, *core, 64);
    const int mixTab = page.sections()->indexOf(page.styleMixPanel());
    const std::string why = core->family().whyNot(fewshot::models::Capability::StyleMixing);
    QCOMPARE(page.sections()->isTabEnabled(mixTab), why.empty());
    QCOMPARE(page.sections()->tabToolTip(mixTab).toStdString(), why);
  }
};

QTEST_MAIN(TestSeedGrid)
#include "test_seed_grid.moc"
