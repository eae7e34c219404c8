#include "widgets/train/run_plots.h"

#include "widgets/train/plot_group.h"
#include "widgets/train/plot_stack.h"
#include "widgets/train/series_plot.h"

namespace fewshot {
namespace widgets {

SeriesPlot* RunPlots::plotOf(const QString& key) const {
  switch (plotGroupOf(key)) {
    case PlotGroup::Loss: return losses->plotOf(key);
    case PlotGroup::Metric: return metrics->plotOf(key);
    case PlotGroup::Ada: return ada;
    case PlotGroup::Phase: return phase;
    case PlotGroup::None: break;
  }
  return nullptr;
}

bool RunPlots::addPoint(const QString& key, const QString& series, double x, double y) const {
  switch (plotGroupOf(key)) {
    case PlotGroup::Loss: return losses->addPoint(key, series, x, y);
    case PlotGroup::Metric: return metrics->addPoint(key, series, x, y);
    case PlotGroup::Ada: ada->addPoint(series, x, y); return true;
    case PlotGroup::Phase: phase->addPoint(series, x, y); return true;
    case PlotGroup::None: break;
  }
  return false;
}

QList<SeriesPlot*> RunPlots::all() const {
  QList<SeriesPlot*> plots = losses->plots() + metrics->plots();
  plots << ada << phase;
  return plots;
}

void RunPlots::clear() const {
  losses->clear();
  metrics->clear();
  ada->clear();
  phase->clear();
}

void RunPlots::replotNow() const {
  losses->replotNow();
  metrics->replotNow();
  ada->replotNow();
  phase->replotNow();
}

}  // namespace widgets
}  // namespace fewshot
