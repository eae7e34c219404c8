// Small multiples: one SeriesPlot per panel of a plot group (plot_group.h), each on its own axes with
// its own title, so values of different meaning and scale never share an axis. A panel appears with its
// first point; before any, the first panel holds the group's empty text. Series get readable names
// (series_names.h), each panel remembers its log-scale choice and hidden series, and zooming or panning
// the iterations of one panel shows the same iterations in the others.
#pragma once
#include <QMap>
#include <QVector>
#include <QWidget>

#include "widgets/train/plot_group.h"

namespace fewshot {
namespace widgets {

class SeriesPlot;

class PlotStack : public QWidget {
  Q_OBJECT
 public:
  // `rememberAs` names the panels' choices in QSettings ("train" → plots/train-adversarial/...).
  PlotStack(const QVector<PlotPanel>& panels, Qt::Orientation orientation, const QString& emptyText,
            const QString& rememberAs, QWidget* parent = nullptr);

  // Routes the value to its panel; false when `key` belongs to none of this stack's panels.
  bool addPoint(const QString& key, double x, double y);
  // The same, drawn as the curve `series` (the run comparison's "run · key" curves).
  bool addPoint(const QString& key, const QString& series, double x, double y);
  SeriesPlot* plotFor(PlotPanel panel) const { return plots_.value(panel, nullptr); }
  // The panel plot that shows `key` (nullptr for a key of another group).
  SeriesPlot* plotOf(const QString& key) const { return plotFor(plotPanelOf(key)); }
  QList<SeriesPlot*> plots() const;
  QList<SeriesPlot*> shownPlots() const;
  bool hasData() const;
  // A stage or phase beginning at iteration `x`, marked on every panel.
  void addVerticalMarker(double x, const QString& label);
  void clear();
  void replotNow();

 private:
  void updateShownPanels();

  QVector<PlotPanel> order_;
  QMap<PlotPanel, SeriesPlot*> plots_;
};

}  // namespace widgets
}  // namespace fewshot
