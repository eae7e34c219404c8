#include "widgets/compare/compare_curves.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

#include "widgets/train/plot_group.h"
#include "widgets/train/plot_stack.h"
#include "widgets/train/series_names.h"
#include "widgets/train/series_plot.h"

namespace fewshot {
namespace widgets {

namespace {

// Runs differ by colour; the series of one run (loss_d, loss_g, ...) by line style.
Qt::PenStyle seriesStyle(int index) {
  static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
  return styles[index % (sizeof(styles) / sizeof(styles[0]))];
}

// A stack of panels scrolls when the window is too short for all of them (each keeps a readable height).
QScrollArea* scrolling(QWidget* stack) {
  auto* area = new QScrollArea;
  area->setWidget(stack);
  area->setWidgetResizable(true);
  area->setFrameShape(QFrame::NoFrame);
  area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  return area;
}

}  // namespace

CompareCurves::CompareCurves(QWidget* parent) : QWidget(parent) {
  plots_.losses = new PlotStack({PlotPanel::AdversarialLoss, PlotPanel::ReconstructionLoss, PlotPanel::PenaltyLoss},
                                Qt::Vertical, tr("Tick runs to compare their losses."), QStringLiteral("compare"));
  plots_.losses->setObjectName(QStringLiteral("compareLossPlots"));
  plots_.metrics =
      new PlotStack({PlotPanel::FrechetDistance, PlotPanel::Kid, PlotPanel::Diversity, PlotPanel::OtherMetric},
                    Qt::Vertical, tr("None of these runs computed quality metrics."), QStringLiteral("compare"));
  plots_.metrics->setObjectName(QStringLiteral("compareMetricPlots"));
  plots_.ada =
      new SeriesPlot(tr("p, r_t"), tr("None of these runs trained with ADA augmentation."), {false, false, false});
  plots_.phase =
      new SeriesPlot(tr("phase"), tr("None of these runs has progressive phases or stages."), {false, true, false});
  plotTabs_ = new QTabWidget;
  plotTabs_->addTab(scrolling(plots_.losses), tr("Losses"));
  plotTabs_->addTab(scrolling(plots_.metrics), tr("Metrics"));
  plotTabs_->addTab(plots_.ada, tr("ADA p / r_t"));
  plotTabs_->addTab(plots_.phase, tr("Phases"));

  seriesList_ = new QListWidget;
  seriesList_->setObjectName(QStringLiteral("compareSeries"));
  seriesList_->setToolTip(tr("Untick a series to hide it in every run"));
  auto* side = new QVBoxLayout;
  side->addWidget(new QLabel(tr("Series")));
  side->addWidget(seriesList_, 1);
  auto* sideWidget = new QWidget;
  sideWidget->setLayout(side);
  side->setContentsMargins(0, 0, 0, 0);
  sideWidget->setMaximumWidth(sideWidget->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 26);

  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plotTabs_, 1);
  layout->addWidget(sideWidget);

  connect(seriesList_, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
    const QString key = item->data(Qt::UserRole).toString();
    if (item->checkState() == Qt::Checked)
      hidden_.remove(key);
    else
      hidden_.insert(key);
    redraw();
  });
}

QString CompareCurves::curveName(const QString& run, const QString& series) {
  return QStringLiteral("%1 · %2").arg(run, seriesDisplayName(series));
}

void CompareCurves::showRuns(const QVector<ComparedRun>& runs, RunAlignment alignment) {
  runs_ = runs;
  alignment_ = alignment;
  QStringList series;
  for (const ComparedRun& run : runs_)
    for (const auto* records : {&run.history.records, &run.history.metricRecords})
      for (const QVariantMap& record : *records)
        for (auto it = record.keyBegin(); it != record.keyEnd(); ++it)
          if (plotGroupOf(*it) != PlotGroup::None && !series.contains(*it)) series.append(*it);
  series.sort();
  fillSeriesList(series);
  redraw();
}

void CompareCurves::fillSeriesList(const QStringList& series) {
  const QSignalBlocker block(seriesList_);
  seriesList_->clear();
  for (const QString& key : series) {
    auto* item = new QListWidgetItem(seriesDisplayName(key), seriesList_);
    item->setData(Qt::UserRole, key);
    item->setToolTip(key);  // the metrics.jsonl key, as in the Train tab's legends
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(hidden_.contains(key) ? Qt::Unchecked : Qt::Checked);
  }
}

void CompareCurves::redraw() {
  const QString xLabel = alignment_ == RunAlignment::ImagesSeen ? tr("images seen") : tr("iteration");
  plots_.clear();
  for (SeriesPlot* plot : plots_.all()) plot->setXLabel(xLabel);
  QStringList seriesOrder;
  for (int i = 0; i < seriesList_->count(); ++i)
    seriesOrder.append(seriesList_->item(i)->data(Qt::UserRole).toString());
  for (const ComparedRun& run : runs_) {
    for (const auto* records : {&run.history.records, &run.history.metricRecords}) {
      for (const QVariantMap& record : *records) {
        const double x = run.x(record.value(QStringLiteral("iteration")).toLongLong(), alignment_);
        for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
          if (hidden_.contains(it.key())) continue;
          SeriesPlot* plot = plotOf(it.key());
          if (!plot) continue;
          const QString curve = curveName(run.name, it.key());
          if (plot->pointCount(curve) == 0)
            plot->setSeriesPen(curve, run.color, seriesStyle(seriesOrder.indexOf(it.key())));
          const double y = it.value().toDouble();
          plots_.addPoint(it.key(), curve, x, y);
        }
      }
    }
  }
  plots_.replotNow();
}

}  // namespace widgets
}  // namespace fewshot
