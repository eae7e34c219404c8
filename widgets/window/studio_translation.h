// The studio's translations (fewshot_<lang>.qm): installed under <prefix>/share/fewshot-studio/translations,
// and embedded under :/i18n by translations/ as the fallback.
#pragma once

class QLocale;
class QTranslator;

namespace fewshot {
namespace widgets {

// Loads the catalogue matching `locale` (ko_KR -> fewshot_ko.qm) into `translator` and installs it.
// Returns false when no catalogue matches; the English source strings then show.
bool installStudioTranslation(QTranslator& translator, const QLocale& locale);

}  // namespace widgets
}  // namespace fewshot
