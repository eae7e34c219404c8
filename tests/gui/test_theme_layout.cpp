// Theme and layout: View ▸ Theme ▸ Dark darkens the application and the plots follow the palette (axes,
// labels, legend, background; checked on the rendered plot too), Light brings them back, and the choice
// is remembered. At 1280×800 (and at 150 % scaling: ctest runs this test again with QT_SCALE_FACTOR=1.5)
// the Train tab's settings column needs no horizontal scrolling, whatever model and options are shown, and
// no tab holds the window larger than the screen, not even with every loss and metric panel showing; the
// sidebar never scrolls sideways, whatever the names of the runs (elided, the full path in the tooltip).
#include <QtTest>

#include <qcustomplot.h>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QTreeWidgetItemIterator>

#include "gui_test_support.h"
#include "widgets/common/settings_keys.h"
#include "widgets/compare/compare_curves.h"
#include "widgets/compare/compare_window.h"
#include "widgets/train/plot_stack.h"
#include "widgets/train/series_plot.h"
#include "widgets/train/train_options_panel.h"
#include "widgets/train/train_tab.h"
#include "widgets/train/train_views.h"
#include "widgets/window/main_window.h"
#include "widgets/window/run_sidebar.h"
#include "widgets/window/studio_theme.h"

using fewshot::widgets::MainWindow;
using fewshot::widgets::RunSidebar;
using fewshot::widgets::SeriesPlot;

namespace {

// The plot's own colours are the palette's: axis lines, tick labels, axis titles, legend text, background.
void expectPlotFollowsPalette(SeriesPlot* plot) {
  const QColor text = plot->palette().color(QPalette::WindowText);
  const QColor base = plot->palette().color(QPalette::Base);
  QCustomPlot* p = plot->plot();
  for (QCPAxis* axis : {p->xAxis, p->yAxis}) {
    QCOMPARE(axis->basePen().color(), text);
    QCOMPARE(axis->tickPen().color(), text);
    QCOMPARE(axis->tickLabelColor(), text);
    QCOMPARE(axis->labelColor(), text);
  }
  QCOMPARE(p->legend->textColor(), text);
  QCOMPARE(p->axisRect()->backgroundBrush().color(), base);
}

// The lightness of the rendered plot area's centre (no curve there before data arrives).
int renderedBackgroundLightness(SeriesPlot* plot) {
  plot->replotNow();
  QCustomPlot* p = plot->plot();
  p->replot(QCustomPlot::rpImmediateRefresh);
  const QImage image = p->toPixmap(p->width(), p->height(), 1.0).toImage();
  const QPoint probe = p->axisRect()->rect().center() + QPoint(0, p->axisRect()->height() / 4);
  return image.pixelColor(probe).lightness();
}

}  // namespace

class TestThemeLayout : public QObject {
  Q_OBJECT
  QString root_;

 private Q_SLOTS:
  void initTestCase() {
    // Its own folder under QT_SCALE_FACTOR: ctest runs both variants at once.
    root_ = fewshot::testing::guiScratchDir(qEnvironmentVariableIsSet("QT_SCALE_FACTOR") ? "theme_layout_scaled"
                                                                                         : "theme_layout");
    fewshot::testing::useScratchSettings(root_ + "/settings", "test_theme_layout");
  }

  void darkThemeRecoloursThePlots() {
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.tabs()->setCurrentIndex(MainWindow::TrainPage);
    SeriesPlot* losses = window.trainTab()->plotOf("loss_g");

    auto* dark = window.findChild<QAction*>("theme_dark");
    auto* light = window.findChild<QAction*>("theme_light");
    QVERIFY(dark && light && window.findChild<QAction*>("theme_system"));
    dark->trigger();
    QCoreApplication::processEvents();
    QVERIFY(fewshot::widgets::isDarkPalette(QApplication::palette()));
    QVERIFY(fewshot::widgets::isDarkPalette(losses->palette()));
    QCOMPARE(QSettings().value(fewshot::widgets::settings_keys::kTheme).toString(), QStringLiteral("dark"));
    QCOMPARE(fewshot::widgets::savedThemeChoice(), fewshot::widgets::ThemeChoice::Dark);
    expectPlotFollowsPalette(losses);
    QVERIFY(losses->plot()->xAxis->tickLabelColor().lightness() > 150);  // light text on dark
    QVERIFY(renderedBackgroundLightness(losses) < 80);
    // Captions painted on Dark (the seed grid's "seed N") in BrightText: light on dark, not a warning red.
    const QPalette palette = QApplication::palette();
    QVERIFY(palette.color(QPalette::BrightText).lightness() - palette.color(QPalette::Dark).lightness() > 150);
    QVERIFY(palette.color(QPalette::BrightText).hslSaturation() < 40);
    // A plot created in the dark theme starts dark (the Compare window's).
    window.compareRuns({});
    SeriesPlot* compared = window.compareWindow()->curves()->plotOf("loss_g");
    expectPlotFollowsPalette(compared);
    QVERIFY(renderedBackgroundLightness(compared) < 80);

    light->trigger();
    QCoreApplication::processEvents();
    QVERIFY(!fewshot::widgets::isDarkPalette(QApplication::palette()));
    expectPlotFollowsPalette(losses);
    QVERIFY(losses->plot()->xAxis->tickLabelColor().lightness() < 100);
    QVERIFY(renderedBackgroundLightness(losses) > 200);
    QCOMPARE(fewshot::widgets::savedThemeChoice(), fewshot::widgets::ThemeChoice::Light);
  }

  void settingsColumnAndWindowFit1280x800() {
    MainWindow window;
    // 1280×800 device pixels: fewer logical pixels under QT_SCALE_FACTOR=1.5.
    const qreal scale = window.devicePixelRatioF();
    window.resize(qRound(1280 / scale), qRound(800 / scale));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.tabs()->setCurrentIndex(MainWindow::TrainPage);
    auto* scroll = window.trainTab()->findChild<QScrollArea*>("trainSettingsScroll");
    QVERIFY(scroll);
    QComboBox* models = window.trainTab()->options()->modelBox();
    auto* items = qobject_cast<QStandardItemModel*>(models->model());
    for (bool advanced : {false, true}) {
      window.trainTab()->options()->setAdvancedVisible(advanced);
      for (int i = 0; i < models->count(); ++i) {
        if (items && !items->item(i)->isEnabled()) continue;
        models->setCurrentIndex(i);
        QTest::qWait(50);  // layouts settle
        const QString what = QStringLiteral("%1, advanced %2").arg(models->currentText()).arg(advanced);
        QVERIFY2(scroll->horizontalScrollBar()->maximum() == 0, qPrintable(what));
        QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("%1: settings %2 px wide in a %3 px column")
                                .arg(what)
                                .arg(scroll->widget()->width())
                                .arg(scroll->viewport()->width())));
      }
    }
    // With every loss panel and metric panel showing (ConSinGAN's three loss kinds, all metrics).
    fewshot::widgets::TrainViews* views = window.trainTab()->views();
    views->plotValues(1, {{"loss_d_real", 1.0},
                          {"loss_rec", 0.2},
                          {"loss_gp", 0.1},
                          {"metric_fd_effnet", 300.0},
                          {"metric_kid_effnet", 0.1},
                          {"metric_diversity", 3.0},
                          {"metric_other", 1.0}});
    QCOMPARE(views->lossPlots()->shownPlots().size(), 3);
    QTest::qWait(50);
    // The whole window fits the screen: no tab holds it wider or taller than 1280×800 device pixels.
    const QSize needed = window.minimumSizeHint();
    QVERIFY2(needed.width() * scale <= 1280 + 1 && needed.height() * scale <= 800 + 1,
             qPrintable(QStringLiteral("the window needs at least %1×%2 logical px")
                            .arg(window.minimumSizeHint().width())
                            .arg(window.minimumSizeHint().height())));
  }

  void sidebarNeverScrollsSideways() {
    const QString longRun = root_ + "/runs/" + QString("fastgan-256px-batch8-diffaugment-").repeated(4) + "end";
    const QString shortRun = root_ + "/runs/short";
    const QString longData = root_ + "/" + QString("a-dataset-folder-with-a-long-name-").repeated(4);
    for (const QString& dir : {longRun, shortRun, longData}) QVERIFY(QDir().mkpath(dir));
    QSettings().setValue(fewshot::widgets::settings_keys::kRecentRuns, QStringList{longRun, shortRun});
    QSettings().setValue(fewshot::widgets::settings_keys::kRecentDatasets, QStringList{longData});
    MainWindow window;
    const qreal scale = window.devicePixelRatioF();
    window.resize(qRound(1280 / scale), qRound(800 / scale));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    RunSidebar* bar = window.sidebar();
    QTreeWidgetItem* longItem = nullptr;
    for (QTreeWidgetItemIterator it(bar); *it; ++it)
      if ((*it)->toolTip(0) == longRun) longItem = *it;
    QVERIFY(longItem);
    // The name is far wider than the sidebar: it is elided, never scrolled to.
    QVERIFY(bar->fontMetrics().horizontalAdvance(longItem->text(0)) > bar->viewport()->width());
    // At its default width, and narrowed by the user (below the tree's default column width of 100 px, where a
    // plain tree scrolls sideways).
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("sidebar"));
    QVERIFY(dock);
    for (int width : {dock->width(), 60}) {
      window.resizeDocks({dock}, {width}, Qt::Horizontal);
      QTest::qWait(50);
      bar->setCurrentItem(longItem);
      bar->scrollToItem(longItem);
      QTest::keyClick(bar, Qt::Key_End);
      QTest::qWait(50);
      const QString where = QStringLiteral("sidebar %1 px wide").arg(bar->viewport()->width());
      QVERIFY2(bar->horizontalScrollBar()->maximum() == 0, qPrintable(where));
      QCOMPARE(bar->horizontalScrollBar()->value(), 0);
      QVERIFY(!bar->horizontalScrollBar()->isVisible());
      for (QTreeWidgetItemIterator it(bar); *it; ++it) {
        const QRect shown = bar->visualItemRect(*it);
        QVERIFY2(
            shown.right() < bar->viewport()->width(),
            qPrintable(QStringLiteral("%1 ends at %2 in the %3").arg((*it)->text(0)).arg(shown.right()).arg(where)));
      }
    }
    QCOMPARE(bar->textElideMode(), Qt::ElideMiddle);
  }
};

QTEST_MAIN(TestThemeLayout)
#include "test_theme_layout.moc"
