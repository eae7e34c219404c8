// How the studio's plots look, shared by every SeriesPlot: QCustomPlot's parts re-coloured from the
// widget's palette (it paints black on white whatever the theme), and iteration axes whose ticks fall on
// whole iterations (QCustomPlot's default ticker puts ticks at 0.5 when a run has two points).
#pragma once
#include <qcustomplot.h>
#include <QColor>
#include <QPalette>

namespace fewshot {
namespace widgets {

// Axes, grid, tick labels, titles, legend and background from `palette` (light and dark themes).
void applyPlotPalette(QCustomPlot* plot, const QPalette& palette);
// The colour of secondary text and lines (reference lines, markers, hidden legend entries).
QColor faintPlotColor(const QPalette& palette);

// Ticks on whole numbers only, one at least a unit apart, labelled without decimals.
class IntegerAxisTicker : public QCPAxisTicker {
 protected:
  double getTickStep(const QCPRange& range) override;
  QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;
};

}  // namespace widgets
}  // namespace fewshot
