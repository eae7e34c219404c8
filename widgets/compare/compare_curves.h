// The run comparison's curves: the runs' metrics.jsonl values overlaid, in the Train tab's small multiples
// (adversarial, reconstruction and penalty losses; FD, KID and diversity, each on its own axes; ADA p / r_t;
// phases; routed by plot_group.h), one colour per run and one line style per series, and a list of the
// series to show or hide.
#pragma once
#include <QSet>
#include <QVector>
#include <QWidget>

#include "widgets/compare/compared_run.h"
#include "widgets/train/run_plots.h"

class QListWidget;
class QTabWidget;

namespace fewshot {
namespace widgets {

class CompareCurves : public QWidget {
  Q_OBJECT
 public:
  explicit CompareCurves(QWidget* parent = nullptr);

  // Redraws every plot from `runs`; the series hidden before stay hidden.
  void showRuns(const QVector<ComparedRun>& runs, RunAlignment alignment);

  PlotStack* lossPlots() const { return plots_.losses; }
  PlotStack* metricPlots() const { return plots_.metrics; }
  // The plot that shows the curves of `key` (loss_g, metric_fd_effnet, ...), nullptr when none does.
  SeriesPlot* plotOf(const QString& key) const { return plots_.plotOf(key); }
  SeriesPlot* adaPlot() const { return plots_.ada; }
  SeriesPlot* phasePlot() const { return plots_.phase; }
  QListWidget* seriesList() const { return seriesList_; }
  // The name of `run`'s curve of `series` in the plots and their legends: the run and the series's readable name.
  static QString curveName(const QString& run, const QString& series);

 private:
  void redraw();
  void fillSeriesList(const QStringList& series);

  QVector<ComparedRun> runs_;
  RunAlignment alignment_ = RunAlignment::Iteration;
  QSet<QString> hidden_;
  RunPlots plots_;
  QTabWidget* plotTabs_ = nullptr;
  QListWidget* seriesList_ = nullptr;
};

}  // namespace widgets
}  // namespace fewshot
