#include "widgets/common/family_text.h"

#include <QCoreApplication>

namespace fewshot::widgets {

QString familyText(const QString& english) {
  return QCoreApplication::translate("FamilyText", english.toUtf8().constData());
}

}  // namespace fewshot::widgets
