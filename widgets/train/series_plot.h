// A live plot of named series (one curve per key) on QCustomPlot: points are appended as they
// arrive, redraws are coalesced to ~10 per second, curves are decimated to the pixel width by
// QCustomPlot's adaptive sampling (100 000 points stay smooth), optional smoothed copies (EMA),
// optional step style, log-scale toggle, zoom/pan with the mouse and values on hover. A series with few
// points shows markers (one metric value is a dot, not nothing); iteration ticks are whole numbers. The
// legend sits above the plot, not over the data; clicking an entry hides or shows its series, and its
// tooltip gives the raw key behind the readable name. Vertical markers note where a stage or phase
// began. Axes, grid, text and legend take their colours from the widget's palette and follow it.
#pragma once
#include <QHash>
#include <QPen>
#include <QPointF>
#include <QSet>
#include <QVector>
#include <QWidget>

#include <functional>

class QCheckBox;
class QCPAbstractLegendItem;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCustomPlot;
class QLabel;
class QTimer;

namespace fewshot {
namespace widgets {

class SeriesPlot : public QWidget {
  Q_OBJECT
 public:
  struct Options {
    bool smoothed = false;    // draw an EMA curve over a faint raw one
    bool stepCurve = false;   // values that hold until the next point (phases, stages)
    bool logToggle = false;   // offer a log-scale y axis
    double smoothing = 0.95;  // EMA weight of the past
  };
  // A series with at most this many points draws a marker on each.
  static constexpr int kMarkerPointLimit = 40;

  // `emptyText` is shown in the plot until the first point arrives (what will be drawn there).
  SeriesPlot(const QString& yLabel, const QString& emptyText, Options options, QWidget* parent = nullptr);

  void addPoint(const QString& key, double x, double y);
  // The colour and line style of `key`'s curve, instead of the next colour of the built-in cycle
  // (the run comparison gives each run one colour and each series one line style).
  void setSeriesPen(const QString& key, const QColor& color, Qt::PenStyle style = Qt::SolidLine);
  // The title over the plot (small multiples); the mouse hint moves into its tooltip.
  void setTitle(const QString& title);
  // The legend's and the hover text's name of a key (default: the key itself).
  void setSeriesNamer(std::function<QString(const QString&)> namer);
  void setXLabel(const QString& label);
  // A dashed horizontal reference line (e.g. the ADA target), replaced when set again.
  void setReferenceLine(const QString& label, double y);
  // A dotted vertical line at `x` labelled at the top (a stage or phase beginning there).
  void addVerticalMarker(double x, const QString& label);
  QVector<double> verticalMarkers() const;
  QStringList shownMarkerLabels() const;  // those with room for their label at the last replot
  // The log-scale choice and the hidden series are kept in QSettings under this name.
  void rememberChoicesAs(const QString& name);
  void clear();

  QStringList keys() const;
  int pointCount(const QString& key) const;
  double lastValue(const QString& key) const;
  QVector<QPointF> points(const QString& key) const;  // the raw points of `key`, in x order
  QString seriesName(const QString& key) const;
  bool hasMarkers(const QString& key) const;
  bool isSeriesVisible(const QString& key) const;
  void setSeriesVisible(const QString& key, bool visible);
  // The legend entry of `key` (its rectangle is where a click toggles it), nullptr when none.
  QCPAbstractLegendItem* legendItem(const QString& key) const;
  QCustomPlot* plot() const { return plot_; }
  QCheckBox* logScaleBox() const { return logBox_; }
  // The colour cycle of the curves (matplotlib's tab10), readable on light and dark backgrounds.
  static QColor curveColor(int index);
  bool logScale() const;
  void setLogScale(bool on);
  // False while a shown series has a value at or below zero (a log axis would drop those points).
  bool logScaleAllowed() const;
  void replotNow();
  // Shows iterations `lower` to `upper` and stops following the live end (a neighbouring plot was zoomed).
  void showXRange(double lower, double upper);
  // Back to the whole run, following its live end (what a double-click does).
  void followLive();
  bool followsLive() const { return followLive_; }

 Q_SIGNALS:
  void seriesAdded(const QString& key);
  void seriesVisibilityChanged(const QString& key, bool visible);
  // The user zoomed or panned the iteration axis; and returned to the live end with a double-click.
  void xRangeChosen(double lower, double upper);
  void followLiveChosen();

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  struct Series {
    QCPGraph* raw = nullptr;
    QCPGraph* smooth = nullptr;
    double ema = 0;
    double emaWeight = 0;  // for the debiased EMA (TensorBoard-style)
    double last = 0;
    double yMin = 0, yMax = 0;
    bool visible = true;
  };
  struct Marker {
    double x = 0;
    QCPItemStraightLine* line = nullptr;
    QCPItemText* text = nullptr;
  };
  Series& series(const QString& key);
  void scheduleReplot();
  void applyRanges();
  void applyAxisScale();
  void updateLogBox();
  void showHover(const QPoint& pos);
  bool showLegendToolTip(const QPoint& pos);
  QString keyAt(const QPoint& pos) const;
  void applyPaletteColors();
  void applyPen(Series& s, QColor color, Qt::PenStyle style);
  void applyMarkers(Series& s);
  void styleLegendItem(const QString& key);
  void placeLegend();
  void placeMarkerLabels();
  void fitToSize();  // ticks, legend columns and the empty text for the plot's size
  void saveChoices() const;

  Options options_;
  QCustomPlot* plot_ = nullptr;
  QCheckBox* logBox_ = nullptr;
  QLabel* heading_ = nullptr;  // the title of a panel, else the mouse hint
  QTimer* replotTimer_ = nullptr;
  QHash<QString, Series> series_;
  QHash<QString, QPen> requestedPens_;  // setSeriesPen() before the first point
  QStringList order_;
  std::function<QString(const QString&)> namer_;
  QString rememberedAs_;
  QSet<QString> hiddenKeys_;  // hidden series, also those not drawn yet
  double xMin_ = 0, xMax_ = 1;
  bool hasData_ = false;
  long pointsAdded_ = 0;
  bool followLive_ = true;           // false once the user zooms or pans; double-click returns to live
  bool showingSharedRange_ = false;  // showXRange() is setting the range: not the user's choice
  bool logWanted_ = false;           // the user's choice; shown only while logScaleAllowed()
  bool hasReference_ = false;
  double reference_ = 0;
  QCPItemStraightLine* referenceLine_ = nullptr;
  QCPItemText* referenceText_ = nullptr;
  QCPItemText* emptyText_ = nullptr;
  QString emptyTextRaw_;
  QVector<Marker> markers_;
};

}  // namespace widgets
}  // namespace fewshot
