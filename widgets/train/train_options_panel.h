// The Train tab's settings: model family, preset, dataset and run folder, then the family's settings as
// the core declares them (core/config, through TrainingBridge::settingsFor), with an "Advanced" section
// that folds away. config() is a map of config.json keys built on top of the chosen preset, so settings
// this panel does not show keep the preset's values.
#pragma once
#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QToolButton;

namespace fewshot {
namespace widgets {

class SettingsForm;

class TrainOptionsPanel : public QWidget {
  Q_OBJECT
 public:
  explicit TrainOptionsPanel(QWidget* parent = nullptr);

  QVariantMap config() const;
  void setConfig(const QVariantMap& config);  // shows a reopened run's settings
  void applyPreset(const QString& name);
  // Selects a model family by id with its defaults for the current preset; false when the family is
  // unknown or not available in this build.
  bool selectModel(const QString& id);
  // Selects the first family that learns from one image (for a dropped single picture).
  bool selectSingleImageModel();
  void setDataPath(const QString& path);
  QString dataPath() const;
  void setRunDirectory(const QString& path);
  QString runDirectory() const;
  // Forgets the run folder and proposes a fresh one next to the others (for a new run).
  void proposeNewRunDirectory();
  bool advancedVisible() const;
  void setAdvancedVisible(bool visible);
  QComboBox* modelBox() const { return model_; }
  QComboBox* presetBox() const { return preset_; }
  // The field that edits config key `key` ("data", "run_dir", "batch_size", "pggan.fade_kimg", ...);
  // nullptr when none does.
  QWidget* fieldFor(const QString& key) const;

 Q_SIGNALS:
  void changed();
  void pathsChanged();  // the dataset or the run folder was edited

 private:
  void suggestRunDirectory();
  bool singleImageFamily() const;  // the selected family trains on one image
  void updateFamilyFields();       // the chosen family's settings and presets
  void settingEdited();
  void browseForData();

  QVariantMap base_;  // the preset's full config, under the fields below
  QComboBox* model_ = nullptr;
  QComboBox* preset_ = nullptr;
  QLineEdit* data_ = nullptr;
  QLineEdit* runDir_ = nullptr;
  SettingsForm* settings_ = nullptr;
  QToolButton* advancedToggle_ = nullptr;
  QWidget* advanced_ = nullptr;
  bool runDirEdited_ = false;
};

}  // namespace widgets
}  // namespace fewshot
