#include "widgets/train/series_plot.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>
#include <limits>

namespace fewshot {
namespace widgets {

namespace {

constexpr int kReplotIntervalMs = 100;
constexpr long kAntialiasLimit = 20000;  // points in all curves of one plot

}  // namespace

QColor SeriesPlot::curveColor(int index) {
  static const QColor colors[] = {QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44),
                                  QColor(214, 39, 40),  QColor(148, 103, 189), QColor(140, 86, 75),
                                  QColor(227, 119, 194), QColor(127, 127, 127), QColor(188, 189, 34)};
  return colors[index % (sizeof(colors) / sizeof(colors[0]))];
}

SeriesPlot::SeriesPlot(const QString& yLabel, const QString& emptyText, Options options, QWidget* parent)
    : QWidget(parent), options_(options) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  auto* bar = new QHBoxLayout;
  hint_ = new QLabel(tr("Wheel: zoom, drag: pan, double-click: follow live"));
  hint_->setEnabled(false);
  // The hint may be cut off rather than hold the plot (and the window) wider at 150 % scaling.
  hint_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  hint_->setToolTip(hint_->text());
  bar->addWidget(hint_, 1);
  if (options_.logToggle) {
    logBox_ = new QCheckBox(tr("Log scale"));
    connect(logBox_, &QCheckBox::toggled, this, &SeriesPlot::setLogScale);
    bar->addWidget(logBox_);
  }
  layout->addLayout(bar);

  plot_ = new QCustomPlot(this);
  plot_->setMinimumHeight(120);
  plot_->xAxis->setLabel(tr("iteration"));
  plot_->yAxis->setLabel(yLabel);
  plot_->legend->setVisible(false);  // shown with the first series
  plot_->legend->setFont(QFont(font().family(), 8));
  plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  plot_->setNoAntialiasingOnDrag(true);
  plot_->installEventFilter(this);
  emptyText_ = new QCPItemText(plot_);
  emptyText_->position->setType(QCPItemPosition::ptAxisRectRatio);
  emptyText_->position->setCoords(0.5, 0.5);
  emptyText_->setText(emptyText);
  layout->addWidget(plot_, 1);
  applyPaletteColors();

  // The user taking over the view (wheel, drag) stops the live follow until a double-click.
  connect(plot_, &QCustomPlot::mouseWheel, this, [this] { followLive_ = false; });
  connect(plot_, &QCustomPlot::mousePress, this, [this] { followLive_ = false; });
  connect(plot_, &QCustomPlot::mouseDoubleClick, this, [this] {
    followLive_ = true;
    applyRanges();
    plot_->replot(QCustomPlot::rpQueuedReplot);
  });

  replotTimer_ = new QTimer(this);
  replotTimer_->setSingleShot(true);
  replotTimer_->setInterval(kReplotIntervalMs);
  connect(replotTimer_, &QTimer::timeout, this, &SeriesPlot::replotNow);
}

SeriesPlot::Series& SeriesPlot::series(const QString& key) {
  auto it = series_.find(key);
  if (it != series_.end()) return *it;
  Series s;
  s.raw = plot_->addGraph();
  s.raw->setName(key);
  s.raw->setAdaptiveSampling(true);  // min/max decimation per pixel column
  if (options_.stepCurve) s.raw->setLineStyle(QCPGraph::lsStepLeft);
  if (options_.smoothed) {
    s.raw->removeFromLegend();
    s.smooth = plot_->addGraph();
    s.smooth->setName(key);
    s.smooth->setAdaptiveSampling(true);
  }
  const QPen requested = requestedPens_.value(key, QPen(curveColor(order_.size())));
  applyPen(s, requested.color(), requested.style());
  order_.append(key);
  plot_->legend->setVisible(true);
  emptyText_->setVisible(false);
  it = series_.insert(key, s);
  Q_EMIT seriesAdded(key);
  return *it;
}

void SeriesPlot::applyPen(Series& s, QColor color, Qt::PenStyle style) {
  if (s.smooth) {
    s.smooth->setPen(QPen(color, 2, style));
    color.setAlpha(70);
    s.raw->setPen(QPen(color, 1, style));
  } else {
    s.raw->setPen(QPen(color, 2, style));
  }
}

void SeriesPlot::setSeriesPen(const QString& key, const QColor& color, Qt::PenStyle style) {
  requestedPens_.insert(key, QPen(color, 2, style));
  auto it = series_.find(key);
  if (it == series_.end()) return;
  applyPen(*it, color, style);
  scheduleReplot();
}

void SeriesPlot::setXLabel(const QString& label) {
  plot_->xAxis->setLabel(label);
  scheduleReplot();
}

void SeriesPlot::addPoint(const QString& key, double x, double y) {
  if (!std::isfinite(x) || !std::isfinite(y)) return;
  Series& s = series(key);
  s.raw->addData(x, y);
  s.last = y;
  double shown = y;
  if (s.smooth) {
    s.ema = options_.smoothing * s.ema + (1 - options_.smoothing) * y;
    s.emaWeight = options_.smoothing * s.emaWeight + (1 - options_.smoothing);
    shown = s.ema / s.emaWeight;
    s.smooth->addData(x, shown);
  }
  if (!hasData_) {
    xMin_ = xMax_ = x;
    yMin_ = yMax_ = y;
    yMinPositive_ = y > 0 ? y : std::numeric_limits<double>::max();
    hasData_ = true;
  }
  xMin_ = std::min(xMin_, x);
  xMax_ = std::max(xMax_, x);
  yMin_ = std::min(yMin_, y);
  yMax_ = std::max(yMax_, y);
  if (y > 0) yMinPositive_ = std::min(yMinPositive_, y);
  // Antialiased curves cost several times more to draw; past a few thousand points per curve the
  // lines are dense enough that it does not show.
  if (++pointsAdded_ == kAntialiasLimit) plot_->setNotAntialiasedElements(QCP::aePlottables);
  scheduleReplot();
}

void SeriesPlot::setReferenceLine(const QString& label, double y) {
  if (!referenceLine_) {
    referenceLine_ = new QCPItemStraightLine(plot_);
    referenceText_ = new QCPItemText(plot_);
    referenceText_->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    referenceText_->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
  }
  referenceLine_->point1->setCoords(0, y);
  referenceLine_->point2->setCoords(1, y);
  referenceText_->position->setCoords(0.01, y);
  referenceText_->setText(label);
  applyPaletteColors();
  hasReference_ = true;
  reference_ = y;
  scheduleReplot();
}

void SeriesPlot::clear() {
  plot_->clearGraphs();
  series_.clear();
  requestedPens_.clear();
  order_.clear();
  plot_->legend->setVisible(false);
  plot_->setNotAntialiasedElements(QCP::aeNone);
  pointsAdded_ = 0;
  emptyText_->setVisible(true);
  hasData_ = false;
  followLive_ = true;
  scheduleReplot();
}

QStringList SeriesPlot::keys() const { return order_; }

int SeriesPlot::pointCount(const QString& key) const {
  auto it = series_.constFind(key);
  return it == series_.constEnd() ? 0 : it->raw->dataCount();
}

double SeriesPlot::lastValue(const QString& key) const {
  auto it = series_.constFind(key);
  return it == series_.constEnd() ? std::nan("") : it->last;
}

QVector<QPointF> SeriesPlot::points(const QString& key) const {
  QVector<QPointF> out;
  auto it = series_.constFind(key);
  if (it == series_.constEnd()) return out;
  for (auto p = it->raw->data()->constBegin(); p != it->raw->data()->constEnd(); ++p) out.append({p->key, p->value});
  return out;
}

bool SeriesPlot::logScale() const { return plot_->yAxis->scaleType() == QCPAxis::stLogarithmic; }

void SeriesPlot::setLogScale(bool on) {
  if (logBox_ && logBox_->isChecked() != on) logBox_->setChecked(on);  // re-enters once
  if (on == logScale()) return;
  plot_->yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
  if (on)
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
  else
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
  followLive_ = true;
  applyRanges();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void SeriesPlot::scheduleReplot() {
  if (!replotTimer_->isActive()) replotTimer_->start();
}

void SeriesPlot::applyRanges() {
  if (!hasData_ || !followLive_) return;
  double lo = yMin_, hi = yMax_;
  if (hasReference_) {
    lo = std::min(lo, reference_);
    hi = std::max(hi, reference_);
  }
  if (logScale()) {
    lo = yMinPositive_ == std::numeric_limits<double>::max() ? 1e-3 : yMinPositive_;
    hi = std::max(hi, lo * 10);
    plot_->yAxis->setRange(lo / 1.2, hi * 1.2);
  } else {
    const double margin = hi > lo ? 0.05 * (hi - lo) : 0.5;
    plot_->yAxis->setRange(lo - margin, hi + margin);
  }
  plot_->xAxis->setRange(xMin_, xMax_ > xMin_ ? xMax_ : xMin_ + 1);
}

void SeriesPlot::replotNow() {
  applyRanges();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void SeriesPlot::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
    applyPaletteColors();
    plot_->replot(QCustomPlot::rpQueuedReplot);
  }
}

// QCustomPlot paints black on white whatever the palette; a dark theme needs every part re-coloured.
void SeriesPlot::applyPaletteColors() {
  const QPalette& p = palette();
  const QColor text = p.color(QPalette::WindowText);
  const QColor base = p.color(QPalette::Base);
  QColor grid = text, zero = text, faint = text;
  grid.setAlpha(40);
  zero.setAlpha(90);
  faint.setAlpha(150);
  plot_->setBackground(base);
  plot_->axisRect()->setBackground(base);
  for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis, plot_->xAxis2, plot_->yAxis2}) {
    axis->setBasePen(QPen(text, 1));
    axis->setTickPen(QPen(text, 1));
    axis->setSubTickPen(QPen(text, 1));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    axis->grid()->setZeroLinePen(QPen(zero, 1));
  }
  QColor legendBack = base;
  legendBack.setAlpha(200);
  plot_->legend->setBrush(legendBack);
  plot_->legend->setBorderPen(QPen(faint, 1));
  plot_->legend->setTextColor(text);
  emptyText_->setColor(p.color(QPalette::PlaceholderText));
  if (referenceLine_) {
    referenceLine_->setPen(QPen(faint, 1, Qt::DashLine));
    referenceText_->setColor(faint);
  }
}

bool SeriesPlot::eventFilter(QObject* watched, QEvent* event) {
  if (watched == plot_ && event->type() == QEvent::MouseMove)
    showHover(static_cast<QMouseEvent*>(event)->pos());
  return QWidget::eventFilter(watched, event);
}

void SeriesPlot::showHover(const QPoint& pos) {
  if (!hasData_) return;
  const double x = plot_->xAxis->pixelToCoord(pos.x());
  QStringList lines;
  double shownX = x;
  for (const QString& key : order_) {
    const Series& s = series_[key];
    QCPGraph* g = s.smooth ? s.smooth : s.raw;
    if (g->dataCount() == 0) continue;
    auto it = g->data()->findBegin(x, false);  // the first point at or after x
    if (it == g->data()->constEnd()) --it;
    shownX = it->key;
    QString line = QStringLiteral("%1: %2").arg(key, QString::number(it->value, 'g', 5));
    if (s.smooth) {
      auto raw = s.raw->data()->findBegin(x, false);
      if (raw != s.raw->data()->constEnd())
        line += QStringLiteral("  (%1 %2)").arg(tr("raw"), QString::number(raw->value, 'g', 5));
    }
    lines << line;
  }
  if (lines.isEmpty()) return;
  lines.prepend(QStringLiteral("%1 %2").arg(plot_->xAxis->label(), QString::number(shownX, 'f', 0)));
  QToolTip::showText(plot_->mapToGlobal(pos), lines.join('\n'), plot_);
}

}  // namespace widgets
}  // namespace fewshot
