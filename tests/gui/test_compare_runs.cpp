// Compare runs: two run folders written here the way the trainer writes them (config.json, metrics.jsonl
// lines, samples/iter_<8 digits>.png) are picked in the sidebar and compared. The overlay has one curve
// per run and series with the logged points, in one colour per run; aligning by images seen multiplies
// each run's x by its batch size; unticking a series hides it; the grids shown at a chosen iteration are
// each run's grid of that iteration, or its newest earlier one. The curves are the Train tab's small
// multiples, and a run still training is followed: new records and grids show without Reload.
#include <QtTest>

#include <qcustomplot.h>
#include <QAction>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QSettings>
#include <QSlider>

#include "gui_test_support.h"
#include "widgets/compare/compare_curves.h"
#include "widgets/compare/compare_window.h"
#include "widgets/compare/sample_comparison.h"
#include "widgets/train/plot_stack.h"
#include "widgets/train/series_plot.h"
#include "widgets/window/main_window.h"
#include "widgets/window/run_sidebar.h"

using fewshot::widgets::CompareCurves;
using fewshot::widgets::CompareWindow;
using fewshot::widgets::MainWindow;
using fewshot::widgets::RunAlignment;
using fewshot::widgets::SeriesPlot;

namespace {

struct FakeRun {
  QString name;
  int batchSize = 1;
  int runIndex = 0;    // encoded in the sample grids' red channel
  int iterations = 0;  // records 1..iterations: loss_g = base + it, loss_d = base + 2 it
  double base = 0;
  QList<int> sampleIterations;
  QList<int> metricIterations;  // live-metric lines: metric_fd_effnet = 50 - it
};

// The colour of `run`'s grid at `iteration`: tells the grids apart after they are read back.
QColor gridColor(int runIndex, qint64 iteration) { return QColor(40 + 100 * runIndex, int(10 * iteration), 90); }

QString writeRun(const QString& root, const FakeRun& run) {
  const QString dir = root + "/" + run.name;
  QDir().mkpath(dir + "/samples");
  QJsonObject config{{"model", "fastgan"},
                     {"batch_size", run.batchSize},
                     {"iterations", run.iterations},
                     {"data", root + "/data"},
                     {"augment", "diffaugment"}};
  QFile configFile(dir + "/config.json");
  if (!configFile.open(QIODevice::WriteOnly)) return {};
  configFile.write(QJsonDocument(config).toJson());
  QFile metrics(dir + "/metrics.jsonl");
  if (!metrics.open(QIODevice::WriteOnly)) return {};
  for (int it = 1; it <= run.iterations; ++it) {
    const QJsonObject record{
        {"iteration", it}, {"loss_g", run.base + it}, {"loss_d", run.base + 2 * it}, {"seconds", 0.5}};
    metrics.write(QJsonDocument(record).toJson(QJsonDocument::Compact) + "\n");
    if (run.metricIterations.contains(it))
      metrics.write(QJsonDocument(QJsonObject{{"iteration", it}, {"metric_fd_effnet", 50.0 - it}})
                        .toJson(QJsonDocument::Compact) +
                    "\n");
  }
  for (int it : run.sampleIterations) {
    QImage grid(16, 16, QImage::Format_RGB32);
    grid.fill(gridColor(run.runIndex, it));
    grid.save(QStringLiteral("%1/samples/iter_%2.png").arg(dir).arg(it, 8, 10, QLatin1Char('0')));
  }
  return dir;
}

QList<QPointF> expectedPoints(int iterations, double xScale, const std::function<double(int)>& y) {
  QList<QPointF> points;
  for (int it = 1; it <= iterations; ++it) points.append({it * xScale, y(it)});
  return points;
}

QSet<QString> curveSet(SeriesPlot* plot) {
  const QStringList keys = plot->keys();
  return QSet<QString>(keys.begin(), keys.end());
}

// The pens of every graph of `curve` (raw and smoothed) in `plot`.
QList<QPen> curvePens(SeriesPlot* plot, const QString& curve) {
  QList<QPen> pens;
  for (int i = 0; i < plot->plot()->graphCount(); ++i)
    if (plot->plot()->graph(i)->name() == curve) pens.append(plot->plot()->graph(i)->pen());
  return pens;
}

QList<QColor> curveColors(SeriesPlot* plot, const QString& curve) {
  QList<QColor> colors;
  for (const QPen& pen : curvePens(plot, curve)) {
    QColor c = pen.color();
    c.setAlpha(255);
    colors.append(c);
  }
  return colors;
}

// The one line style of `curve`'s graphs, Qt::NoPen when they differ or there are none.
Qt::PenStyle curveStyle(SeriesPlot* plot, const QString& curve) {
  const QList<QPen> pens = curvePens(plot, curve);
  for (const QPen& pen : pens)
    if (pen.style() != pens.first().style()) return Qt::NoPen;
  return pens.isEmpty() ? Qt::NoPen : pens.first().style();
}

}  // namespace

class TestCompareRuns : public QObject {
  Q_OBJECT
  QString root_, runA_, runB_;
  const FakeRun a_{"run-a", 4, 0, 6, 0.0, {2, 4, 6}, {}};
  const FakeRun b_{"run-b", 8, 1, 5, 100.0, {1, 3}, {3, 5}};

 private Q_SLOTS:
  void initTestCase() {
    root_ = fewshot::testing::guiScratchDir("compare_runs");
    fewshot::testing::useScratchSettings(root_ + "/settings", "test_compare_runs");
    runA_ = writeRun(root_, a_);
    runB_ = writeRun(root_, b_);
    QVERIFY(!runA_.isEmpty() && !runB_.isEmpty());
    QSettings().setValue("recentRuns", QStringList{runB_, runA_});
  }

  // Select both runs in the sidebar, press Compare (its shortcut and the sidebar's context menu have it).
  void opensFromTheSidebarSelection() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* compare = window.findChild<QAction*>("compareAction");
    QVERIFY(compare);
    QCOMPARE(compare->shortcut(), CompareWindow::openShortcut());
    QVERIFY(window.sidebar()->actions().contains(compare));
    QCOMPARE(window.sidebar()->selectionMode(), QAbstractItemView::ExtendedSelection);

    window.sidebar()->selectRuns({runA_, runB_});
    QCOMPARE(window.sidebar()->selectedRuns().size(), 2);
    compare->trigger();
    CompareWindow* view = window.compareWindow();
    QVERIFY(view && view->isVisible());
    QCOMPARE(view->runs().size(), 2);
    QStringList shown;
    for (const auto& run : view->runs()) shown << run.history.runDir;
    QCOMPARE(QSet<QString>(shown.begin(), shown.end()), QSet<QString>({runA_, runB_}));
    // The same folder named by a relative path is the row the recent runs already have.
    view->compare({QDir::current().relativeFilePath(runA_)});
    QCOMPARE(view->runList()->count(), 2);
    QCOMPARE(view->runs().size(), 1);
    QCOMPARE(view->runs().first().history.runDir, runA_);
  }

  void overlaysOneCurvePerRunWithItsPoints() {
    CompareWindow view;
    view.compare({runA_, runB_});
    view.show();
    SeriesPlot* losses = view.curves()->plotOf("loss_g");
    const QString aG = CompareCurves::curveName("run-a", "loss_g"), bG = CompareCurves::curveName("run-b", "loss_g");
    const QString aD = CompareCurves::curveName("run-a", "loss_d"), bD = CompareCurves::curveName("run-b", "loss_d");
    QCOMPARE(curveSet(losses), QSet<QString>({aG, bG, aD, bD}));
    QCOMPARE(losses->points(aG), expectedPoints(6, 1, [](int it) { return double(it); }));
    QCOMPARE(losses->points(bD), expectedPoints(5, 1, [](int it) { return 100.0 + 2 * it; }));
    QCOMPARE(view.curves()->plotOf("metric_fd_effnet")->keys(),
             QStringList{CompareCurves::curveName("run-b", "metric_fd_effnet")});
    QCOMPARE(view.curves()->plotOf("metric_fd_effnet")->points(CompareCurves::curveName("run-b", "metric_fd_effnet")),
             (QList<QPointF>{{3, 47}, {5, 45}}));

    // One colour per run, different between the runs; the legend names the runs.
    const QList<QColor> colorsA = curveColors(losses, aG) + curveColors(losses, aD);
    const QList<QColor> colorsB = curveColors(losses, bG) + curveColors(losses, bD);
    QVERIFY(!colorsA.isEmpty() && !colorsB.isEmpty());
    for (const QColor& c : colorsA) QCOMPARE(c, colorsA.first());
    for (const QColor& c : colorsB) QCOMPARE(c, colorsB.first());
    QVERIFY(colorsA.first() != colorsB.first());
    // One line style per series, the same in every run.
    QVERIFY(curveStyle(losses, aG) != Qt::NoPen && curveStyle(losses, aD) != Qt::NoPen);
    QVERIFY(curveStyle(losses, aG) != curveStyle(losses, aD));
    QCOMPARE(curveStyle(losses, bG), curveStyle(losses, aG));
    QCOMPARE(curveStyle(losses, bD), curveStyle(losses, aD));
    QStringList legend;
    for (int i = 0; i < losses->plot()->legend->itemCount(); ++i)
      if (auto* item = qobject_cast<QCPPlottableLegendItem*>(losses->plot()->legend->item(i)))
        legend << item->plottable()->name();
    QCOMPARE(QSet<QString>(legend.begin(), legend.end()), QSet<QString>({aG, bG, aD, bD}));
  }

  void alignsByImagesSeen() {
    CompareWindow view;
    view.compare({runA_, runB_});
    SeriesPlot* losses = view.curves()->plotOf("loss_g");
    view.alignmentBox()->setCurrentIndex(view.alignmentBox()->findData(int(RunAlignment::ImagesSeen)));
    QCOMPARE(view.alignment(), RunAlignment::ImagesSeen);
    QCOMPARE(losses->plot()->xAxis->label(), QStringLiteral("images seen"));
    QCOMPARE(losses->points(CompareCurves::curveName("run-a", "loss_g")),
             expectedPoints(6, a_.batchSize, [](int it) { return double(it); }));
    QCOMPARE(losses->points(CompareCurves::curveName("run-b", "loss_g")),
             expectedPoints(5, b_.batchSize, [](int it) { return 100.0 + it; }));
    view.setAlignment(RunAlignment::Iteration);
    QCOMPARE(losses->points(CompareCurves::curveName("run-b", "loss_g")),
             expectedPoints(5, 1, [](int it) { return 100.0 + it; }));
  }

  void seriesToggleHidesASeriesInEveryRun() {
    CompareWindow view;
    view.compare({runA_, runB_});
    QListWidget* series = view.curves()->seriesList();
    const QList<QListWidgetItem*> lossD = series->findItems("D loss", Qt::MatchExactly);  // readable name
    QCOMPARE(lossD.size(), 1);
    QCOMPARE(lossD.first()->toolTip(), QStringLiteral("loss_d"));  // the key behind it
    lossD.first()->setCheckState(Qt::Unchecked);
    QCOMPARE(curveSet(view.curves()->plotOf("loss_g")),
             QSet<QString>({CompareCurves::curveName("run-a", "loss_g"), CompareCurves::curveName("run-b", "loss_g")}));
    view.compare({runA_});  // another set of runs: the series stays hidden
    QCOMPARE(view.curves()->plotOf("loss_g")->keys(), QStringList{CompareCurves::curveName("run-a", "loss_g")});
    QCOMPARE(series->findItems("D loss", Qt::MatchExactly).first()->checkState(), Qt::Unchecked);
    series->findItems("D loss", Qt::MatchExactly).first()->setCheckState(Qt::Checked);
    QCOMPARE(view.curves()->plotOf("loss_g")->keys().size(), 2);
  }

  void showsEachRunsGridAtTheChosenIteration() {
    CompareWindow view;
    view.compare({runA_, runB_});
    view.show();
    auto* grids = view.samples();
    // Stops at every iteration where a run has a grid (1, 2, 3, 4, 6); the newest is shown first.
    QCOMPARE(grids->slider()->maximum(), 4);
    QCOMPARE(grids->shownAt(), 6.0);

    auto expectShown = [&](double at, qint64 iterationA, qint64 iterationB) {
      grids->showAt(at);
      const auto shown = grids->shown();
      QCOMPARE(shown.size(), 2);
      QCOMPARE(shown[0].run, QStringLiteral("run-a"));
      QCOMPARE(shown[0].iteration, iterationA);
      QCOMPARE(shown[1].iteration, iterationB);
      for (int i = 0; i < 2; ++i) {
        const QImage drawn = grids->gridView(i)->grab().toImage();
        const QColor centre = drawn.pixelColor(drawn.width() / 2, drawn.height() / 2);
        if (shown[i].iteration < 0) {
          QVERIFY(shown[i].image.isNull());
          QCOMPARE(centre, grids->gridView(i)->palette().color(QPalette::Window));  // nothing drawn
          continue;
        }
        QCOMPARE(shown[i].image.pixelColor(8, 8), gridColor(i, shown[i].iteration));
        QCOMPARE(centre, gridColor(i, shown[i].iteration));
        QCOMPARE(QFileInfo(shown[i].path).fileName(),
                 QStringLiteral("iter_%1.png").arg(shown[i].iteration, 8, 10, QLatin1Char('0')));
      }
    };
    expectShown(4, 4, 3);  // run-b has no grid at 4: its newest earlier one, 3
    expectShown(3, 2, 3);
    expectShown(1, -1, 1);         // run-a has no grid yet
    grids->slider()->setValue(4);  // the slider's last stop: iteration 6
    QCOMPARE(grids->shownAt(), 6.0);
    QCOMPARE(grids->shown()[0].iteration, qint64(6));

    // By images seen: 16 images are run-a's iteration 4 (batch 4) and run-b's iteration 2 (batch 8): grid 1.
    view.setAlignment(RunAlignment::ImagesSeen);
    expectShown(16, 4, 1);
    expectShown(24, 6, 3);
  }

  void followsARunStillTrainingInSmallMultiples() {
    const FakeRun c{"run-c", 2, 2, 3, 10.0, {2}, {}};
    const QString runC = writeRun(root_, c);
    QVERIFY(!runC.isEmpty());
    CompareWindow view;
    view.compare({runC});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString cG = CompareCurves::curveName("run-c", "loss_g");
    QCOMPARE(view.curves()->plotOf("loss_g")->pointCount(cG), 3);
    QCOMPARE(view.samples()->shownAt(), 2.0);
    QCOMPARE(view.curves()->lossPlots()->shownPlots().size(), 1);  // adversarial losses only, so far

    // Training goes on: a record with a reconstruction loss, a KID value, and a grid.
    QFile metrics(runC + "/metrics.jsonl");
    QVERIFY(metrics.open(QIODevice::Append));
    metrics.write("{\"iteration\":4,\"loss_g\":14,\"loss_d\":18,\"loss_d_rec\":150,\"seconds\":0.5}\n");
    metrics.write("{\"iteration\":4,\"metric_kid_effnet\":0.05}\n");
    metrics.close();
    QImage grid(16, 16, QImage::Format_RGB32);
    grid.fill(gridColor(c.runIndex, 4));
    QVERIFY(grid.save(runC + "/samples/iter_00000004.png"));
    const int wait = 3 * CompareWindow::kLivePollMs + 2000;
    QTRY_COMPARE_WITH_TIMEOUT(view.curves()->plotOf("loss_g")->pointCount(cG), 4, wait);
    QTRY_COMPARE_WITH_TIMEOUT(view.samples()->shownAt(), 4.0, wait);  // it was at the newest grid: it follows

    // The reconstruction loss (~150) on its own axes, not with the adversarial losses (~15); KID apart from FD.
    SeriesPlot* reconstruction = view.curves()->plotOf("loss_d_rec");
    QVERIFY(reconstruction && reconstruction != view.curves()->plotOf("loss_g"));
    QCOMPARE(reconstruction->pointCount(CompareCurves::curveName("run-c", "loss_d_rec")), 1);
    QCOMPARE(view.curves()->lossPlots()->shownPlots().size(), 2);
    SeriesPlot* kid = view.curves()->plotOf("metric_kid_effnet");
    QVERIFY(kid && kid != view.curves()->plotOf("metric_fd_effnet"));
    QCOMPARE(kid->pointCount(CompareCurves::curveName("run-c", "metric_kid_effnet")), 1);
    QCOMPARE(view.curves()->metricPlots()->shownPlots(), QList<SeriesPlot*>{kid});
  }
};

QTEST_MAIN(TestCompareRuns)
#include "test_compare_runs.moc"
