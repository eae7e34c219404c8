// The run comparison's curves: the runs' metrics.jsonl values overlaid, in the Train tab's small multiples
// (adversarial, reconstruction and penalty losses; FD, KID and diversity, each on its own axes; ADA p / r_t;
// phases; routed by plot_group.h), one colour per run and one line style per series, and a list of the
// series to show or hide.
#pragma once
#include <QSet>
#include <QVector>
#include <QWidget>

#include "widgets/compare/compared_run.h"

class QListWidget;
class QTabWidget;

namespace fewshot {
namespace widgets {

class PlotStack;
class SeriesPlot;

class CompareCurves : public QWidget {
  Q_OBJECT
 public:
  explicit CompareCurves(QWidget* parent = nullptr);

  // Redraws every plot from `runs`; the series hidden before stay hidden.
  void showRuns(const QVector<ComparedRun>& runs, RunAlignment alignment);

  PlotStack* lossPlots() const { return lossPlots_; }
  PlotStack* metricPlots() const { return metricPlots_; }
  // The plot that shows the curves of `key` (loss_g, metric_fd_effnet, ...), nullptr when none does.
  SeriesPlot* plotOf(const QString& key) const;
  SeriesPlot* adaPlot() const { return adaPlot_; }
  SeriesPlot* phasePlot() const { return phasePlot_; }
  QListWidget* seriesList() const { return seriesList_; }
  // The name of `run`'s curve of `series` in the plots and their legends: the run and the series's readable name.
  static QString curveName(const QString& run, const QString& series);

 private:
  void redraw();
  void fillSeriesList(const QStringList& series);

  QVector<ComparedRun> runs_;
  RunAlignment alignment_ = RunAlignment::Iteration;
  QSet<QString> hidden_;
  PlotStack* lossPlots_ = nullptr;
  PlotStack* metricPlots_ = nullptr;
  SeriesPlot* adaPlot_ = nullptr;
  SeriesPlot* phasePlot_ = nullptr;
  QTabWidget* plotTabs_ = nullptr;
  QListWidget* seriesList_ = nullptr;
};

}  // namespace widgets
}  // namespace fewshot
