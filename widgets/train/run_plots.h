// The plots of a run's curves, by meaning: the loss and the metric small multiples, ADA's p / r_t and the
// phases. The Train tab's live views and the run comparison each hold one, so a metrics.jsonl key lands
// on the same plot in both (plot_group.h picks it).
#pragma once
#include <QList>
#include <QString>

namespace fewshot {
namespace widgets {

class PlotStack;
class SeriesPlot;

struct RunPlots {
  PlotStack* losses = nullptr;
  PlotStack* metrics = nullptr;
  SeriesPlot* ada = nullptr;
  SeriesPlot* phase = nullptr;

  // The plot that shows `key` (loss_g, metric_fd_effnet, ada_p, ...), nullptr for a key no plot shows.
  SeriesPlot* plotOf(const QString& key) const;
  // Draws the point of `key` as the curve `series` on its plot, through the stacks so that a panel shows
  // once it has a curve; false for a key no plot shows.
  bool addPoint(const QString& key, const QString& series, double x, double y) const;
  // Every plot: the panels of both stacks, then ADA's and the phases'.
  QList<SeriesPlot*> all() const;
  void clear() const;
  void replotNow() const;
};

}  // namespace widgets
}  // namespace fewshot
