// The Train tab's plots: values are routed by key to small multiples (adversarial and reconstruction
// losses, penalties, FD, KID and diversity each on their own axes) that appear with their first point;
// a click on a legend entry hides its curve (the axis then fits the curves left), a second click shows it,
// and the choice is remembered; legend entries have readable names with the raw key in their tooltip and
// are never clipped; iteration ticks are whole numbers; a sparse series has markers; a remembered log
// scale steps aside while a shown value is zero or negative (ConSinGAN's WGAN losses); a new ConSinGAN
// stage or PGGAN phase is marked on the loss plots; zooming one panel's iterations zooms its neighbours';
// the lower tabs open on what the run has (metrics, else ADA, else phases) until the user picks one; the
// splitters between the grid, the plots and the tabs are remembered.
#include <QtTest>

#include <qcustomplot.h>
#include <QCheckBox>
#include <QHelpEvent>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QToolTip>

#include "gui_test_support.h"
#include "widgets/train/plot_group.h"
#include "widgets/train/plot_stack.h"
#include "widgets/train/series_plot.h"
#include "widgets/train/train_views.h"

using fewshot::widgets::PlotPanel;
using fewshot::widgets::PlotStack;
using fewshot::widgets::SeriesPlot;
using fewshot::widgets::TrainViews;

namespace {

// A FastGAN-like iteration record: hinge losses near 1, the reconstruction loss near 150.
QVariantMap fastganRecord(int it) {
  return {{"loss_d_real", 0.7 + 0.01 * it}, {"loss_d_fake", 0.6}, {"loss_g", 0.9},
          {"loss_d_rec", 150.0 - it},       {"seconds", 0.4},     {"eta_seconds", 100.0}};
}

void layOut(SeriesPlot* plot) {
  plot->replotNow();
  plot->plot()->replot(QCustomPlot::rpImmediateRefresh);
}

void clickLegendEntry(SeriesPlot* plot, const QString& key) {
  layOut(plot);
  QCPAbstractLegendItem* item = plot->legendItem(key);
  QVERIFY(item);
  QVERIFY(plot->plot()->axisRect()->rect().bottom() > item->rect().bottom());  // above the data, not over it
  QTest::mouseClick(plot->plot(), Qt::LeftButton, Qt::NoModifier, item->rect().center());
  layOut(plot);
}

}  // namespace

class TestTrainPlots : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    const QString root = fewshot::testing::guiScratchDir("train_plots");
    fewshot::testing::useScratchSettings(root + "/settings", "test_train_plots");
  }
  void init() { QSettings().clear(); }

  void keysGoToPanelsByMeaning() {
    using fewshot::widgets::plotPanelOf;
    QCOMPARE(plotPanelOf("loss_d_real"), PlotPanel::AdversarialLoss);
    QCOMPARE(plotPanelOf("loss_g_adv"), PlotPanel::AdversarialLoss);
    QCOMPARE(plotPanelOf("loss_d"), PlotPanel::AdversarialLoss);
    QCOMPARE(plotPanelOf("loss_d_rec"), PlotPanel::ReconstructionLoss);
    QCOMPARE(plotPanelOf("loss_rec"), PlotPanel::ReconstructionLoss);
    QCOMPARE(plotPanelOf("loss_gp"), PlotPanel::PenaltyLoss);
    QCOMPARE(plotPanelOf("loss_d_drift"), PlotPanel::PenaltyLoss);
    QCOMPARE(plotPanelOf("metric_fd_effnet"), PlotPanel::FrechetDistance);
    QCOMPARE(plotPanelOf("metric_fid"), PlotPanel::FrechetDistance);
    QCOMPARE(plotPanelOf("metric_kid_effnet"), PlotPanel::Kid);
    QCOMPARE(plotPanelOf("metric_kid_std"), PlotPanel::Kid);
    QCOMPARE(plotPanelOf("metric_diversity"), PlotPanel::Diversity);
    QCOMPARE(plotPanelOf("metric_nearest_distance_min"), PlotPanel::Diversity);
    QCOMPARE(plotPanelOf("metric_sharpness"), PlotPanel::OtherMetric);
    QCOMPARE(plotPanelOf("ada_p"), PlotPanel::Ada);
    QCOMPARE(plotPanelOf("stage"), PlotPanel::Phase);
    QCOMPARE(plotPanelOf("seconds"), PlotPanel::None);

    TrainViews views;
    views.resize(1200, 800);
    views.show();
    QVERIFY(QTest::qWaitForWindowExposed(&views));
    PlotStack* losses = views.lossPlots();
    // Before any value: only the first panel, holding what will be drawn there.
    QCOMPARE(losses->shownPlots(), QList<SeriesPlot*>{losses->plotFor(PlotPanel::AdversarialLoss)});
    for (int it = 1; it <= 5; ++it) views.plotValues(it, fastganRecord(it));
    views.plotValues(5, {{"metric_fd_effnet", 310.0},
                         {"metric_kid_effnet", 0.05},
                         {"metric_diversity", 4.2},
                         {"metric_nearest_distance", 3.1}});
    SeriesPlot* adversarial = losses->plotFor(PlotPanel::AdversarialLoss);
    SeriesPlot* reconstruction = losses->plotFor(PlotPanel::ReconstructionLoss);
    QCOMPARE(adversarial->keys(), (QStringList{"loss_d_fake", "loss_d_real", "loss_g"}));
    QCOMPARE(reconstruction->keys(), QStringList{"loss_d_rec"});
    QCOMPARE(reconstruction->pointCount("loss_d_rec"), 5);
    QCOMPARE(losses->shownPlots(), (QList<SeriesPlot*>{adversarial, reconstruction}));  // no penalties here
    QCOMPARE(views.plotOf("loss_d_rec"), reconstruction);
    QVERIFY(views.plotOf("seconds") == nullptr);
    // The hinge losses get an axis of their own: ~1, not squashed under 150.
    layOut(adversarial);
    QVERIFY(adversarial->plot()->yAxis->range().upper < 2);
    PlotStack* metrics = views.metricPlots();
    QCOMPARE(metrics->plotFor(PlotPanel::FrechetDistance)->keys(), QStringList{"metric_fd_effnet"});
    QCOMPARE(metrics->plotFor(PlotPanel::Kid)->keys(), QStringList{"metric_kid_effnet"});
    QCOMPARE(metrics->plotFor(PlotPanel::Diversity)->keys(),
             (QStringList{"metric_diversity", "metric_nearest_distance"}));
    views.lowerTabs()->setCurrentIndex(0);      // Metrics
    QCOMPARE(metrics->shownPlots().size(), 3);  // FD, KID, diversity; no "other metrics"
    QVERIFY(metrics->plotFor(PlotPanel::OtherMetric)->isHidden());

    // Readable names in the legend, the raw key in its tooltip.
    layOut(reconstruction);
    auto* item = qobject_cast<QCPPlottableLegendItem*>(reconstruction->legendItem("loss_d_rec"));
    QVERIFY(item);
    QCOMPARE(item->plottable()->name(), QStringLiteral("D reconstruction"));
    const QPoint at = item->rect().center();
    QHelpEvent help(QEvent::ToolTip, at, reconstruction->plot()->mapToGlobal(at));
    QCoreApplication::sendEvent(reconstruction->plot(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains("loss_d_rec") && QToolTip::text().contains("D reconstruction"),
             qPrintable(QToolTip::text()));
    QToolTip::hideText();

    views.clear();
    QCOMPARE(losses->shownPlots(), QList<SeriesPlot*>{adversarial});
    QVERIFY(reconstruction->keys().isEmpty());
    // The first metric panel alone again, its empty axes as wide as the panel (not the width it had beside two).
    SeriesPlot* fd = metrics->plotFor(PlotPanel::FrechetDistance);
    QCOMPARE(metrics->shownPlots(), QList<SeriesPlot*>{fd});
    QTRY_VERIFY(fd->width() > 2 * metrics->width() / 3);
    layOut(fd);
    QVERIFY2(fd->plot()->axisRect()->width() > fd->width() / 2,
             qPrintable(QString::number(fd->plot()->axisRect()->width())));
    QCOMPARE(fd->plot()->xAxis->range(), QCPRange(0, 1));
  }

  void legendClickHidesAndShowsASeries() {
    PlotStack stack({PlotPanel::AdversarialLoss}, Qt::Vertical, QString(), "legendTest");
    stack.resize(600, 300);
    stack.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stack));
    SeriesPlot* plot = stack.plotFor(PlotPanel::AdversarialLoss);
    for (int it = 1; it <= 60; ++it) {
      stack.addPoint("loss_g", it, 1.0);
      stack.addPoint("loss_d", it, -40.0);  // a curve far below the other
    }
    QSignalSpy toggled(plot, &SeriesPlot::seriesVisibilityChanged);
    clickLegendEntry(plot, "loss_d");
    QCOMPARE(toggled.count(), 1);
    QVERIFY(!plot->isSeriesVisible("loss_d"));
    QVERIFY(plot->isSeriesVisible("loss_g"));
    QVERIFY(plot->legendItem("loss_d")->font().strikeOut());  // still listed, so it can be clicked back
    // The axis fits the curve left: loss_g at 1 is no longer squashed against -40.
    QVERIFY2(plot->plot()->yAxis->range().lower > -5, qPrintable(QString::number(plot->plot()->yAxis->range().lower)));
    QCOMPARE(QSettings().value("plots/legendTest-adversarial/hidden").toStringList(), QStringList{"loss_d"});

    // Remembered: a new plot of the same name starts with it hidden.
    PlotStack again({PlotPanel::AdversarialLoss}, Qt::Vertical, QString(), "legendTest");
    again.addPoint("loss_d", 1, 2.0);
    QVERIFY(!again.plotFor(PlotPanel::AdversarialLoss)->isSeriesVisible("loss_d"));

    clickLegendEntry(plot, "loss_d");
    QCOMPARE(toggled.count(), 2);
    QVERIFY(plot->isSeriesVisible("loss_d"));
    QVERIFY(!plot->legendItem("loss_d")->font().strikeOut());
    QVERIFY(plot->plot()->yAxis->range().lower < -40);
    QVERIFY(QSettings().value("plots/legendTest-adversarial/hidden").toStringList().isEmpty());
  }

  void legendEntriesAreNeverClipped() {
    // Long names (the run comparison's "run · key") in a narrow plot: fewer columns, every name whole.
    SeriesPlot plot("loss", QString(), {});
    plot.resize(420, 300);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    const QStringList keys{"emoji-fastgan · loss_d_real", "emoji-fastgan · loss_d_fake",
                           "emoji-fastgan-batch4 · loss_g", "emoji-fastgan-batch4 · loss_d_real",
                           "emoji-fastgan-batch4 · loss_d_fake"};
    for (const QString& key : keys) plot.addPoint(key, 1, 1);
    layOut(&plot);
    for (const QString& key : keys) {
      QCPAbstractLegendItem* item = plot.legendItem(key);
      QVERIFY(item);
      QVERIFY2(item->outerRect().width() >= item->minimumOuterSizeHint().width(), qPrintable(key));
      QVERIFY2(item->outerRect().right() <= plot.plot()->width(), qPrintable(key));
    }
  }

  void panelsShareTheIterationAxis() {
    PlotStack stack({PlotPanel::AdversarialLoss, PlotPanel::ReconstructionLoss}, Qt::Vertical, QString(), "zoomTest");
    stack.resize(600, 500);
    stack.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stack));
    for (int it = 1; it <= 100; ++it) {
      stack.addPoint("loss_g", it, 1.0);
      stack.addPoint("loss_d_rec", it, 100.0 - it);
    }
    SeriesPlot* adversarial = stack.plotFor(PlotPanel::AdversarialLoss);
    SeriesPlot* reconstruction = stack.plotFor(PlotPanel::ReconstructionLoss);
    for (SeriesPlot* plot : stack.plots()) layOut(plot);
    QCOMPARE(reconstruction->plot()->xAxis->range(), QCPRange(1, 100));
    // The wheel over the adversarial losses zooms in; the reconstruction shows the same iterations.
    const QPoint at = adversarial->plot()->axisRect()->rect().center();
    QWheelEvent wheel(at, adversarial->plot()->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(adversarial->plot(), &wheel);
    const QCPRange zoomed = adversarial->plot()->xAxis->range();
    QVERIFY2(zoomed.size() < 90, qPrintable(QString::number(zoomed.size())));
    QCOMPARE(reconstruction->plot()->xAxis->range(), zoomed);
    QVERIFY(!reconstruction->followsLive());
    stack.addPoint("loss_d_rec", 101, 1.0);  // new points do not undo the zoom
    layOut(reconstruction);
    QCOMPARE(reconstruction->plot()->xAxis->range(), zoomed);
    // A double-click on either returns both to the whole run.
    QTest::mouseDClick(reconstruction->plot(), Qt::LeftButton, Qt::NoModifier,
                       reconstruction->plot()->axisRect()->rect().center());
    for (SeriesPlot* plot : stack.plots()) layOut(plot);
    QVERIFY(adversarial->followsLive() && reconstruction->followsLive());
    QCOMPARE(adversarial->plot()->xAxis->range(), QCPRange(1, 100));
    QCOMPARE(reconstruction->plot()->xAxis->range(), QCPRange(1, 101));
  }

  void iterationTicksAreWholeNumbers() {
    SeriesPlot plot("loss", QString(), {});
    plot.resize(700, 250);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    for (const QVector<double>& xs : {QVector<double>{3}, QVector<double>{1, 2}, QVector<double>{1, 2, 3, 4, 5}}) {
      plot.clear();
      for (double x : xs) plot.addPoint("loss_g", x, 0.5);
      layOut(&plot);
      const QVector<double> ticks = plot.plot()->xAxis->tickVector();
      QVERIFY(!ticks.isEmpty());
      for (double tick : ticks) QVERIFY2(tick == std::round(tick), qPrintable(QString::number(tick)));
      for (const QString& label : plot.plot()->xAxis->tickVectorLabels())
        QVERIFY2(!label.contains('.'), qPrintable(label));
    }
  }

  void sparseSeriesHaveMarkers() {
    SeriesPlot plot("metric", QString(), {});
    plot.addPoint("metric_fd_effnet", 100, 310);
    QVERIFY(plot.hasMarkers("metric_fd_effnet"));  // one point is a dot, not nothing
    for (int i = 2; i <= SeriesPlot::kMarkerPointLimit; ++i) plot.addPoint("metric_fd_effnet", 100 * i, 300);
    QVERIFY(plot.hasMarkers("metric_fd_effnet"));
    plot.addPoint("metric_fd_effnet", 100000, 250);
    QVERIFY(!plot.hasMarkers("metric_fd_effnet"));  // dense enough to read as a line
    SeriesPlot smoothed("loss", QString(), {true, false, true});
    smoothed.addPoint("loss_g", 1, 0.5);
    QVERIFY(smoothed.hasMarkers("loss_g"));
  }

  void logScaleStepsAsideForNegativeValues() {
    QSettings().setValue("plots/logTest-adversarial/logScale", true);
    PlotStack stack({PlotPanel::AdversarialLoss}, Qt::Vertical, QString(), "logTest");
    SeriesPlot* plot = stack.plotFor(PlotPanel::AdversarialLoss);
    stack.addPoint("loss_d_real", 1, 0.5);
    QVERIFY(plot->logScale());
    QVERIFY(plot->logScaleBox()->isChecked());
    stack.addPoint("loss_g_adv", 1, -3.0);  // a WGAN loss goes negative
    QVERIFY(!plot->logScale());
    QVERIFY(!plot->logScaleAllowed());
    QVERIFY(!plot->logScaleBox()->isEnabled());
    QVERIFY(!plot->logScaleBox()->toolTip().isEmpty());
    QVERIFY(QSettings().value("plots/logTest-adversarial/logScale").toBool());  // the choice is kept
    plot->setSeriesVisible("loss_g_adv", false);
    QVERIFY(plot->logScale());  // only positive values shown again
    plot->setSeriesVisible("loss_g_adv", true);
    QVERIFY(!plot->logScale());
    QVERIFY(plot->points("loss_g_adv").size() == 1);
  }

  void lowerTabsShowWhatTheRunHas() {
    TrainViews views;
    views.resize(1200, 800);
    views.show();
    QVERIFY(QTest::qWaitForWindowExposed(&views));
    QTabWidget* tabs = views.lowerTabs();
    QCOMPARE(tabs->currentWidget(), views.metricsPage());
    views.plotValues(1, {{"loss_g", 1.0}, {"ada_p", 0.0}, {"ada_rt", 0.3}});  // ADA, no metrics yet
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(views.adaPlot()));
    views.plotValues(100, {{"metric_fd_effnet", 300.0}});
    QCOMPARE(tabs->currentWidget(), views.metricsPage());
    views.clear();  // a PGGAN run: its phases
    views.plotValues(1, {{"loss_g", 1.0}, {"phase_resolution", 4.0}, {"phase_alpha", 1.0}});
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(views.phasePlot()));
    // A tab the user picks stays.
    const int nearest = 3;
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, Qt::NoModifier, tabs->tabBar()->tabRect(nearest).center());
    QCOMPARE(tabs->currentIndex(), nearest);
    views.plotValues(100, {{"metric_fd_effnet", 300.0}});
    QCOMPARE(tabs->currentIndex(), nearest);
  }

  void splitterPositionsAreRemembered() {
    QList<int> dragged;
    {
      TrainViews views;
      views.resize(1200, 800);
      views.show();
      QVERIFY(QTest::qWaitForWindowExposed(&views));
      auto* sideBySide = views.findChild<QSplitter*>("gridBesidePlots");
      QVERIFY(sideBySide);
      const QList<int> before = sideBySide->sizes();
      QSplitterHandle* handle = sideBySide->handle(1);
      const QPoint from = handle->rect().center();
      QTest::mousePress(handle, Qt::LeftButton, Qt::NoModifier, from);
      QTest::mouseMove(handle, from - QPoint(120, 0));
      QTest::mouseRelease(handle, Qt::LeftButton, Qt::NoModifier, from - QPoint(120, 0));
      dragged = sideBySide->sizes();
      QVERIFY2(dragged.first() < before.first() - 60,
               qPrintable(QStringLiteral("%1 -> %2").arg(before.first()).arg(dragged.first())));
    }
    TrainViews again;
    again.resize(1200, 800);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.findChild<QSplitter*>("gridBesidePlots")->sizes(), dragged);
  }

  void stagesAndPhasesAreMarkedOnTheLossPlots() {
    TrainViews views;
    for (int it = 1; it <= 12; ++it)  // ConSinGAN: stage 1 for six iterations, then stage 2
      views.plotValues(it, {{"loss_d_real", -1.0},
                            {"loss_rec", 0.2},
                            {"loss_gp", 0.1},
                            {"stage", it <= 6 ? 1.0 : 2.0},
                            {"stage_count", 2.0}});
    for (SeriesPlot* plot : views.lossPlots()->plots()) QCOMPARE(plot->verticalMarkers(), QVector<double>{7});
    QCOMPARE(views.plotOf("stage")->pointCount("stage"), 12);
    views.clear();
    for (SeriesPlot* plot : views.lossPlots()->plots()) QVERIFY(plot->verticalMarkers().isEmpty());
    // PGGAN: 4 px, then 8 px from iteration 21, then 16 px from 41.
    for (int it = 1; it <= 50; ++it)
      views.plotValues(it, {{"loss_d", 1.0},
                            {"loss_g", 1.0},
                            {"phase_resolution", it <= 20   ? 4.0
                                                 : it <= 40 ? 8
                                                            : 16}});
    SeriesPlot* adversarial = views.lossPlots()->plotFor(PlotPanel::AdversarialLoss);
    QCOMPARE(adversarial->verticalMarkers(), (QVector<double>{21, 41}));
    // Labels that would run together: the later one is left out, its line stays.
    views.resize(1200, 800);
    views.show();
    QVERIFY(QTest::qWaitForWindowExposed(&views));
    layOut(adversarial);
    QCOMPARE(adversarial->shownMarkerLabels(), (QStringList{"8 px", "16 px"}));
    views.plotValues(42, {{"loss_d", 1.0}, {"phase_resolution", 32.0}});  // one iteration after 16 px
    layOut(adversarial);
    QCOMPARE(adversarial->verticalMarkers(), (QVector<double>{21, 41, 42}));
    QCOMPARE(adversarial->shownMarkerLabels(), (QStringList{"8 px", "16 px"}));
  }
};

QTEST_MAIN(TestTrainPlots)
#include "test_train_plots.moc"
