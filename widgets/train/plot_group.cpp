#include "widgets/train/plot_group.h"

#include <QCoreApplication>

namespace fewshot {
namespace widgets {

PlotGroup plotGroupOf(const QString& key) {
  if (key.startsWith(QLatin1String("loss_"))) return PlotGroup::Loss;
  if (key.startsWith(QLatin1String("metric_"))) return PlotGroup::Metric;
  if (key == QLatin1String("ada_p") || key == QLatin1String("ada_rt")) return PlotGroup::Ada;
  if (key.startsWith(QLatin1String("phase_")) || key == QLatin1String("stage") || key == QLatin1String("stage_count") ||
      key == QLatin1String("stage_iteration"))
    return PlotGroup::Phase;
  return PlotGroup::None;
}

PlotPanel plotPanelOf(const QString& key) {
  switch (plotGroupOf(key)) {
    case PlotGroup::None: return PlotPanel::None;
    case PlotGroup::Ada: return PlotPanel::Ada;
    case PlotGroup::Phase: return PlotPanel::Phase;
    case PlotGroup::Loss:
      if (key.endsWith(QLatin1String("_rec"))) return PlotPanel::ReconstructionLoss;
      if (key.endsWith(QLatin1String("_gp")) || key.endsWith(QLatin1String("_drift"))) return PlotPanel::PenaltyLoss;
      return PlotPanel::AdversarialLoss;
    case PlotGroup::Metric:
      if (key.startsWith(QLatin1String("metric_fd")) || key == QLatin1String("metric_fid"))
        return PlotPanel::FrechetDistance;
      if (key.startsWith(QLatin1String("metric_kid"))) return PlotPanel::Kid;
      if (key == QLatin1String("metric_diversity") || key.startsWith(QLatin1String("metric_nearest_distance")))
        return PlotPanel::Diversity;
      return PlotPanel::OtherMetric;
  }
  return PlotPanel::None;
}

PlotGroup groupOfPanel(PlotPanel panel) {
  switch (panel) {
    case PlotPanel::AdversarialLoss:
    case PlotPanel::ReconstructionLoss:
    case PlotPanel::PenaltyLoss: return PlotGroup::Loss;
    case PlotPanel::FrechetDistance:
    case PlotPanel::Kid:
    case PlotPanel::Diversity:
    case PlotPanel::OtherMetric: return PlotGroup::Metric;
    case PlotPanel::Ada: return PlotGroup::Ada;
    case PlotPanel::Phase: return PlotGroup::Phase;
    case PlotPanel::None: break;
  }
  return PlotGroup::None;
}

QString plotPanelTitle(PlotPanel panel) {
  switch (panel) {
    case PlotPanel::AdversarialLoss: return QCoreApplication::translate("PlotPanel", "Adversarial losses");
    case PlotPanel::ReconstructionLoss: return QCoreApplication::translate("PlotPanel", "Reconstruction");
    case PlotPanel::PenaltyLoss: return QCoreApplication::translate("PlotPanel", "Penalties");
    case PlotPanel::FrechetDistance: return QCoreApplication::translate("PlotPanel", "Fréchet distance");
    case PlotPanel::Kid: return QCoreApplication::translate("PlotPanel", "KID");
    case PlotPanel::Diversity: return QCoreApplication::translate("PlotPanel", "Diversity");
    case PlotPanel::OtherMetric: return QCoreApplication::translate("PlotPanel", "Other metrics");
    case PlotPanel::Ada: return QCoreApplication::translate("PlotPanel", "ADA p and r_t");
    case PlotPanel::Phase: return QCoreApplication::translate("PlotPanel", "Phases and stages");
    case PlotPanel::None: break;
  }
  return {};
}

}  // namespace widgets
}  // namespace fewshot
