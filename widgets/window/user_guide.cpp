#include "widgets/window/user_guide.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace fewshot {
namespace widgets {

QString userGuidePath(const QString& language) {
  const QStringList folders{
      QCoreApplication::applicationDirPath() + QStringLiteral("/../share/doc/fewshot-studio"),
#ifdef FEWSHOT_SOURCE_DOCS_DIR
      QStringLiteral(FEWSHOT_SOURCE_DOCS_DIR),
#endif
  };
  QStringList names;
  if (!language.isEmpty() && language != QLatin1String("en")) names << QStringLiteral("user-guide.%1.md").arg(language);
  names << QStringLiteral("user-guide.md");
  for (const QString& name : names)
    for (const QString& folder : folders) {
      const QFileInfo file(QDir(folder).filePath(name));
      if (file.isFile()) return QDir::cleanPath(file.absoluteFilePath());
    }
  return {};
}

}  // namespace widgets
}  // namespace fewshot
