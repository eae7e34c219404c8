#include "widgets/train/stage_change.h"

#include <QCoreApplication>

namespace fewshot {
namespace widgets {

QString StageChange::observe(const QVariantMap& values) {
  QString label;
  const auto stage = values.constFind(QStringLiteral("stage"));
  if (stage != values.constEnd()) {
    const double s = stage->toDouble();
    if (stage_ > 0 && s != stage_)
      label = QCoreApplication::translate("StageChange", "stage %1").arg(static_cast<int>(s));
    stage_ = s;
  }
  const auto resolution = values.constFind(QStringLiteral("phase_resolution"));
  if (resolution != values.constEnd()) {
    const double r = resolution->toDouble();
    if (resolution_ > 0 && r != resolution_)
      label = QCoreApplication::translate("StageChange", "%1 px").arg(static_cast<int>(r));
    resolution_ = r;
  }
  return label;
}

void StageChange::reset() { stage_ = resolution_ = 0; }

}  // namespace widgets
}  // namespace fewshot
