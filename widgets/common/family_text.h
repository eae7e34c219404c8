// Texts of the family registry (preset labels, family summaries) come from the Qt-free core in
// English; this looks up their translation (lupdate collects them where the core marks them FEWSHOT_TEXT).
#pragma once
#include <QString>

namespace fewshot::widgets {

QString familyText(const QString& english);

}  // namespace fewshot::widgets
