// The live sample grid: a small grid fills its space by nearest-neighbour enlargement (each sample pixel
// a block of one colour on screen, no blur at the cell edges); a click enlarges one sample and a second
// click or Esc returns to the grid; the enlarged sample stays the same one while scrubbing back to
// earlier grids and when a new grid arrives; Play runs through the grids from the first to the newest;
// before any grid, the view says when the first one comes.
#include <QtTest>

#include <QSlider>
#include <QToolButton>

#include "gui_test_support.h"
#include "widgets/train/sample_grid_layout.h"
#include "widgets/train/sample_grid_view.h"
#include "widgets/train/sample_timelapse.h"

using fewshot::widgets::SampleGridLayout;
using fewshot::widgets::SampleGridView;
using fewshot::widgets::SampleTimelapse;

namespace {

constexpr int kSample = 8;  // px
constexpr int kCount = 4;   // samples per grid: 2 × 2

// The colour of sample `index` in the grid of `generation`: tells samples and grids apart on screen.
QColor sampleColor(int generation, int index) {
  return QColor(40 + 60 * index, 30 + 50 * generation, 200 - 40 * index);
}

// Laid out as the trainer writes grids (core/io/image_grid.h): a 2 px black border around each cell.
QImage makeGrid(int generation) {
  const int size = 2 * (kSample + 2) + 2;
  QImage grid(size, size, QImage::Format_RGB32);
  grid.fill(Qt::black);
  for (int i = 0; i < kCount; ++i)
    for (int y = 0; y < kSample; ++y)
      for (int x = 0; x < kSample; ++x)
        grid.setPixelColor(2 + (i % 2) * (kSample + 2) + x, 2 + (i / 2) * (kSample + 2) + y,
                           sampleColor(generation, i));
  return grid;
}

QColor colorOnScreen(QWidget* widget, const QPoint& pos) { return widget->grab().toImage().pixelColor(pos); }

}  // namespace

class TestSampleTimelapse : public QObject {
  Q_OBJECT
  QString root_;

 private Q_SLOTS:
  void initTestCase() { root_ = fewshot::testing::guiScratchDir("sample_timelapse"); }

  void gridLayoutFindsTheCells() {
    const SampleGridLayout g = SampleGridLayout::of(makeGrid(0).size(), kCount);
    QCOMPARE(g.columns, 2);
    QCOMPARE(g.rows, 2);
    QCOMPARE(g.cell, QSize(kSample, kSample));
    QCOMPARE(g.cellRect(3), QRect(12, 12, kSample, kSample));
    QCOMPARE(g.indexAt(QPoint(13, 3)), 1);
    QCOMPARE(g.indexAt(QPoint(10, 3)), -1);  // the border between two cells
    // Non-square samples (ConSinGAN's landscapes), five in a 3 × 2 grid.
    const SampleGridLayout wide = SampleGridLayout::of(QSize(3 * 22 + 2, 2 * 12 + 2), 5);
    QCOMPARE(wide.cell, QSize(20, 10));
    QCOMPARE(wide.indexAt(QPoint(3, 15)), 3);
    QCOMPARE(wide.indexAt(QPoint(50, 15)), -1);  // past the last sample
    // A grid that does not divide by the count is one cell.
    QVERIFY(SampleGridLayout::of(QSize(23, 22), kCount).isSingleCell());
  }

  void smallGridsAreEnlargedCrisply() {
    SampleTimelapse timelapse;
    timelapse.setSampleCount(kCount);
    timelapse.resize(420, 480);
    timelapse.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timelapse));
    timelapse.addGrid(100, makeGrid(0), QString());
    SampleGridView* view = timelapse.gridView();
    const QRect shown = view->displayRect();
    QVERIFY2(shown.width() >= 16 * 22 && shown.width() <= view->width(), qPrintable(QString::number(shown.width())));
    QVERIFY(view->nearestNeighbourScaling());
    QCOMPARE(shown.width() % 22, 0);  // a whole factor: every pixel the same size
    // Inside a cell, one pixel from its edge, the colour is the sample's own: nearest neighbour does not blend.
    const QRect cell = view->cellOnScreen(1);
    for (const QPoint& p : {cell.topLeft() + QPoint(1, 1), cell.center(), cell.bottomRight() - QPoint(1, 1)})
      QCOMPARE(colorOnScreen(view, p), sampleColor(0, 1));
  }

  void clickEnlargesOneSampleThroughScrubbing() {
    QTemporaryDir dir;
    SampleTimelapse timelapse;
    timelapse.setSampleCount(kCount);
    timelapse.resize(420, 480);
    timelapse.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timelapse));
    for (int generation = 0; generation < 3; ++generation) {
      const QString path = dir.filePath(QStringLiteral("iter_%1.png").arg(generation));
      QVERIFY(makeGrid(generation).save(path));
      timelapse.addGrid(100 * (generation + 1), makeGrid(generation), path);
    }
    SampleGridView* view = timelapse.gridView();
    QCOMPARE(timelapse.shownIteration(), 300);
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, view->cellOnScreen(3).center());
    QCOMPARE(view->enlargedIndex(), 3);
    QCOMPARE(timelapse.shownImage().size(), QSize(kSample, kSample));
    QCOMPARE(timelapse.shownImage().pixelColor(4, 4), sampleColor(2, 3));
    QVERIFY2(timelapse.caption().contains("4 of 4"), qPrintable(timelapse.caption()));
    const QRect shown = view->displayRect();
    QVERIFY(shown.width() >= 40 * kSample);  // the one sample fills the view
    QCOMPARE(colorOnScreen(view, shown.topLeft() + QPoint(1, 1)), sampleColor(2, 3));

    // Scrubbing back: the same sample, from the earlier grid (read back from its PNG).
    timelapse.slider()->setValue(0);
    QCOMPARE(timelapse.shownIteration(), 100);
    QCOMPARE(view->enlargedIndex(), 3);
    QCOMPARE(timelapse.shownImage().pixelColor(4, 4), sampleColor(0, 3));
    // A new grid while an earlier one is shown: the view stays where the user scrubbed to.
    timelapse.addGrid(400, makeGrid(3), QString());
    QCOMPARE(timelapse.shownIteration(), 100);
    timelapse.slider()->setValue(timelapse.slider()->maximum());
    QCOMPARE(timelapse.shownImage().pixelColor(4, 4), sampleColor(3, 3));

    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(view->enlargedIndex(), -1);
    QCOMPARE(timelapse.shownImage().size(), makeGrid(0).size());
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, view->cellOnScreen(0).center());
    QCOMPARE(view->enlargedIndex(), 0);
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, view->rect().center());
    QCOMPARE(view->enlargedIndex(), -1);  // a second click returns to the grid
  }

  void playRunsThroughTheGrids() {
    QTemporaryDir dir;
    SampleTimelapse timelapse;
    timelapse.setSampleCount(kCount);
    QVERIFY(!timelapse.playButton()->isEnabled());
    QVERIFY(timelapse.playButton()->isHidden());
    for (int generation = 0; generation < 4; ++generation) {
      const QString path = dir.filePath(QStringLiteral("iter_%1.png").arg(generation));
      QVERIFY(makeGrid(generation).save(path));
      timelapse.addGrid(10 * (generation + 1), makeGrid(generation), path);
    }
    QVERIFY(timelapse.playButton()->isEnabled());
    QVERIFY(!timelapse.playButton()->isHidden());
    QList<qint64> seen;
    connect(timelapse.slider(), &QSlider::valueChanged, this, [&] { seen.append(timelapse.shownIteration()); });
    timelapse.playButton()->click();
    QVERIFY(timelapse.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(!timelapse.isPlaying(), 5000);
    QCOMPARE(seen, (QList<qint64>{10, 20, 30, 40}));  // from the first grid to the newest, in order
    QCOMPARE(timelapse.shownIteration(), 40);
    QVERIFY(!timelapse.playButton()->isChecked());
  }

  void placeholderSaysWhenTheFirstGridComes() {
    SampleTimelapse timelapse;
    timelapse.setSampleEvery(250);
    QVERIFY2(timelapse.gridView()->placeholder().contains("250"), qPrintable(timelapse.gridView()->placeholder()));
    timelapse.setSampleEvery(0);  // a multi-image family: a grid of the untrained generator at the start
    QVERIFY2(timelapse.gridView()->placeholder().contains("starts"), qPrintable(timelapse.gridView()->placeholder()));
    timelapse.setSampleEvery(250);
    timelapse.addGrid(250, makeGrid(0), QString());
    timelapse.clear();
    QVERIFY(timelapse.shownImage().isNull());
    QCOMPARE(timelapse.count(), 0);
  }
};

QTEST_MAIN(TestSampleTimelapse)
#include "test_sample_timelapse.moc"
