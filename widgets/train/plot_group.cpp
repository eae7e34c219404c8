#include "widgets/train/plot_group.h"

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

}  // namespace widgets
}  // namespace fewshot
