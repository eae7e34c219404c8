// TrainingBridge's view of the settings declarations (core/config) for the studio's option panels.
#include <cmath>
#include <functional>

#include "bridge/device_choice.h"
#include "bridge/qt_conversions.h"
#include "bridge/training_bridge.h"
#include "core/config/family_options.h"
#include "core/config/training_config.h"

namespace fewshot {
namespace bridge {
namespace {

QStringList toQStringList(const std::vector<std::string>& values) {
  QStringList list;
  for (const std::string& v : values) list << toQString(v);
  return list;
}

// Infinite bounds travel as absent: JSON and QVariant maps of configs have no infinity.
QVariant bound(double value) { return std::isfinite(value) ? QVariant(value) : QVariant(); }

// `config` parsed as a TrainingConfig, changed by `change`, and written back over the map, which keeps
// what config.json leaves out (run_dir). Throws when `config` does not parse.
QVariantMap changedConfig(const QVariantMap& config, const std::function<void(train::TrainingConfig&)>& change) {
  nlohmann::json j = variantMapToJson(config);
  auto c = j.get<train::TrainingConfig>();
  change(c);
  const nlohmann::json changed = c;
  j.update(changed);
  return jsonToVariantMap(j);
}

QVariantMap describe(const config::Setting& s) {
  return QVariantMap{{"key", toQString(s.key)},
                     {"label", toQString(s.label)},
                     {"help", toQString(s.help)},
                     {"kind", QString::fromLatin1(config::kindName(s.kind))},
                     {"minimum", bound(s.minimum)},
                     {"maximum", bound(s.maximum)},
                     {"minimumExcluded", s.minimumExcluded},
                     {"maximumExcluded", s.maximumExcluded},
                     {"step", s.step},
                     {"decimals", s.decimals},
                     {"choices", toQStringList(s.choices)},
                     {"choiceLabels", toQStringList(s.choiceLabels)},
                     {"choicesSuggestedOnly", s.choicesSuggestedOnly},
                     {"minimumText", toQString(s.minimumText)},
                     {"advanced", s.advanced},
                     {"inPresets", s.inPresets},
                     {"enabledWhenKey", toQString(s.enabledWhenKey)},
                     {"enabledWhenValues", toQStringList(s.enabledWhenValues)}};
}

}  // namespace

QVariantList TrainingBridge::settingsFor(const QString& id) {
  const config::FamilyOptions* family = config::findFamilyOptions(id.toStdString());
  if (!family) return {};
  QVariantList out;
  for (const config::Setting* s : family->applicableSettings()) {
    if (!s->inStudio) continue;
    QVariantMap described = describe(*s);
    // The device picker also offers this machine's multi-process choices, for families that split a batch.
    if (s->key == "device" && !family->singleImage) {
      QStringList choices = described.value("choices").toStringList(),
                  labels = described.value("choiceLabels").toStringList();
      for (const QVariant& extra : processDeviceChoices()) {
        choices << extra.toMap().value("value").toString();
        labels << extra.toMap().value("label").toString();
      }
      described["choices"] = choices;
      described["choiceLabels"] = labels;
    }
    out.append(described);
  }
  return out;
}

QVariantMap TrainingBridge::deriveSettings(const QVariantMap& config, const QStringList& givenKeys) {
  const config::FamilyOptions* family = config::findFamilyOptions(config.value("model").toString().toStdString());
  if (!family || !family->deriveSettings) return config;
  try {
    return changedConfig(config, [&](train::TrainingConfig& c) {
      family->deriveSettings(c, [&](const std::string& key) { return givenKeys.contains(toQString(key)); });
    });
  } catch (const std::exception&) {
    return config;  // a config that does not parse is reported when the run starts
  }
}

QVariantMap TrainingBridge::withImageSize(const QVariantMap& config, int size) {
  return changedConfig(config, [size](train::TrainingConfig& c) { c.setImageSize(size); });
}

}  // namespace bridge
}  // namespace fewshot
