// A live plot of named series (one curve per key) on QCustomPlot: points are appended as they
// arrive, redraws are coalesced to ~10 per second, curves are decimated to the pixel width by
// QCustomPlot's adaptive sampling (100 000 points stay smooth), optional smoothed copies (EMA),
// optional step style, log-scale toggle, zoom/pan with the mouse and values on hover. Axes, grid, text
// and legend take their colours from the widget's palette and follow it (light and dark themes).
#pragma once
#include <QHash>
#include <QPen>
#include <QPointF>
#include <QVector>
#include <QWidget>

class QCheckBox;
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
    bool smoothed = false;     // draw an EMA curve over a faint raw one
    bool stepCurve = false;    // values that hold until the next point (phases, stages)
    bool logToggle = false;    // offer a log-scale y axis
    double smoothing = 0.95;   // EMA weight of the past
  };
  // `emptyText` is shown in the plot until the first point arrives (what will be drawn there).
  SeriesPlot(const QString& yLabel, const QString& emptyText, Options options, QWidget* parent = nullptr);

  void addPoint(const QString& key, double x, double y);
  // The colour and line style of `key`'s curve, instead of the next colour of the built-in cycle
  // (the run comparison gives each run one colour and each series one line style).
  void setSeriesPen(const QString& key, const QColor& color, Qt::PenStyle style = Qt::SolidLine);
  void setXLabel(const QString& label);
  // A dashed horizontal reference line (e.g. the ADA target), replaced when set again.
  void setReferenceLine(const QString& label, double y);
  void clear();

  QStringList keys() const;
  int pointCount(const QString& key) const;
  double lastValue(const QString& key) const;
  QVector<QPointF> points(const QString& key) const;  // the raw points of `key`, in x order
  QCustomPlot* plot() const { return plot_; }
  // The colour cycle of the curves (matplotlib's tab10), readable on light and dark backgrounds.
  static QColor curveColor(int index);
  bool logScale() const;
  void setLogScale(bool on);
  void replotNow();

 Q_SIGNALS:
  void seriesAdded(const QString& key);

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
  };
  Series& series(const QString& key);
  void scheduleReplot();
  void applyRanges();
  void showHover(const QPoint& pos);
  void applyPaletteColors();
  void applyPen(Series& s, QColor color, Qt::PenStyle style);

  Options options_;
  QCustomPlot* plot_ = nullptr;
  QCheckBox* logBox_ = nullptr;
  QLabel* hint_ = nullptr;
  QTimer* replotTimer_ = nullptr;
  QHash<QString, Series> series_;
  QHash<QString, QPen> requestedPens_;  // setSeriesPen() before the first point
  QStringList order_;
  double xMin_ = 0, xMax_ = 1, yMin_ = 0, yMax_ = 1, yMinPositive_ = 1;
  bool hasData_ = false;
  long pointsAdded_ = 0;
  bool followLive_ = true;  // false once the user zooms or pans; double-click returns to live
  bool hasReference_ = false;
  double reference_ = 0;
  QCPItemStraightLine* referenceLine_ = nullptr;
  QCPItemText* referenceText_ = nullptr;
  QCPItemText* emptyText_ = nullptr;
};

}  // namespace widgets
}  // namespace fewshot
