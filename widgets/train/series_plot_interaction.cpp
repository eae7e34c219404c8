// SeriesPlot's legend and mouse: the legend in a row above the axes, a click on an entry hiding or
// showing its series, tooltips with the raw key, values on hover, and the remembered choices.
#include <qcustomplot.h>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QSettings>
#include <QToolTip>

#include "widgets/common/settings_keys.h"
#include "widgets/train/series_plot.h"

namespace fewshot {
namespace widgets {

namespace {

QString choicesKey(const QString& name, const char* choice) {
  return QStringLiteral("%1%2/%3").arg(QLatin1String(settings_keys::kPlotChoicesPrefix), name, QLatin1String(choice));
}

}  // namespace

void SeriesPlot::placeLegend() {
  QCPLegend* legend = plot_->legend;
  plot_->axisRect()->insetLayout()->take(legend);
  // The legend shares a row with an empty element: QCustomPlot caps a layout column at the smallest maximum
  // width in it, and an empty legend's is a few pixels, which would squeeze the axes beneath to nothing.
  auto* row = new QCPLayoutGrid;
  plot_->plotLayout()->insertRow(0);
  plot_->plotLayout()->addElement(0, 0, row);
  plot_->plotLayout()->setRowStretchFactor(0, 0.001);
  plot_->plotLayout()->setRowSpacing(0);
  row->addElement(0, 0, legend);
  row->addElement(0, 1, new QCPLayoutElement(plot_));
  row->setColumnStretchFactor(0, 0.001);
  legend->setFillOrder(QCPLegend::foColumnsFirst);
  legend->setWrap(4);
  legend->setMargins(QMargins(4, 2, 4, 0));
  legend->setRowSpacing(0);
  legend->setColumnSpacing(12);
  legend->setIconSize(20, 14);  // compact entries: more of them side by side in a narrow panel
  legend->setIconTextPadding(4);
  legend->setFont(QFont(font().family(), 8));
  legend->setVisible(false);  // shown with the first series
  connect(plot_, &QCustomPlot::legendClick, this, [this](QCPLegend*, QCPAbstractLegendItem* item, QMouseEvent* event) {
    if (!item || event->button() != Qt::LeftButton) return;
    for (const QString& key : order_)
      if (legendItem(key) == item) {
        setSeriesVisible(key, !isSeriesVisible(key));
        saveChoices();
        return;
      }
  });
}

QCPAbstractLegendItem* SeriesPlot::legendItem(const QString& key) const {
  auto it = series_.constFind(key);
  if (it == series_.constEnd()) return nullptr;
  return plot_->legend->itemWithPlottable(it->smooth ? it->smooth : it->raw);
}

QString SeriesPlot::keyAt(const QPoint& pos) const {
  if (!plot_->legend->visible()) return {};
  for (const QString& key : order_) {
    QCPAbstractLegendItem* item = legendItem(key);
    if (item && item->rect().contains(pos)) return key;
  }
  return {};
}

bool SeriesPlot::isSeriesVisible(const QString& key) const { return !hiddenKeys_.contains(key); }

void SeriesPlot::setSeriesVisible(const QString& key, bool visible) {
  if (visible)
    hiddenKeys_.remove(key);
  else
    hiddenKeys_.insert(key);
  auto it = series_.find(key);
  if (it != series_.end()) {
    it->visible = visible;
    it->raw->setVisible(visible);
    if (it->smooth) it->smooth->setVisible(visible);
    styleLegendItem(key);
  }
  updateLogBox();
  scheduleReplot();
  Q_EMIT seriesVisibilityChanged(key, visible);
}

// A hidden series keeps its legend entry, struck out and faint, so it can be clicked back.
void SeriesPlot::styleLegendItem(const QString& key) {
  QCPAbstractLegendItem* item = legendItem(key);
  if (!item) return;
  const bool visible = isSeriesVisible(key);
  QFont font = plot_->legend->font();
  font.setStrikeOut(!visible);
  item->setFont(font);
  QColor text = palette().color(QPalette::WindowText);
  if (!visible) text.setAlpha(110);
  item->setTextColor(text);
}

void SeriesPlot::rememberChoicesAs(const QString& name) {
  rememberedAs_ = name;
  const QSettings settings;
  logWanted_ = settings.value(choicesKey(name, "logScale"), false).toBool();
  const QStringList hidden = settings.value(choicesKey(name, "hidden")).toStringList();
  for (const QString& key : QStringList(hiddenKeys_.values()))
    if (!hidden.contains(key)) setSeriesVisible(key, true);
  for (const QString& key : hidden) setSeriesVisible(key, false);
  updateLogBox();
}

void SeriesPlot::saveChoices() const {
  if (rememberedAs_.isEmpty()) return;
  QSettings settings;
  settings.setValue(choicesKey(rememberedAs_, "logScale"), logWanted_);
  QStringList hidden = hiddenKeys_.values();
  hidden.sort();
  settings.setValue(choicesKey(rememberedAs_, "hidden"), hidden);
}

bool SeriesPlot::eventFilter(QObject* watched, QEvent* event) {
  if (watched == plot_ && event->type() == QEvent::Resize) fitToSize();
  if (watched == plot_ && event->type() == QEvent::MouseMove) showHover(static_cast<QMouseEvent*>(event)->pos());
  if (watched == plot_ && event->type() == QEvent::ToolTip && showLegendToolTip(static_cast<QHelpEvent*>(event)->pos()))
    return true;
  return QWidget::eventFilter(watched, event);
}

bool SeriesPlot::showLegendToolTip(const QPoint& pos) {
  const QString key = keyAt(pos);
  if (key.isEmpty()) return false;
  const QString action = isSeriesVisible(key) ? tr("Click to hide this curve") : tr("Click to show this curve");
  QToolTip::showText(plot_->mapToGlobal(pos),
                     QStringLiteral("<b>%1</b><br><code>%2</code><br>%3")
                         .arg(seriesName(key).toHtmlEscaped(), key.toHtmlEscaped(), action),
                     plot_);
  return true;
}

void SeriesPlot::showHover(const QPoint& pos) {
  if (!hasData_ || !plot_->axisRect()->rect().contains(pos)) return;
  const double x = plot_->xAxis->pixelToCoord(pos.x());
  QStringList lines;
  double shownX = x;
  for (const QString& key : order_) {
    const Series& s = series_[key];
    QCPGraph* g = s.smooth ? s.smooth : s.raw;
    if (!s.visible || g->dataCount() == 0) continue;
    auto it = g->data()->findBegin(x, false);  // the first point at or after x
    if (it == g->data()->constEnd()) --it;
    shownX = it->key;
    QString line = QStringLiteral("%1: %2").arg(seriesName(key), QString::number(it->value, 'g', 5));
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
