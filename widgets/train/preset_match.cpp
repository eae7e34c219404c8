#include "widgets/train/preset_match.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSignalBlocker>
#include <QStringList>

#include "bridge/training_bridge.h"
#include "widgets/common/settings_form.h"

namespace fewshot {
namespace widgets {

namespace {

// The settings the Train tab shows that make up a preset (not the device, threads or output choices).
QStringList presetKeys(const QString& model) {
  QStringList keys;
  for (const QVariant& v : bridge::TrainingBridge::settingsFor(model)) {
    const QVariantMap setting = v.toMap();
    if (setting.value("inPresets").toBool()) keys << setting.value("key").toString();
  }
  return keys;
}

bool matches(const QVariantMap& config, const QVariantMap& preset, const QStringList& keys) {
  for (const QString& key : keys)
    if (!SettingsForm::sameValue(SettingsForm::valueAt(config, key), SettingsForm::valueAt(preset, key))) return false;
  return true;
}

}  // namespace

class PresetMatch {
  Q_DECLARE_TR_FUNCTIONS(fewshot::widgets::PresetMatch)
 public:
  static QString custom() { return tr("Custom"); }
};

QString matchingPreset(const QVariantMap& config, const QString& preferred) {
  const QString model = config.value("model").toString();
  const QVariantMap family = bridge::TrainingBridge::familyInfo(model);
  const QStringList keys = presetKeys(model);
  QString found;
  for (const QVariant& p : family.value("presets").toList()) {
    const QString id = p.toMap().value("id").toString();
    if (!matches(config, bridge::TrainingBridge::presetConfig(id, model), keys)) continue;
    if (id == preferred) return id;
    if (found.isEmpty()) found = id;
  }
  return found;
}

void showMatchingPreset(QComboBox* presets, const QVariantMap& config) {
  const QSignalBlocker block(presets);
  const QString current = presets->currentData().toString();
  const QString match = matchingPreset(config, current);
  const int custom = presets->findData(QString::fromLatin1(kCustomPreset));
  if (!match.isEmpty()) {
    if (custom >= 0) presets->removeItem(custom);
    presets->setCurrentIndex(presets->findData(match));
    return;
  }
  if (custom < 0) presets->addItem(PresetMatch::custom(), QString::fromLatin1(kCustomPreset));
  presets->setCurrentIndex(presets->findData(QString::fromLatin1(kCustomPreset)));
}

}  // namespace widgets
}  // namespace fewshot
