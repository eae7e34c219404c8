#include "widgets/common/family_text.h"

#include <QCoreApplication>

namespace fewshot::widgets {
namespace {

// Keep in step with the descriptors in core/models/<family>/<family>_family.cpp: an entry missing here
// is shown in English.
[[maybe_unused]] const char* const kFamilyTexts[] = {
    QT_TRANSLATE_NOOP("FamilyText", "Demo: 64 px, narrow, 1 000 iterations (ours, for a CPU)"),
    QT_TRANSLATE_NOOP("FamilyText", "CPU 128 px: 10 000 iterations (ours)"),
    QT_TRANSLATE_NOOP("FamilyText", "Official: 256 px, paper widths (needs a GPU)"),
    QT_TRANSLATE_NOOP("FamilyText", "Paper: the official train.py defaults, 1024 px, 50 000 iterations (needs a GPU)"),
    QT_TRANSLATE_NOOP("FamilyText", "Official widths: 256 px, lite generator, batch 8 (ours, needs a GPU)"),
    QT_TRANSLATE_NOOP("FamilyText", "Paper: the official README run, 256 px, batch 64, 10 000 kimg (needs a GPU)"),
    QT_TRANSLATE_NOOP("FamilyText", "Demo: grows 4 to 64 px, narrow, 1 100 iterations (ours, for a CPU)"),
    QT_TRANSLATE_NOOP("FamilyText", "CPU 128 px: grows 4 to 128 px, 1 300 iterations (ours)"),
    QT_TRANSLATE_NOOP("FamilyText", "Official widths: grows 4 to 256 px, one batch size (ours, needs a GPU)"),
    QT_TRANSLATE_NOOP("FamilyText",
                      "Paper: the official 1024 px run, per-resolution batches, 12 000 kimg (needs a GPU)"),
    QT_TRANSLATE_NOOP("FamilyText", "Demo: up to 128 px, 5 stages × 300 iterations (ours, for a CPU)"),
    QT_TRANSLATE_NOOP("FamilyText", "Tiny: up to 48 px, 4 stages × 40 iterations (ours, a quick try)"),
    QT_TRANSLATE_NOOP("FamilyText", "Official: up to 250 px, 6 stages × 2 000 iterations (GPU advised)"),
    QT_TRANSLATE_NOOP("FamilyText", "Paper: the official generation defaults (same as Official)"),
    QT_TRANSLATE_NOOP("FamilyText", "Harmonization: 3 stages × 1 000 iterations, as the paper's README"),
    QT_TRANSLATE_NOOP("FamilyText", "Editing: 6 stages × 1 000 iterations, as the paper's README"),
};

}  // namespace

QString familyText(const QString& english) {
  return QCoreApplication::translate("FamilyText", english.toUtf8().constData());
}

}  // namespace fewshot::widgets
