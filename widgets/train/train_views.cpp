#include "widgets/train/train_views.h"

#include <QDateTime>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include "widgets/train/augment_preview_panel.h"
#include "widgets/train/nearest_images_panel.h"
#include "widgets/train/plot_group.h"
#include "widgets/train/sample_timelapse.h"
#include "widgets/train/series_plot.h"

namespace fewshot {
namespace widgets {

TrainViews::TrainViews(QWidget* parent) : QWidget(parent) {
  lossPlot_ = new SeriesPlot(tr("loss"), tr("Losses appear here while training (raw and smoothed)."),
                             {true, false, true});
  metricsPlot_ = new SeriesPlot(tr("metric"),
                                tr("Quality metrics (FD, KID, ...) appear here when a run computes them."),
                                {false, false, true});
  adaPlot_ = new SeriesPlot(tr("p, r_t"), tr("ADA's p and r_t appear here when training with ADA augmentation."),
                            {false, false, false});
  phasePlot_ = new SeriesPlot(tr("phase"), tr("Progressive phases and stages appear here (PGGAN, ConSinGAN)."),
                              {false, true, false});
  timelapse_ = new SampleTimelapse;
  augmentPreview_ = new AugmentPreviewPanel;
  log_ = new QPlainTextEdit;
  log_->setReadOnly(true);
  log_->setMaximumBlockCount(5000);

  lowerTabs_ = new QTabWidget;
  lowerTabs_->addTab(adaPlot_, tr("ADA p / r_t"));
  lowerTabs_->addTab(metricsPlot_, tr("Metrics"));
  lowerTabs_->addTab(phasePlot_, tr("Phases"));
  nearest_ = new NearestImagesPanel;
  lowerTabs_->addTab(nearest_, tr("Nearest images"));
  lowerTabs_->addTab(augmentPreview_, tr("Augmentation preview"));
  lowerTabs_->addTab(log_, tr("Log"));

  auto* top = new QSplitter(Qt::Horizontal);
  top->addWidget(lossPlot_);
  top->addWidget(timelapse_);
  top->setStretchFactor(0, 3);
  top->setStretchFactor(1, 2);
  top->setSizes({600, 400});  // the plot wider than the grids whatever the size hints say
  auto* vertical = new QSplitter(Qt::Vertical);
  vertical->addWidget(top);
  vertical->addWidget(lowerTabs_);
  vertical->setStretchFactor(0, 3);
  vertical->setStretchFactor(1, 2);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(vertical);
}

void TrainViews::setRunConfig(const QVariantMap& config) {
  runConfig_ = config;
  updateAdaTarget();
}

void TrainViews::plotValues(qint64 iteration, const QVariantMap& values) {
  const double x = static_cast<double>(iteration);
  for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
    const QString& key = it.key();
    const double y = it.value().toDouble();
    switch (plotGroupOf(key)) {
      case PlotGroup::Loss: lossPlot_->addPoint(key, x, y); break;
      case PlotGroup::Metric: metricsPlot_->addPoint(key, x, y); break;
      case PlotGroup::Ada:
        adaPlot_->addPoint(key, x, y);
        if (key == "ada_p") augmentPreview_->setCurrentP(y);
        if (!adaShown_) {
          adaShown_ = true;
          updateAdaTarget();
        }
        break;
      case PlotGroup::Phase:
        phasePlot_->addPoint(key, x, y);
        // A growing or multi-stage run: its phases matter more than an empty ADA plot.
        if (!phasesShown_ && !adaShown_ && lowerTabs_->currentWidget() == adaPlot_)
          lowerTabs_->setCurrentWidget(phasePlot_);
        phasesShown_ = true;
        break;
      case PlotGroup::None: break;
    }
  }
}

void TrainViews::showMetrics(qint64 iteration, const QVariantMap& values, const QString& extractor,
                             const QImage& sheet) {
  plotValues(iteration, values);
  nearest_->show(iteration, values, extractor, sheet);
  if (!extractor.isEmpty()) metricsPlot_->setToolTip(metricsToolTip(extractor));
}

void TrainViews::replotNow() {
  for (SeriesPlot* plot : {lossPlot_, metricsPlot_, adaPlot_, phasePlot_}) plot->replotNow();
}

void TrainViews::clear() {
  for (SeriesPlot* plot : {lossPlot_, metricsPlot_, adaPlot_, phasePlot_}) plot->clear();
  timelapse_->clear();
  nearest_->clear();
  adaShown_ = false;
  phasesShown_ = false;
}

QString TrainViews::metricsToolTip(const QString& extractor) {
  if (extractor == "FID")
    return tr("FID and KID from the standard Inception network you supplied: comparable with published numbers "
              "computed the same way (same sample counts and reference set).");
  return tr("%1: Fréchet distance and KID on EfficientNet-Lite0 features, because the standard Inception "
            "network is not installed. Useful to compare runs here; not FID, and not comparable with published "
            "FID numbers. Give the Inception file (--inception) for FID.")
      .arg(extractor);
}

void TrainViews::updateAdaTarget() {
  if (runConfig_.value("augment").toString() == "ada")
    adaPlot_->setReferenceLine(tr("target %1").arg(runConfig_.value("ada_target").toDouble()),
                               runConfig_.value("ada_target").toDouble());
}

void TrainViews::appendLog(const QString& text, const QString& level) {
  const QString time = QDateTime::currentDateTime().toString("HH:mm:ss");
  const QString label = level == "error" ? tr("error") : level == "warning" ? tr("warning") : tr("info");
  const QString line = QStringLiteral("%1 [%2] %3").arg(time, label, text.toHtmlEscaped());
  // Info lines keep the text colour of the palette, so they stay readable in the dark theme.
  if (level == "info") {
    log_->appendHtml(line);
  } else {
    const QString color = level == "error" ? QStringLiteral("#e74c3c") : QStringLiteral("#d68910");
    log_->appendHtml(QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color, line));
  }
  if (level != "info") lowerTabs_->setCurrentWidget(log_);
}

}  // namespace widgets
}  // namespace fewshot
