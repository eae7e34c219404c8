// The Train tab's settings: model family, preset, dataset, run folder, resolution, batch,
// iterations, augmentation, and an "Advanced" section that folds away. config() is a map of
// config.json keys built on top of the chosen preset, so options this panel does not show keep
// the core's defaults.
#pragma once
#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace fewshot {
namespace widgets {

class ConSinGanOptions;

class TrainOptionsPanel : public QWidget {
  Q_OBJECT
 public:
  explicit TrainOptionsPanel(QWidget* parent = nullptr);

  QVariantMap config() const;
  void setConfig(const QVariantMap& config);  // shows a reopened run's settings
  void applyPreset(const QString& name);
  // Selects a model family by id ("fastgan", "consingan", ...) with its defaults for the current preset;
  // false when the family is unknown or not available in this build.
  bool selectModel(const QString& id);
  void setDataPath(const QString& path);
  QString dataPath() const;
  void setRunDirectory(const QString& path);
  QString runDirectory() const;
  // Forgets the run folder and proposes a fresh one next to the others (for a new run).
  void proposeNewRunDirectory();
  bool advancedVisible() const;
  void setAdvancedVisible(bool visible);
  QComboBox* modelBox() const { return model_; }
  QComboBox* augmentBox() const { return augment_; }
  QComboBox* presetBox() const { return preset_; }
  ConSinGanOptions* consinganOptions() const { return consingan_; }
  // The field that edits config key `key` ("data", "run_dir", "batch_size", ...); nullptr when none does.
  QWidget* fieldFor(const QString& key) const;

 Q_SIGNALS:
  void changed();
  void pathsChanged();  // the dataset or the run folder was edited

 private:
  QWidget* makeAdvanced();
  void suggestRunDirectory();
  void updateAugmentFields();
  bool singleImageFamily() const;  // the selected family trains on one image
  void updateFamilyFields();  // rows that apply to the chosen family, and its presets
  void browseForData();

  QVariantMap base_;  // the preset's full config, under the fields below
  QComboBox* model_ = nullptr;
  QComboBox* preset_ = nullptr;
  QLineEdit* data_ = nullptr;
  QLineEdit* runDir_ = nullptr;
  QComboBox* size_ = nullptr;
  QSpinBox* batch_ = nullptr;
  QSpinBox* iterations_ = nullptr;
  QComboBox* augment_ = nullptr;
  QDoubleSpinBox* fixedP_ = nullptr;
  ConSinGanOptions* consingan_ = nullptr;
  QFormLayout* form_ = nullptr;
  QFormLayout* advancedForm_ = nullptr;
  QToolButton* advancedToggle_ = nullptr;
  QWidget* advanced_ = nullptr;
  QDoubleSpinBox* lrG_ = nullptr;
  QDoubleSpinBox* lrD_ = nullptr;
  QSpinBox* ngf_ = nullptr;
  QSpinBox* ndf_ = nullptr;
  QDoubleSpinBox* ema_ = nullptr;
  QSpinBox* seed_ = nullptr;
  QSpinBox* sampleEvery_ = nullptr;
  QSpinBox* checkpointEvery_ = nullptr;
  QComboBox* device_ = nullptr;
  QSpinBox* threads_ = nullptr;
  QComboBox* adaPreset_ = nullptr;
  QDoubleSpinBox* adaTarget_ = nullptr;
  QDoubleSpinBox* adaKimg_ = nullptr;
  QCheckBox* tensorboard_ = nullptr;
  bool runDirEdited_ = false;
};

}  // namespace widgets
}  // namespace fewshot
