#include "widgets/train/series_plot.h"

#include <qcustomplot.h>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

#include "widgets/train/plot_appearance.h"

namespace fewshot {
namespace widgets {

namespace {

constexpr int kReplotIntervalMs = 100;
constexpr long kAntialiasLimit = 20000;  // points in all curves of one plot

}  // namespace

QColor SeriesPlot::curveColor(int index) {
  static const QColor colors[] = {QColor(31, 119, 180),  QColor(255, 127, 14),  QColor(44, 160, 44),
                                  QColor(214, 39, 40),   QColor(148, 103, 189), QColor(140, 86, 75),
                                  QColor(227, 119, 194), QColor(127, 127, 127), QColor(188, 189, 34)};
  return colors[index % (sizeof(colors) / sizeof(colors[0]))];
}

SeriesPlot::SeriesPlot(const QString& yLabel, const QString& emptyText, Options options, QWidget* parent)
    : QWidget(parent), options_(options) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  auto* bar = new QHBoxLayout;
  heading_ = new QLabel(tr("Wheel: zoom, drag: pan, double-click: follow live"));
  heading_->setEnabled(false);
  // The hint may be cut off rather than hold the plot (and the window) wider at 150 % scaling.
  heading_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  heading_->setToolTip(heading_->text());
  bar->addWidget(heading_, 1);
  if (options_.logToggle) {
    logBox_ = new QCheckBox(tr("log", "a log-scale y axis, as short as possible"));
    logBox_->setObjectName(QStringLiteral("logScale"));
    logBox_->setToolTip(tr("Log scale"));
    connect(logBox_, &QCheckBox::toggled, this, [this](bool on) {
      if (!logBox_->isEnabled()) return;
      setLogScale(on);
      saveChoices();
    });
    bar->addWidget(logBox_);
  }
  layout->addLayout(bar);

  plot_ = new QCustomPlot(this);
  plot_->setMinimumHeight(60);
  plot_->xAxis->setLabel(tr("iteration"));
  plot_->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new IntegerAxisTicker));
  plot_->yAxis->setLabel(yLabel);
  plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  plot_->setNoAntialiasingOnDrag(true);
  plot_->installEventFilter(this);
  placeLegend();
  emptyText_ = new QCPItemText(plot_);
  emptyText_->position->setType(QCPItemPosition::ptAxisRectRatio);
  emptyText_->position->setCoords(0.5, 0.5);
  emptyTextRaw_ = emptyText;
  emptyText_->setText(emptyText);
  layout->addWidget(plot_, 1);
  applyPaletteColors();

  // The user taking over the view (wheel, drag in the axes) stops the live follow until a double-click;
  // a click on the legend does not.
  connect(plot_, &QCustomPlot::mouseWheel, this, [this] { followLive_ = false; });
  connect(plot_, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
    if (plot_->axisRect()->rect().contains(event->pos())) followLive_ = false;
  });
  connect(plot_, &QCustomPlot::mouseDoubleClick, this, [this] {
    followLive();
    Q_EMIT followLiveChosen();
  });
  connect(plot_->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this](const QCPRange& range) {
    if (!followLive_ && !showingSharedRange_) Q_EMIT xRangeChosen(range.lower, range.upper);
  });

  replotTimer_ = new QTimer(this);
  replotTimer_->setSingleShot(true);
  replotTimer_->setInterval(kReplotIntervalMs);
  connect(replotTimer_, &QTimer::timeout, this, &SeriesPlot::replotNow);
}

void SeriesPlot::setTitle(const QString& title) {
  const QString hint = tr("Wheel: zoom, drag: pan, double-click: follow live");
  heading_->setText(title);
  heading_->setEnabled(true);
  heading_->setToolTip(hint);
  QFont bold = heading_->font();
  bold.setBold(true);
  heading_->setFont(bold);
}

void SeriesPlot::setSeriesNamer(std::function<QString(const QString&)> namer) { namer_ = std::move(namer); }

QString SeriesPlot::seriesName(const QString& key) const { return namer_ ? namer_(key) : key; }

SeriesPlot::Series& SeriesPlot::series(const QString& key) {
  auto it = series_.find(key);
  if (it != series_.end()) return *it;
  Series s;
  s.raw = plot_->addGraph();
  s.raw->setName(seriesName(key));
  s.raw->setAdaptiveSampling(true);  // min/max decimation per pixel column
  if (options_.stepCurve) s.raw->setLineStyle(QCPGraph::lsStepLeft);
  if (options_.smoothed) {
    s.raw->removeFromLegend();
    s.smooth = plot_->addGraph();
    s.smooth->setName(seriesName(key));
    s.smooth->setAdaptiveSampling(true);
  }
  const QPen requested = requestedPens_.value(key, QPen(curveColor(order_.size())));
  applyPen(s, requested.color(), requested.style());
  s.visible = !hiddenKeys_.contains(key);
  order_.append(key);
  plot_->legend->setVisible(true);
  emptyText_->setVisible(false);
  it = series_.insert(key, s);
  if (!it->visible) setSeriesVisible(key, false);
  styleLegendItem(key);
  fitToSize();  // the legend's columns
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
  applyMarkers(s);
}

// Markers on the curve drawn in full colour; they go once the series is dense enough to read as a line.
void SeriesPlot::applyMarkers(Series& s) {
  QCPGraph* shown = s.smooth ? s.smooth : s.raw;
  if (s.raw->dataCount() > kMarkerPointLimit) {
    shown->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssNone));
    return;
  }
  const QColor color = shown->pen().color();
  shown->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, color, color, 5));
}

bool SeriesPlot::hasMarkers(const QString& key) const {
  auto it = series_.constFind(key);
  if (it == series_.constEnd()) return false;
  const QCPGraph* shown = it->smooth ? it->smooth : it->raw;
  return shown->scatterStyle().shape() != QCPScatterStyle::ssNone;
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
  const bool first = s.raw->dataCount() == 0;
  s.raw->addData(x, y);
  s.last = y;
  s.yMin = first ? y : std::min(s.yMin, y);
  s.yMax = first ? y : std::max(s.yMax, y);
  if (s.smooth) {
    s.ema = options_.smoothing * s.ema + (1 - options_.smoothing) * y;
    s.emaWeight = options_.smoothing * s.emaWeight + (1 - options_.smoothing);
    s.smooth->addData(x, s.ema / s.emaWeight);
  }
  if (s.raw->dataCount() == kMarkerPointLimit + 1) applyMarkers(s);
  if (!hasData_) {
    xMin_ = xMax_ = x;
    hasData_ = true;
  }
  xMin_ = std::min(xMin_, x);
  xMax_ = std::max(xMax_, x);
  if (y <= 0 && s.visible && logWanted_) updateLogBox();
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
  hasReference_ = true;
  reference_ = y;
  applyPaletteColors();
  scheduleReplot();
}

void SeriesPlot::addVerticalMarker(double x, const QString& label) {
  Marker m;
  m.x = x;
  m.line = new QCPItemStraightLine(plot_);
  m.line->point1->setCoords(x, 0);
  m.line->point2->setCoords(x, 1);
  m.text = new QCPItemText(plot_);
  m.text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
  m.text->position->setCoords(x, 0.0);
  m.text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
  m.text->setPadding(QMargins(3, 1, 0, 0));
  m.text->setText(label);
  m.text->setFont(QFont(font().family(), 8));
  markers_.append(m);
  applyPaletteColors();
  scheduleReplot();
}

QVector<double> SeriesPlot::verticalMarkers() const {
  QVector<double> out;
  for (const Marker& m : markers_) out.append(m.x);
  return out;
}

QStringList SeriesPlot::shownMarkerLabels() const {
  QStringList out;
  for (const Marker& m : markers_)
    if (m.text->visible()) out.append(m.text->text());
  return out;
}

void SeriesPlot::clear() {
  followLive_ = true;  // first: resetting the range below is no choice of the user's to share
  plot_->clearGraphs();
  for (const Marker& m : markers_) {
    plot_->removeItem(m.line);
    plot_->removeItem(m.text);
  }
  markers_.clear();
  series_.clear();
  requestedPens_.clear();
  order_.clear();
  plot_->legend->setVisible(false);
  plot_->setNotAntialiasedElements(QCP::aeNone);
  pointsAdded_ = 0;
  emptyText_->setVisible(true);
  plot_->xAxis->setRange(0, 1);  // not the last run's ranges behind the empty text
  plot_->yAxis->setRange(0, 1);
  hasData_ = false;
  updateLogBox();
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

void SeriesPlot::scheduleReplot() {
  if (!replotTimer_->isActive()) replotTimer_->start();
}

void SeriesPlot::replotNow() {
  applyRanges();
  placeMarkerLabels();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

// Stages close together on a long run, or in a narrow panel: a label that would run into the one before
// it, or past the axes, is left out (its line stays).
void SeriesPlot::placeMarkerLabels() {
  const QFontMetrics metrics(markers_.isEmpty() ? font() : markers_.first().text->font());
  const int right = plot_->axisRect()->right();
  double freeFrom = -1e9;
  for (const Marker& m : markers_) {
    const double left = plot_->xAxis->coordToPixel(m.x);
    const double end = left + metrics.horizontalAdvance(m.text->text()) + 8;
    const bool fits = left >= freeFrom && end <= right;
    m.text->setVisible(fits);
    if (fits) freeFrom = end;
  }
}

void SeriesPlot::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
    applyPaletteColors();
    plot_->replot(QCustomPlot::rpQueuedReplot);
  }
}

void SeriesPlot::applyPaletteColors() {
  applyPlotPalette(plot_, palette());
  const QColor faint = faintPlotColor(palette());
  emptyText_->setColor(palette().color(QPalette::PlaceholderText));
  if (referenceLine_) {
    referenceLine_->setPen(QPen(faint, 1, Qt::DashLine));
    referenceText_->setColor(faint);
  }
  for (const Marker& m : markers_) {
    m.line->setPen(QPen(faint, 1, Qt::DotLine));
    m.text->setColor(faint);
  }
  for (const QString& key : order_) styleLegendItem(key);
}

}  // namespace widgets
}  // namespace fewshot
