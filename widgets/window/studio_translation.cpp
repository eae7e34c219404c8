#include "widgets/window/studio_translation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace fewshot {
namespace widgets {

bool installStudioTranslation(QTranslator& translator, const QLocale& locale) {
  // Installed catalogues (<prefix>/bin/../share/fewshot-studio/translations) win over the embedded ones.
  const QString installed =
      QCoreApplication::applicationDirPath() + QStringLiteral("/../share/fewshot-studio/translations");
  const QStringList folders{installed, QStringLiteral(":/i18n")};
  for (const QString& folder : folders)
    if (translator.load(locale, QStringLiteral("fewshot"), QStringLiteral("_"), folder))
      return QCoreApplication::installTranslator(&translator);
  return false;
}

}  // namespace widgets
}  // namespace fewshot
