// Durations for progress labels: "m:ss", or "h:mm:ss" from an hour on; "–" when unknown.
#pragma once
#include <QString>

namespace fewshot {
namespace widgets {

QString formatDuration(double seconds);  // rounded to the nearest second; negative or NaN: "–"

}  // namespace widgets
}  // namespace fewshot
