// The readable name of a metrics.jsonl key in plot legends and hover text ("D loss, real" for
// loss_d_real); the raw key stays in the legend's tooltip. A key without a name here is shown as is.
#pragma once
#include <QString>

namespace fewshot {
namespace widgets {

QString seriesDisplayName(const QString& key);

}  // namespace widgets
}  // namespace fewshot
