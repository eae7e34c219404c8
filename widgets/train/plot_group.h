// Which plot a value of a metrics record belongs on, by its key: losses (loss_*), quality metrics
// (metric_*), ADA's p and r_t, progressive phases and stages. The Train tab's live views and the run
// comparison route values with it, so a new kind of value shows up in both once it is added here.
#pragma once
#include <QString>

namespace fewshot {
namespace widgets {

enum class PlotGroup { None, Loss, Metric, Ada, Phase };

PlotGroup plotGroupOf(const QString& key);

}  // namespace widgets
}  // namespace fewshot
