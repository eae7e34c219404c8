// The latent explorer on a tiny trained FastGAN run (64 px, ngf 8, 10 iterations): images match the
// core's RunSampler pixel for pixel, fractional seed positions blend neighbouring seeds, bursts of
// requests are coalesced (the newest is shown), the style-mixing grid has the paper's layout, bad
// seed lists are refused, a run without a checkpoint says so and loads when one appears, and the UI
// thread keeps ticking while the worker renders.
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

#include <cmath>
#include <ctime>

#include "bridge/explore_bridge.h"
#include "bridge/training_bridge.h"
#include "core/explore/latent_ops.h"
#include "core/explore/run_sampler.h"
#include "core/io/image_grid.h"
#include "gui_test_support.h"
#include "image_compare.h"
#include "family_runs.h"
#include "ui_stall_meter.h"
#include "widgets/explore/explore_tab.h"
#include "widgets/explore/latent_explorer_page.h"
#include "widgets/explore/latent_image_view.h"
#include "widgets/explore/seed_explorer_panel.h"
#include "widgets/explore/style_mix_panel.h"

using fewshot::bridge::ExploreBridge;
using fewshot::bridge::TrainingBridge;
using fewshot::widgets::LatentExplorerPage;
namespace explore = fewshot::explore;

namespace {

constexpr int kSize = 64;
constexpr int kTimeoutMs = 300000;

using fewshot::testing::maxDiff;
using fewshot::testing::toImage;

double meanDiff(const QImage& a, const QImage& b) {
  const QImage x = a.convertToFormat(QImage::Format_RGB888), y = b.convertToFormat(QImage::Format_RGB888);
  double sum = 0;
  for (int r = 0; r < x.height(); ++r)
    for (int i = 0; i < x.width() * 3; ++i) sum += std::abs(x.constScanLine(r)[i] - y.constScanLine(r)[i]);
  return sum / (x.width() * x.height() * 3.0);
}

QImage cell(const QImage& grid, int row, int column, int padding, int size = kSize) {
  return grid.copy(padding + column * (size + padding), padding + row * (size + padding), size, size);
}

}  // namespace

class TestLatentExplorer : public QObject {
  Q_OBJECT
  QString runDir_, root_;
  std::unique_ptr<explore::RunSampler> core_;

  QImage coreImage(const torch::Tensor& z, explore::NormMode mode = explore::NormMode::RunningStatistics) {
    return toImage(core_->render(z, {mode, 0})[0]);
  }

  // Shows `position` in `page` and waits until that request's image is displayed.
  QImage renderAt(LatentExplorerPage& page, double position) {
    page.seedPanel()->setPosition(position);
    const qint64 id = page.lastViewRequest();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(page.shownViewRequest() >= id, kTimeoutMs); }();
    return page.seedPanel()->currentImage();
  }

  void loadPage(LatentExplorerPage& page) {
    QSignalSpy loaded(page.explorer(), &ExploreBridge::loaded);
    page.setRun(runDir_);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(page.shownViewRequest() > 0, kTimeoutMs);
  }

 private Q_SLOTS:
  void initTestCase() {
    root_ = fewshot::testing::guiScratchDir("latent_explorer");
    const QString data = fewshot::testing::writeDiscFolder(root_ + "/discs", 8, kSize);
    runDir_ = root_ + "/run";
    QVariantMap config = fewshot::testing::tinyConfig(data, runDir_, 10);
    QVariantMap fastgan = config.value("fastgan").toMap();
    fastgan["image_size"] = kSize;
    config["fastgan"] = fastgan;
    config["sample_every"] = 10;
    TrainingBridge training;
    QSignalSpy finished(&training, &TrainingBridge::finished), failed(&training, &TrainingBridge::failed);
    training.startNew(config);
    // Seconds on an idle machine; much longer when other jobs share the cores.
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1 || failed.count() > 0, 800000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].toString()));
    core_ = explore::RunSampler::open(runDir_.toStdString());
  }

  void loadsAndMatchesTheCoreInEvalMode() {
    LatentExplorerPage page;
    page.seedPanel()->setBatchStatistics(false);
    loadPage(page);
    QVERIFY2(page.checkpointText().contains("Iteration 10"), qPrintable(page.checkpointText()));
    const QImage image = renderAt(page, 5);
    QCOMPARE(image.size(), QSize(kSize, kSize));
    QCOMPARE(page.seedPanel()->positionText(), QStringLiteral("seed 5.00"));
    QCOMPARE(maxDiff(image, coreImage(explore::latentForSeed(5, core_->config().fastgan.nz))), 0);
    QVERIFY(page.seedPanel()->statsText().contains("ms"));
  }

  void fractionalPositionsBlendNeighbours() {
    LatentExplorerPage page;
    page.seedPanel()->setBatchStatistics(false);
    loadPage(page);
    const int64_t nz = core_->config().fastgan.nz;
    const QImage seed2 = coreImage(explore::latentForSeed(2, nz)), seed3 = coreImage(explore::latentForSeed(3, nz));
    QCOMPARE(maxDiff(renderAt(page, 2.0), seed2), 0);
    const QImage half = renderAt(page, 2.5);
    QCOMPARE(page.seedPanel()->positionText(), QStringLiteral("seed 2.50"));
    // A 10-iteration model barely depends on z, so "differs" is any pixel; the exact match with the
    // core's lerp below is what pins the blend down.
    qInfo("mean |2.5 - seed 2| = %.3f, |2.5 - seed 3| = %.3f, |seed 2 - seed 3| = %.3f", meanDiff(half, seed2),
          meanDiff(half, seed3), meanDiff(seed2, seed3));
    QVERIFY(maxDiff(half, seed2) > 0 && maxDiff(half, seed3) > 0);
    QCOMPARE(maxDiff(half, coreImage(explore::lerp(explore::latentForSeed(2, nz), explore::latentForSeed(3, nz), 0.5))),
             0);
    page.seedPanel()->setSpherical(true);
    QCOMPARE(maxDiff(renderAt(page, 2.25),
                     coreImage(explore::slerp(explore::latentForSeed(2, nz), explore::latentForSeed(3, nz), 0.25))),
             0);

    // Batch statistics: rendered as the first of seeds N..N+7, as `fewshot sample --seeds N-N+7 --bn batch`.
    page.seedPanel()->setSpherical(false);
    page.seedPanel()->setBatchStatistics(true);
    const QImage batched = renderAt(page, 4.0);
    QCOMPARE(maxDiff(batched, coreImage(explore::latentsForSeeds({4, 5, 6, 7, 8, 9, 10, 11}, nz),
                                        explore::NormMode::BatchStatistics)),
             0);
    QVERIFY(maxDiff(batched, coreImage(explore::latentForSeed(4, nz))) > 0);  // the mode matters
  }

  void buttonsKeysAndDragMoveAlongTheSeedLine() {
    LatentExplorerPage page;
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* panel = page.seedPanel();
    panel->setPosition(7.4);
    QToolButton* next = nullptr;
    QToolButton* previous = nullptr;
    for (auto* b : panel->findChildren<QToolButton*>()) {
      if (b->text() == QStringLiteral("▶")) next = b;
      if (b->text() == QStringLiteral("◀")) previous = b;
    }
    QVERIFY(next && previous);
    next->click();
    QCOMPARE(panel->position(), 8.0);
    previous->click();
    previous->click();
    QCOMPARE(panel->position(), 6.0);
    panel->view()->setFocus();
    QTest::keyClick(panel->view(), Qt::Key_Right);
    QCOMPARE(panel->position(), 7.0);
    QTest::keyClick(panel->view(), Qt::Key_Left);
    QCOMPARE(panel->position(), 6.0);
    // Dragging sideways moves continuously: kDragPixelsPerSeed pixels per seed.
    auto* view = panel->view();
    const QPoint start(view->width() / 2 - 50, view->height() / 2);
    QTest::mousePress(view, Qt::LeftButton, {}, start);
    QMouseEvent move(QEvent::MouseMove, QPointF(start + QPoint(70, 0)),
                     view->mapToGlobal(QPointF(start + QPoint(70, 0))), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view, &move);
    QTest::mouseRelease(view, Qt::LeftButton, {}, start + QPoint(70, 0));
    QCOMPARE(panel->position(), 6.0 + 70.0 / fewshot::widgets::SeedExplorerPanel::kDragPixelsPerSeed);
    QCOMPARE(panel->positionText(), QStringLiteral("seed 6.35"));
  }

  void burstsAreCoalesced() {
    LatentExplorerPage page;
    page.seedPanel()->setBatchStatistics(false);
    loadPage(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page.explorer()->busy(), kTimeoutMs);
    const int before = page.explorer()->seedViewsRendered();
    for (int i = 1; i <= 50; ++i) page.seedPanel()->setPosition(10.0 + i * 0.02);
    const qint64 last = page.lastViewRequest();
    QTRY_VERIFY_WITH_TIMEOUT(page.shownViewRequest() == last && !page.explorer()->busy(), kTimeoutMs);
    const int renders = page.explorer()->seedViewsRendered() - before;
    qInfo("50 requests -> %d renders", renders);
    QVERIFY2(renders <= 5, qPrintable(QString::number(renders)));
    const int64_t nz = core_->config().fastgan.nz;
    QCOMPARE(maxDiff(page.seedPanel()->currentImage(),
                     coreImage(explore::lerp(explore::latentForSeed(11, nz), explore::latentForSeed(12, nz), 0.0))),
             0);
    QCOMPARE(page.seedPanel()->positionText(), QStringLiteral("seed 11.00"));
  }

  void styleMixingGrid() {
    LatentExplorerPage page;
    loadPage(page);
    auto* mix = page.styleMixPanel();
    QSignalSpy grids(page.explorer(), &ExploreBridge::mixRendered);
    auto render = [&] {
      const int before = grids.count();
      for (auto* b : mix->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Render")) b->click();
      QTRY_VERIFY_WITH_TIMEOUT(grids.count() == before + 1, kTimeoutMs);
    };
    const int pad = 2;
    mix->setBatchStatistics(false);
    for (int g = 0; g < 4; ++g) mix->setGateFromStyle(g, false);
    mix->setContentSeeds("1-3");
    mix->setStyleSeeds("7,8");
    render();
    QImage grid = mix->grid();
    QCOMPARE(grid.size(), QSize(3 * (kSize + pad) + pad, 4 * (kSize + pad) + pad));
    const int64_t nz = core_->config().fastgan.nz;
    const torch::Tensor content = explore::latentsForSeeds({1, 2, 3}, nz), style = explore::latentsForSeeds({7, 8}, nz);
    const torch::Tensor plainContent = core_->render(content, {explore::NormMode::RunningStatistics, 0});
    const torch::Tensor plainStyle = core_->render(style, {explore::NormMode::RunningStatistics, 0});
    QCOMPARE(maxDiff(cell(grid, 0, 0, pad), toImage(torch::ones({3, kSize, kSize}))), 0);  // the blank corner
    for (int j = 0; j < 2; ++j) QCOMPARE(maxDiff(cell(grid, 0, j + 1, pad), toImage(plainStyle[j])), 0);
    for (int i = 0; i < 3; ++i) {
      QCOMPARE(maxDiff(cell(grid, i + 1, 0, pad), toImage(plainContent[i])), 0);
      // All gates from A: the row is its content image. Noise injections draw per batch shape (3 vs 6
      // images), so with two style seeds the match is within the noise of an almost untrained model.
      for (int j = 0; j < 2; ++j)
        QVERIFY2(maxDiff(cell(grid, i + 1, j + 1, pad), cell(grid, i + 1, 0, pad)) <= 2,
                 qPrintable(QString::number(maxDiff(cell(grid, i + 1, j + 1, pad), cell(grid, i + 1, 0, pad)))));
    }
    // One style seed: the batch shapes match plain sampling, so the mixed column is exact.
    mix->setStyleSeeds("7");
    render();
    grid = mix->grid();
    QCOMPARE(grid.size(), QSize(2 * (kSize + pad) + pad, 4 * (kSize + pad) + pad));
    for (int i = 0; i < 3; ++i) QCOMPARE(maxDiff(cell(grid, i + 1, 1, pad), cell(grid, i + 1, 0, pad)), 0);
    // The 64 px gate from B (the only gate of a 64 px model) changes the mixed images.
    mix->setGateFromStyle(0, true);
    render();
    grid = mix->grid();
    qInfo("gate 64 from B: mean change %.3f", meanDiff(cell(grid, 1, 1, pad), cell(grid, 1, 0, pad)));
    QVERIFY(maxDiff(cell(grid, 1, 1, pad), cell(grid, 1, 0, pad)) > 0);
    QVERIFY(mix->errorText().isEmpty());

    const QString png = root_ + "/grid.png";
    QVERIFY(mix->saveGrid(png));
    QCOMPARE(QImage(png).size(), grid.size());

    // The view shows the grid enlarged (64 px cells x 2, nearest neighbour) and labelled: the blank corner
    // now says which way the seeds run, the header cells carry their seeds on a dark band, the mixes are untouched.
    const QImage shown = mix->shownImage();
    QCOMPARE(shown.size(), grid.size() * 2);
    const auto shownCell = [&](int row, int column) {
      return cell(shown, row, column, 2 * pad, 2 * kSize)
          .scaled(kSize, kSize, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    };
    QVERIFY(maxDiff(shownCell(0, 0), cell(grid, 0, 0, pad)) > 0);
    QCOMPARE(maxDiff(shownCell(1, 1), cell(grid, 1, 1, pad)), 0);
    const QImage header = cell(shown, 0, 1, 2 * pad, 2 * kSize);
    QVERIFY(qGray(header.pixel(header.width() / 2, header.height() - 2)) < 90);  // the band under "B · seed 7"

    // The official recipe renders too (batch statistics, no 64 gate).
    mix->setOfficial(true);
    mix->setStyleSeeds("7,8");
    render();
    QCOMPARE(mix->grid().size(), QSize(3 * (kSize + pad) + pad, 4 * (kSize + pad) + pad));
  }

  // Gates above the model's resolution are not offered; a model without any (32 px) cannot mix, and says so.
  void gatesFollowTheResolution() {
    fewshot::widgets::StyleMixPanel mix;
    auto visibleGates = [&] {
      QStringList shown;
      for (auto* box : mix.findChildren<QCheckBox*>())
        if (!box->isHidden()) shown << box->text();
      return shown;
    };
    auto renderButton = [&] {
      for (auto* b : mix.findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Render")) return b;
      return static_cast<QPushButton*>(nullptr);
    };
    mix.setImageSize(128);
    QCOMPARE(visibleGates(), (QStringList{"64", "128"}));
    QVERIFY(renderButton()->isEnabled());
    mix.setImageSize(1024);
    QCOMPARE(visibleGates(), (QStringList{"64", "128", "256", "512"}));
    mix.setImageSize(32);
    QCOMPARE(visibleGates(), QStringList{});
    QVERIFY(!renderButton()->isEnabled());
    bool explained = false;
    for (auto* label : mix.findChildren<QLabel*>())
      explained = explained || label->text().contains(QStringLiteral("no SLE gates"));
    QVERIFY(explained);
  }

  void badSeedListShowsAnError() {
    LatentExplorerPage page;
    loadPage(page);
    auto* mix = page.styleMixPanel();
    QSignalSpy grids(page.explorer(), &ExploreBridge::mixRendered);
    mix->setContentSeeds("1,x");
    fewshot::bridge::StyleMixRequest request;
    QVERIFY(!mix->buildRequest(&request));
    QVERIFY2(mix->errorText().contains("Content seeds") && mix->errorText().contains("1,x"),
             qPrintable(mix->errorText()));
    mix->setContentSeeds("1");
    mix->setStyleSeeds("9-3");
    QVERIFY(!mix->buildRequest(&request));
    QVERIFY2(mix->errorText().contains("9-3"), qPrintable(mix->errorText()));
    QTest::qWait(200);
    QCOMPARE(grids.count(), 0);
    QVERIFY(mix->grid().isNull());
  }

  void runWithoutCheckpointWaitsAndFollowsTraining() {
    const QString waiting = root_ + "/waiting";
    QDir().mkpath(waiting);
    QVERIFY(QFile::copy(runDir_ + "/config.json", waiting + "/config.json"));
    LatentExplorerPage page;
    QSignalSpy failed(page.explorer(), &ExploreBridge::loadFailed), loaded(page.explorer(), &ExploreBridge::loaded);
    page.setRun(waiting);
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, kTimeoutMs);
    QVERIFY2(page.checkpointText().contains("no checkpoint yet"), qPrintable(page.checkpointText()));
    // Training writes its first checkpoint: the page loads it.
    QDir().mkpath(waiting + "/checkpoints");
    for (const QString& f : QDir(runDir_ + "/checkpoints").entryList(QDir::Files))
      QVERIFY(QFile::copy(runDir_ + "/checkpoints/" + f, waiting + "/checkpoints/" + f));
    page.checkpointSaved(10);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(page.shownViewRequest() > 0, kTimeoutMs);
    QCOMPARE(page.seedPanel()->currentImage().size(), QSize(kSize, kSize));
    // Following is optional once a generator is loaded.
    page.setFollowTraining(false);
    page.checkpointSaved(20);
    QTest::qWait(300);
    QCOMPARE(loaded.count(), 1);
  }

  // A family other than FastGAN: the Explore tab picks the latent page from the registry, the seed view
  // renders through the same RunSampler as the CLI, and style mixing is disabled with PGGAN's reason.
  void pgganRunIsExploredThroughTheSampler() {
    const QString run = root_ + "/pggan";
    const QString error = fewshot::testing::trainTinyPggan(root_ + "/discs", run);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto core = explore::RunSampler::open(run.toStdString());
    fewshot::widgets::ExploreTab tab;
    tab.setRun(run);
    QCOMPARE(tab.findChild<QStackedWidget*>()->currentWidget(), tab.latentExplorer());
    LatentExplorerPage& page = *tab.latentExplorer();
    page.seedPanel()->setBatchStatistics(false);
    QTRY_VERIFY_WITH_TIMEOUT(page.explorer()->isLoaded() && page.shownViewRequest() > 0, kTimeoutMs);
    const QImage image = renderAt(page, 3);
    QCOMPARE(image.size(), QSize(16, 16));
    const torch::Tensor expected = core->render(core->latentsForSeeds({3}), {explore::NormMode::RunningStatistics, 0});
    QCOMPARE(maxDiff(image, toImage(expected[0])), 0);
    const int mixTab = page.sections()->indexOf(page.styleMixPanel());
    QVERIFY(!page.sections()->isTabEnabled(mixTab));
    QCOMPARE(page.sections()->tabToolTip(mixTab).toStdString(),
             core->family().whyNot(fewshot::models::Capability::StyleMixing));
  }

  void uiThreadKeepsTickingWhileRendering() {
    LatentExplorerPage page;
    page.seedPanel()->setBatchStatistics(true);  // 8 images per frame: the heaviest view
    loadPage(page);
    const int before = page.explorer()->seedViewsRendered();
    fewshot::testing::StallMeter meter;
    page.seedPanel()->setAnimationSpeed(3.0);
    page.seedPanel()->setAnimating(true);
    fewshot::testing::spinUntil([&] { return page.explorer()->seedViewsRendered() - before >= 6; }, 120000);
    page.seedPanel()->setAnimating(false);
    meter.stop();
    const int frames = page.explorer()->seedViewsRendered() - before;
    const QString summary = meter.summary();
    qInfo("animation: %d frames rendered; %s; %s", frames, qPrintable(summary),
          qPrintable(page.seedPanel()->statsText()));
    QVERIFY(frames >= 6);
    QVERIFY(page.seedPanel()->position() > 0.1);
    // The UI thread's own CPU time between two 1 ms ticks: rendering happens elsewhere.
    const double uiCpuMs = summary.section("longest_ui_cpu_between_ticks_ms=", 1).toDouble();
    QVERIFY2(uiCpuMs < 50.0, qPrintable(summary));
  }
};

QTEST_MAIN(TestLatentExplorer)
#include "test_latent_explorer.moc"
