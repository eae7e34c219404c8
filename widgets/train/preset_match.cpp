#include "widgets/train/preset_match.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSignalBlocker>
#include <QStringList>

#include <cmath>

#include "bridge/training_bridge.h"

namespace fewshot {
namespace widgets {

namespace {

// `path` is "key" or "section.key".
QVariant valueAt(const QVariantMap& config, const QString& path) {
  const int dot = path.indexOf(QLatin1Char('.'));
  if (dot < 0) return config.value(path);
  return config.value(path.left(dot)).toMap().value(path.mid(dot + 1));
}

bool same(const QVariant& a, const QVariant& b) {
  bool aNumber = false, bNumber = false;
  const double x = a.toDouble(&aNumber), y = b.toDouble(&bNumber);
  if (aNumber && bNumber) return std::abs(x - y) <= 1e-9 * std::max(1.0, std::abs(y));
  return a.toString() == b.toString();
}

// What the Train tab shows of a family's config (train_options_panel.cpp, consingan_options.cpp).
QStringList shownKeys(const QString& model, bool singleImage) {
  if (singleImage)
    return {"consingan.mode", "consingan.max_size", "consingan.train_stages", "consingan.iters_per_stage",
            "consingan.nfc", "lr_g", "lr_d"};
  QStringList keys{"batch_size", "iterations", "augment", "lr_g", "lr_d", "ema_decay"};
  keys << (model == QLatin1String("pggan") ? "pggan.image_size" : "fastgan.image_size");
  if (model == QLatin1String("projected"))
    keys << "projected.ngf" << "projected.ndf";
  else if (model != QLatin1String("pggan"))
    keys << "fastgan.ngf" << "fastgan.ndf";
  return keys;
}

bool matches(const QVariantMap& config, const QVariantMap& preset, const QStringList& keys) {
  for (const QString& key : keys)
    if (!same(valueAt(config, key), valueAt(preset, key))) return false;
  const QString augment = config.value("augment").toString();
  if (augment == QLatin1String("fixed") && !same(config.value("fixed_p"), preset.value("fixed_p"))) return false;
  if (augment == QLatin1String("ada"))
    for (const char* key : {"ada_preset", "ada_target", "ada_kimg"})
      if (!same(config.value(key), preset.value(key))) return false;
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
  const QStringList keys = shownKeys(model, family.value("singleImage").toBool());
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
