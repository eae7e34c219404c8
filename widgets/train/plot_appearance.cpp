#include "widgets/train/plot_appearance.h"

#include <cmath>

namespace fewshot {
namespace widgets {

QColor faintPlotColor(const QPalette& palette) {
  QColor faint = palette.color(QPalette::WindowText);
  faint.setAlpha(150);
  return faint;
}

void applyPlotPalette(QCustomPlot* plot, const QPalette& p) {
  const QColor text = p.color(QPalette::WindowText);
  const QColor base = p.color(QPalette::Base);
  QColor grid = text, zero = text;
  grid.setAlpha(40);
  zero.setAlpha(90);
  plot->setBackground(base);
  plot->axisRect()->setBackground(base);
  for (QCPAxis* axis : {plot->xAxis, plot->yAxis, plot->xAxis2, plot->yAxis2}) {
    axis->setBasePen(QPen(text, 1));
    axis->setTickPen(QPen(text, 1));
    axis->setSubTickPen(QPen(text, 1));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    axis->grid()->setZeroLinePen(QPen(zero, 1));
  }
  plot->legend->setBrush(base);
  plot->legend->setBorderPen(Qt::NoPen);
  plot->legend->setTextColor(text);
}

double IntegerAxisTicker::getTickStep(const QCPRange& range) {
  const double step = QCPAxisTicker::getTickStep(range);
  if (step <= 1) return 1;
  // A "nice" step of 2.5 or 25 000 is fine; 2.5 itself is not a whole number of iterations.
  return step < 10 ? std::max(1.0, std::floor(step)) : step;
}

QString IntegerAxisTicker::getTickLabel(double tick, const QLocale& locale, QChar, int) {
  return locale.toString(static_cast<qlonglong>(std::llround(tick)));
}

}  // namespace widgets
}  // namespace fewshot
