// SeriesPlot's axes: ranges that follow the live end until the user zooms or pans (or a neighbouring panel
// shares its zoom), a log scale that steps aside while a shown value is zero or negative, and ticks, legend
// columns and the empty text fitted to the plot's size.
#include <qcustomplot.h>
#include <QCheckBox>

#include <algorithm>
#include <cmath>

#include "widgets/train/series_plot.h"

namespace fewshot {
namespace widgets {

namespace {

constexpr int kLegendMinimumColumnWidth = 60;  // px: short names still leave a gap between entries

}  // namespace

bool SeriesPlot::logScale() const { return plot_->yAxis->scaleType() == QCPAxis::stLogarithmic; }

bool SeriesPlot::logScaleAllowed() const {
  if (hasReference_ && reference_ <= 0) return false;
  for (const Series& s : series_)
    if (s.visible && s.raw->dataCount() > 0 && s.yMin <= 0) return false;
  return true;
}

void SeriesPlot::setLogScale(bool on) {
  logWanted_ = on;
  updateLogBox();
}

// The log axis follows the user's wish while every shown value is positive; a negative loss (WGAN)
// switches it back to linear instead of vanishing, and the wish returns when that series is hidden.
void SeriesPlot::updateLogBox() {
  const bool allowed = logScaleAllowed();
  if (logBox_) {
    const QSignalBlocker block(logBox_);
    logBox_->setEnabled(allowed);
    logBox_->setChecked(logWanted_ && allowed);
    logBox_->setToolTip(allowed ? tr("Log scale")
                                : tr("Some values shown are zero or negative: a log scale would hide them."));
  }
  applyAxisScale();
}

void SeriesPlot::applyAxisScale() {
  const bool on = logWanted_ && logScaleAllowed();
  if (on == logScale()) return;
  plot_->yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
  if (on)
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
  else
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
  fitToSize();  // the new ticker's tick count
  followLive_ = true;
  applyRanges();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void SeriesPlot::applyRanges() {
  if (!hasData_ || !followLive_) return;
  bool any = false;
  double lo = 0, hi = 1;
  for (const Series& s : series_) {
    if (!s.visible || s.raw->dataCount() == 0) continue;
    lo = any ? std::min(lo, s.yMin) : s.yMin;
    hi = any ? std::max(hi, s.yMax) : s.yMax;
    any = true;
  }
  if (hasReference_) {
    lo = any ? std::min(lo, reference_) : reference_;
    hi = any ? std::max(hi, reference_) : reference_;
  }
  if (logScale()) {
    hi = std::max(hi, lo * 10);
    plot_->yAxis->setRange(lo / 1.2, hi * 1.2);
  } else {
    const double margin = hi > lo ? 0.05 * (hi - lo) : std::max(0.5, std::abs(hi) * 0.1);
    plot_->yAxis->setRange(lo - margin, hi + margin);
  }
  // Markers at the ends of the range would be cut in half by the axes: sparse series get room around them,
  // a single point a whole iteration either side (so the ticks stay on whole numbers).
  bool markers = false;
  for (const QString& key : order_) markers = markers || (isSeriesVisible(key) && hasMarkers(key));
  const double span = xMax_ - xMin_;
  const double pad = span <= 0 ? 1.0 : markers ? span * 0.03 : 0.0;
  plot_->xAxis->setRange(xMin_ - pad, xMax_ + pad);
}

void SeriesPlot::showXRange(double lower, double upper) {
  followLive_ = false;
  showingSharedRange_ = true;
  plot_->xAxis->setRange(lower, upper);
  showingSharedRange_ = false;
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void SeriesPlot::followLive() {
  followLive_ = true;
  applyRanges();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void SeriesPlot::fitToSize() {
  // Tick labels need room: about one x tick per 90 px keeps "12500  15000" from running together, one y tick
  // per 40 px keeps a short panel's labels apart.
  plot_->xAxis->ticker()->setTickCount(std::max(2, plot_->width() / 90));
  plot_->yAxis->ticker()->setTickCount(std::max(2, plot_->height() / 40));
  // As many legend columns as the longest entry allows: a clipped name helps nobody.
  int entryWidth = kLegendMinimumColumnWidth;
  for (int i = 0; i < plot_->legend->itemCount(); ++i)
    if (QCPAbstractLegendItem* item = plot_->legend->item(i))  // null in an empty cell of the legend's grid
      entryWidth = std::max(entryWidth, item->minimumOuterSizeHint().width());
  const int columns = std::max(1, (plot_->width() - 8) / (entryWidth + plot_->legend->columnSpacing()));
  if (plot_->legend->wrap() != columns) {
    plot_->legend->setWrap(columns);
    plot_->legend->setFillOrder(QCPLegend::foColumnsFirst, true);
  }
  // The empty text wraps to the axes' width instead of running past them.
  const QFontMetrics metrics(emptyText_->font());
  const int width = std::max(80, plot_->width() - 110);
  QStringList lines;
  for (const QString& word : emptyTextRaw_.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
    if (!lines.isEmpty() && metrics.horizontalAdvance(lines.back() + QLatin1Char(' ') + word) <= width)
      lines.back() += QLatin1Char(' ') + word;
    else
      lines.append(word);
  }
  emptyText_->setText(lines.join(QLatin1Char('\n')));
}

}  // namespace widgets
}  // namespace fewshot
