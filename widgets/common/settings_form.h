// Rows of option fields built from the settings declarations the bridge hands over
// (TrainingBridge::settingsFor: key, label, kind, range, choices, ...): a spin box, check box, combo box or
// text field per setting, in a basic and an "advanced" form. Reads and writes config.json maps by key
// ("batch_size", "pggan.fade_kimg"), so no panel spells a family's settings by hand.
#pragma once
#include <QMap>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

class QFormLayout;
class QWidget;

namespace fewshot {
namespace widgets {

class SettingsForm : public QObject {
  Q_OBJECT
 public:
  SettingsForm(QFormLayout* basic, QFormLayout* advanced, QObject* parent = nullptr);

  // Replaces the rows with one per setting (rows added to the forms before stay above them).
  void setSettings(const QVariantList& settings);
  // Shows the values of `config`; emits nothing and marks nothing as edited.
  void show(const QVariantMap& config);
  // `config` with every field's value written at its key.
  QVariantMap written(QVariantMap config) const;
  QWidget* fieldFor(const QString& key) const;
  QStringList keys() const;
  // Keys of the settings that belong to presets (inPresets), or of those that do not.
  QStringList presetKeys(bool inPresets = true) const;
  // Keys of the fields the user changed since clearEdited().
  QStringList editedKeys() const { return edited_.values(); }
  void clearEdited() { edited_.clear(); }

  // `path` is "key" or "section.key".
  static QVariant valueAt(const QVariantMap& config, const QString& path);
  static void setValueAt(QVariantMap& config, const QString& path, const QVariant& value);
  // Numbers compare with a relative tolerance (a spin box rounds), everything else as text.
  static bool sameValue(const QVariant& a, const QVariant& b);

 Q_SIGNALS:
  void edited(const QString& key);  // by the user

 private:
  struct Row {
    QVariantMap setting;
    QWidget* field = nullptr;
    QFormLayout* form = nullptr;
  };
  QWidget* makeField(const QVariantMap& setting);
  QVariant fieldValue(const Row& row) const;
  void setFieldValue(const Row& row, const QVariant& value);
  void updateEnabled();
  void userEdited(const QString& key);

  QFormLayout* basic_;
  QFormLayout* advanced_;
  QList<Row> rows_;
  QSet<QString> edited_;
  bool showing_ = false;
};

}  // namespace widgets
}  // namespace fewshot
