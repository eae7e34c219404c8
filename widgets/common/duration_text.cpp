#include "widgets/common/duration_text.h"

namespace fewshot {
namespace widgets {

QString formatDuration(double seconds) {
  if (!(seconds >= 0)) return QStringLiteral("–");
  const qint64 s = static_cast<qint64>(seconds + 0.5);
  if (s >= 3600)
    return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QChar('0')).arg(s % 60, 2, 10, QChar('0'));
  return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar('0'));
}

}  // namespace widgets
}  // namespace fewshot
