#include "widgets/studio_translation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace fewshot {
namespace widgets {

bool installStudioTranslation(QTranslator& translator, const QLocale& locale) {
  if (!translator.load(locale, QStringLiteral("fewshot"), QStringLiteral("_"), QStringLiteral(":/i18n"))) return false;
  return QCoreApplication::installTranslator(&translator);
}

}  // namespace widgets
}  // namespace fewshot
