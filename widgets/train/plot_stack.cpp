#include "widgets/train/plot_stack.h"

#include <QBoxLayout>

#include "widgets/train/series_names.h"
#include "widgets/train/series_plot.h"

namespace fewshot {
namespace widgets {

namespace {

const QSize kPanelMinimum(220, 125);  // px: the smallest panel that still reads (title, legend, axes)

SeriesPlot::Options panelOptions(PlotPanel panel) {
  SeriesPlot::Options o;
  switch (groupOfPanel(panel)) {
    case PlotGroup::Loss: o.smoothed = o.logToggle = true; break;
    case PlotGroup::Metric: o.logToggle = panel != PlotPanel::Diversity; break;
    case PlotGroup::Phase: o.stepCurve = true; break;
    case PlotGroup::Ada:
    case PlotGroup::None: break;
  }
  return o;
}

QString panelAxisLabel(PlotPanel panel) {
  switch (panel) {
    case PlotPanel::AdversarialLoss:
    case PlotPanel::ReconstructionLoss:
    case PlotPanel::PenaltyLoss: return PlotStack::tr("loss");
    case PlotPanel::FrechetDistance: return PlotStack::tr("FD");
    case PlotPanel::Kid: return PlotStack::tr("KID");
    case PlotPanel::Diversity: return PlotStack::tr("distance");
    case PlotPanel::OtherMetric: return PlotStack::tr("metric");
    case PlotPanel::Ada: return PlotStack::tr("p, r_t");
    case PlotPanel::Phase: return PlotStack::tr("phase");
    case PlotPanel::None: break;
  }
  return {};
}

QString panelName(PlotPanel panel) {
  switch (panel) {
    case PlotPanel::AdversarialLoss: return QStringLiteral("adversarial");
    case PlotPanel::ReconstructionLoss: return QStringLiteral("reconstruction");
    case PlotPanel::PenaltyLoss: return QStringLiteral("penalty");
    case PlotPanel::FrechetDistance: return QStringLiteral("fd");
    case PlotPanel::Kid: return QStringLiteral("kid");
    case PlotPanel::Diversity: return QStringLiteral("diversity");
    case PlotPanel::OtherMetric: return QStringLiteral("otherMetrics");
    case PlotPanel::Ada: return QStringLiteral("ada");
    case PlotPanel::Phase: return QStringLiteral("phase");
    case PlotPanel::None: break;
  }
  return {};
}

}  // namespace

PlotStack::PlotStack(const QVector<PlotPanel>& panels, Qt::Orientation orientation, const QString& emptyText,
                     const QString& rememberAs, QWidget* parent)
    : QWidget(parent), order_(panels) {
  auto* layout = new QBoxLayout(orientation == Qt::Vertical ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight, this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(6);
  for (PlotPanel panel : order_) {
    auto* plot =
        new SeriesPlot(panelAxisLabel(panel), panel == order_.first() ? emptyText : QString(), panelOptions(panel));
    plot->setObjectName(QStringLiteral("plot_") + panelName(panel));
    plot->setTitle(plotPanelTitle(panel));
    plot->setSeriesNamer(seriesDisplayName);
    plot->rememberChoicesAs(rememberAs + QLatin1Char('-') + panelName(panel));
    // Below this a panel's legend runs into its axes: the stack scrolls instead (TrainViews puts it in a scroll area).
    plot->setMinimumSize(orientation == Qt::Vertical ? QSize(0, kPanelMinimum.height())
                                                     : QSize(kPanelMinimum.width(), 0));
    plots_.insert(panel, plot);
    layout->addWidget(plot, 1);
  }
  // One iteration axis for all panels: zooming or panning one shows the same iterations in the others.
  for (SeriesPlot* plot : plots_) {
    connect(plot, &SeriesPlot::xRangeChosen, this, [this, plot](double lower, double upper) {
      for (SeriesPlot* other : plots_)
        if (other != plot) other->showXRange(lower, upper);
    });
    connect(plot, &SeriesPlot::followLiveChosen, this, [this, plot] {
      for (SeriesPlot* other : plots_)
        if (other != plot) other->followLive();
    });
  }
  updateShownPanels();
}

bool PlotStack::addPoint(const QString& key, double x, double y) { return addPoint(key, key, x, y); }

bool PlotStack::addPoint(const QString& key, const QString& series, double x, double y) {
  SeriesPlot* plot = plotOf(key);
  if (!plot) return false;
  const bool wasEmpty = plot->keys().isEmpty();
  plot->addPoint(series, x, y);
  if (wasEmpty) updateShownPanels();
  return true;
}

QList<SeriesPlot*> PlotStack::plots() const {
  QList<SeriesPlot*> out;
  for (PlotPanel panel : order_) out.append(plots_.value(panel));
  return out;
}

QList<SeriesPlot*> PlotStack::shownPlots() const {
  QList<SeriesPlot*> out;
  for (SeriesPlot* plot : plots())
    if (!plot->isHidden()) out.append(plot);
  return out;
}

bool PlotStack::hasData() const {
  for (SeriesPlot* plot : plots_)
    if (!plot->keys().isEmpty()) return true;
  return false;
}

void PlotStack::updateShownPanels() {
  const bool any = hasData();
  for (PlotPanel panel : order_) {
    SeriesPlot* plot = plots_.value(panel);
    plot->setVisible(any ? !plot->keys().isEmpty() : panel == order_.first());
  }
}

void PlotStack::addVerticalMarker(double x, const QString& label) {
  for (SeriesPlot* plot : plots_) plot->addVerticalMarker(x, label);
}

void PlotStack::clear() {
  for (SeriesPlot* plot : plots_) plot->clear();
  updateShownPanels();
}

void PlotStack::replotNow() {
  for (SeriesPlot* plot : plots_) plot->replotNow();
}

}  // namespace widgets
}  // namespace fewshot
