// "Custom" in the preset list: the Train tab shows which preset its settings are, or "Custom" when they
// differ from every preset of the family (a reopened run with its own size, an edited batch, ...).
#pragma once
#include <QString>
#include <QVariantMap>

class QComboBox;

namespace fewshot {
namespace widgets {

constexpr const char* kCustomPreset = "custom";

// The preset of `config`'s family whose settings the Train tab shows (resolution, batch, iterations,
// augmentation, learning rates, widths, EMA, ADA, ConSinGAN's stages) are those of `config`; `preferred`
// wins when several match. Empty when none does.
QString matchingPreset(const QVariantMap& config, const QString& preferred = QString());

// Selects the matching preset in `presets` (items: the family's presets, data = id), adding a "Custom"
// item when there is none and removing it when there is. Emits no signals.
void showMatchingPreset(QComboBox* presets, const QVariantMap& config);

}  // namespace widgets
}  // namespace fewshot
