#include "widgets/train/train_views.h"

#include <QDateTime>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include "bridge/training_bridge.h"
#include "widgets/common/settings_keys.h"
#include "widgets/train/augment_preview_panel.h"
#include "widgets/train/nearest_images_panel.h"
#include "widgets/train/plot_group.h"
#include "widgets/train/plot_stack.h"
#include "widgets/train/sample_timelapse.h"
#include "widgets/train/series_names.h"
#include "widgets/train/series_plot.h"

namespace fewshot {
namespace widgets {

namespace {

// Small multiples shrink to their panels' minimum size, then scroll: the window must still fit 1280×800
// at 150 % scaling when every panel shows.
QScrollArea* scrolling(QWidget* content, Qt::Orientation orientation) {
  auto* area = new QScrollArea;
  area->setWidget(content);
  area->setWidgetResizable(true);
  area->setFrameShape(QFrame::NoFrame);
  area->setHorizontalScrollBarPolicy(orientation == Qt::Horizontal ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
  area->setVerticalScrollBarPolicy(orientation == Qt::Vertical ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
  return area;
}

}  // namespace

TrainViews::TrainViews(QWidget* parent) : QWidget(parent) {
  plots_.losses =
      new PlotStack({PlotPanel::AdversarialLoss, PlotPanel::ReconstructionLoss, PlotPanel::PenaltyLoss}, Qt::Vertical,
                    tr("Losses appear here while training (raw and smoothed)."), QStringLiteral("train"));
  plots_.losses->setObjectName(QStringLiteral("lossPlots"));
  plots_.metrics = new PlotStack(
      {PlotPanel::FrechetDistance, PlotPanel::Kid, PlotPanel::Diversity, PlotPanel::OtherMetric}, Qt::Horizontal,
      tr("Quality metrics (FD, KID, ...) appear here when a run computes them."), QStringLiteral("train"));
  plots_.metrics->setObjectName(QStringLiteral("metricPlots"));
  plots_.ada = new SeriesPlot(tr("p, r_t"), tr("ADA's p and r_t appear here when training with ADA augmentation."),
                              {false, false, false});
  plots_.phase = new SeriesPlot(tr("phase"), tr("Progressive phases and stages appear here (PGGAN, ConSinGAN)."),
                                {false, true, false});
  for (SeriesPlot* plot : {plots_.ada, plots_.phase}) plot->setSeriesNamer(seriesDisplayName);
  timelapse_ = new SampleTimelapse;
  augmentPreview_ = new AugmentPreviewPanel;
  log_ = new QPlainTextEdit;
  log_->setReadOnly(true);
  log_->setMaximumBlockCount(5000);

  // The screenshot tour opens the nearest images (3) and the augmentation preview (4) by index.
  lowerTabs_ = new QTabWidget;
  metricsPage_ = scrolling(plots_.metrics, Qt::Horizontal);
  lowerTabs_->addTab(metricsPage_, tr("Metrics"));
  lowerTabs_->addTab(plots_.ada, tr("ADA p / r_t"));
  lowerTabs_->addTab(plots_.phase, tr("Phases"));
  nearest_ = new NearestImagesPanel;
  lowerTabs_->addTab(nearest_, tr("Nearest images"));
  lowerTabs_->addTab(augmentPreview_, tr("Augmentation preview"));
  lowerTabs_->addTab(log_, tr("Log"));
  connect(lowerTabs_->tabBar(), &QTabBar::tabBarClicked, this, [this] { tabPicked_ = true; });

  // The samples are what people watch: the grid beside the loss plots, as large as the space above the
  // tabs allows (the grid is square, so a taller column would not make it larger); the metrics get the
  // full width under both, for their panels side by side.
  sideBySide_ = new QSplitter(Qt::Horizontal);
  sideBySide_->setObjectName(QStringLiteral("gridBesidePlots"));
  sideBySide_->addWidget(timelapse_);
  sideBySide_->addWidget(scrolling(plots_.losses, Qt::Vertical));
  sideBySide_->setStretchFactor(0, 1);
  sideBySide_->setStretchFactor(1, 1);
  sideBySide_->setSizes({560, 540});
  plotsOverTabs_ = new QSplitter(Qt::Vertical);
  plotsOverTabs_->setObjectName(QStringLiteral("gridAndPlotsOverTabs"));
  plotsOverTabs_->addWidget(sideBySide_);
  plotsOverTabs_->addWidget(lowerTabs_);
  plotsOverTabs_->setStretchFactor(0, 3);
  plotsOverTabs_->setStretchFactor(1, 2);
  plotsOverTabs_->setSizes({600, 360});
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plotsOverTabs_);
  restoreLayout();
  for (QSplitter* splitter : {sideBySide_, plotsOverTabs_})
    connect(splitter, &QSplitter::splitterMoved, this, &TrainViews::saveLayout);
}

void TrainViews::restoreLayout() {
  const QVariantList states = QSettings().value(settings_keys::kTrainViewsLayout).toList();
  if (states.size() != 2) return;
  sideBySide_->restoreState(states[0].toByteArray());
  plotsOverTabs_->restoreState(states[1].toByteArray());
}

void TrainViews::saveLayout() const {
  QSettings().setValue(settings_keys::kTrainViewsLayout,
                       QVariantList{sideBySide_->saveState(), plotsOverTabs_->saveState()});
}

void TrainViews::setRunConfig(const QVariantMap& config) {
  runConfig_ = config;
  timelapse_->setSampleCount(config.value("sample_count").toInt());
  // Multi-image families write a grid of the untrained generator when training starts; a single-image
  // family has no generator before its first stage, so its first grid comes at the first sample tick.
  const bool singleImage =
      bridge::TrainingBridge::familyInfo(config.value("model").toString()).value("singleImage").toBool();
  timelapse_->setSampleEvery(singleImage ? config.value("sample_every").toLongLong() : 0);
  updateAdaTarget();
}

void TrainViews::plotValues(qint64 iteration, const QVariantMap& values) {
  const double x = static_cast<double>(iteration);
  for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
    const QString& key = it.key();
    const double y = it.value().toDouble();
    if (!plots_.addPoint(key, key, x, y)) continue;
    if (key == "ada_p") augmentPreview_->setCurrentP(y);
    if (!adaShown_ && plotGroupOf(key) == PlotGroup::Ada) {
      adaShown_ = true;
      updateAdaTarget();
    }
  }
  const QString stage = stageChange_.observe(values);
  if (!stage.isEmpty()) plots_.losses->addVerticalMarker(x, stage);
  showTellingTab();
}

// Until the user picks a tab, the lower tabs show what this run has: its metrics, else ADA's p, else its
// phases (an empty Metrics tab tells a PGGAN or ConSinGAN run nothing). The log and the pages a user
// opened stay.
void TrainViews::showTellingTab() {
  QWidget* current = lowerTabs_->currentWidget();
  if (tabPicked_ || (current != metricsPage_ && current != plots_.ada && current != plots_.phase)) return;
  QWidget* telling = plots_.metrics->hasData()         ? metricsPage_
                     : !plots_.ada->keys().isEmpty()   ? static_cast<QWidget*>(plots_.ada)
                     : !plots_.phase->keys().isEmpty() ? static_cast<QWidget*>(plots_.phase)
                                                       : metricsPage_;
  if (telling != current) lowerTabs_->setCurrentWidget(telling);
}

void TrainViews::showMetrics(qint64 iteration, const QVariantMap& values, const QString& extractor,
                             const QImage& sheet) {
  plotValues(iteration, values);
  nearest_->show(iteration, values, extractor, sheet);
  if (!extractor.isEmpty()) plots_.metrics->setToolTip(metricsToolTip(extractor));
}

void TrainViews::replotNow() { plots_.replotNow(); }

void TrainViews::clear() {
  plots_.clear();
  timelapse_->clear();
  nearest_->clear();
  stageChange_.reset();
  adaShown_ = false;
  tabPicked_ = false;
  showTellingTab();
}

QString TrainViews::metricsToolTip(const QString& extractor) {
  if (extractor == "FID")
    return tr(
        "FID and KID from the standard Inception network you supplied: comparable with published numbers "
        "computed the same way (same sample counts and reference set).");
  return tr("%1: Fréchet distance and KID on EfficientNet-Lite0 features, because the standard Inception "
            "network is not installed. Useful to compare runs here; not FID, and not comparable with published "
            "FID numbers. Give the Inception file (--inception) for FID.")
      .arg(extractor);
}

void TrainViews::updateAdaTarget() {
  if (runConfig_.value("augment").toString() == "ada")
    plots_.ada->setReferenceLine(tr("target %1").arg(runConfig_.value("ada_target").toDouble()),
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
