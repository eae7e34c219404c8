#include "widgets/train/train_options_panel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include "bridge/training_bridge.h"
#include "widgets/common/family_text.h"
#include "widgets/common/form_fields.h"
#include "widgets/common/settings_form.h"
#include "widgets/train/preset_match.h"

namespace fewshot {
namespace widgets {

TrainOptionsPanel::TrainOptionsPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  auto* form = new QFormLayout;
  // In a narrow settings column a field goes under its label instead of past the column's edge.
  form->setRowWrapPolicy(QFormLayout::WrapLongRows);
  layout->addLayout(form);

  model_ = new QComboBox;
  auto* models = qobject_cast<QStandardItemModel*>(model_->model());
  for (const QVariant& v : bridge::TrainingBridge::modelFamilies()) {
    const QVariantMap f = v.toMap();
    model_->addItem(f.value("name").toString(), f.value("id"));
    models->item(model_->count() - 1)->setToolTip(familyText(f.value("summary").toString()));
  }
  form->addRow(tr("Model"), model_);
  preset_ = new QComboBox;
  form->addRow(tr("Preset"), preset_);
  for (QComboBox* box : {model_, preset_}) {
    // Long entries (presets) must not widen the settings column.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
  }

  data_ = new QLineEdit;
  auto* browseData = new QPushButton(tr("Browse…"));
  form->addRow(tr("Dataset"), pathRow(data_, browseData));
  runDir_ = new QLineEdit;
  auto* browseRun = new QPushButton(tr("Browse…"));
  form->addRow(tr("Run folder"), pathRow(runDir_, browseRun));

  advancedToggle_ = new QToolButton;
  advancedToggle_->setText(tr("Advanced options"));
  advancedToggle_->setCheckable(true);
  advancedToggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  advancedToggle_->setArrowType(Qt::RightArrow);
  advancedToggle_->setAutoRaise(true);
  layout->addWidget(advancedToggle_);
  advanced_ = new QWidget;
  auto* advancedForm = new QFormLayout(advanced_);
  advancedForm->setContentsMargins(12, 0, 0, 0);
  advancedForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
  advanced_->setVisible(false);
  layout->addWidget(advanced_);
  settings_ = new SettingsForm(form, advancedForm, this);
  connect(advancedToggle_, &QToolButton::toggled, this, &TrainOptionsPanel::setAdvancedVisible);
  connect(settings_, &SettingsForm::edited, this, &TrainOptionsPanel::settingEdited);

  connect(preset_, &QComboBox::currentIndexChanged, this, [this] {
    const QString preset = preset_->currentData().toString();
    if (preset != QLatin1String(kCustomPreset)) applyPreset(preset);
  });
  connect(this, &TrainOptionsPanel::changed, this, [this] { showMatchingPreset(preset_, config()); });
  connect(data_, &QLineEdit::textChanged, this, [this] { suggestRunDirectory(); });
  for (QLineEdit* path : {data_, runDir_})
    connect(path, &QLineEdit::textChanged, this, &TrainOptionsPanel::pathsChanged);
  connect(model_, &QComboBox::currentIndexChanged, this, [this] {
    updateFamilyFields();
    applyPreset(preset_->currentData().toString());  // each family has its own defaults for a preset
    suggestRunDirectory();
  });
  connect(runDir_, &QLineEdit::textEdited, this, [this] { runDirEdited_ = true; });
  connect(browseData, &QPushButton::clicked, this, &TrainOptionsPanel::browseForData);
  connect(browseRun, &QPushButton::clicked, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Run folder"), runDir_->text());
    if (!dir.isEmpty()) {
      runDir_->setText(dir);
      runDirEdited_ = true;
    }
  });
  updateFamilyFields();
  applyPreset("demo");
}

void TrainOptionsPanel::browseForData() {
  if (singleImageFamily()) {
    const QString file = QFileDialog::getOpenFileName(this, tr("Training image"), data_->text(),
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff)"));
    if (!file.isEmpty()) data_->setText(file);
    return;
  }
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Dataset folder"), data_->text());
  if (!dir.isEmpty()) data_->setText(dir);
}

bool TrainOptionsPanel::singleImageFamily() const {
  return bridge::TrainingBridge::familyInfo(model_->currentData().toString()).value("singleImage").toBool();
}

void TrainOptionsPanel::updateFamilyFields() {
  const QString model = model_->currentData().toString();
  settings_->setSettings(bridge::TrainingBridge::settingsFor(model));
  data_->setPlaceholderText(singleImageFamily() ? tr("one image (this model learns from a single picture)")
                                                : tr("folder of images, one image, or a .fspack"));
  // Each family has its own presets; keep the chosen one when the new family has it too.
  const QString current = preset_->currentData().toString();
  const QSignalBlocker block(preset_);
  preset_->clear();
  for (const QVariant& p : bridge::TrainingBridge::familyInfo(model).value("presets").toList())
    preset_->addItem(familyText(p.toMap().value("label").toString()), p.toMap().value("id"));
  const int keep = preset_->findData(current);
  preset_->setCurrentIndex(keep >= 0 ? keep : 0);
}

void TrainOptionsPanel::settingEdited() {
  // Settings that follow from the one edited (a ConSinGAN run's length from its stages) follow it at once,
  // unless the user set them too.
  settings_->show(bridge::TrainingBridge::deriveSettings(config(), settings_->editedKeys()));
  Q_EMIT changed();
}

bool TrainOptionsPanel::advancedVisible() const { return advanced_->isVisible() || advancedToggle_->isChecked(); }

void TrainOptionsPanel::setAdvancedVisible(bool visible) {
  if (advancedToggle_->isChecked() != visible) advancedToggle_->setChecked(visible);
  advancedToggle_->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
  advanced_->setVisible(visible);
}

void TrainOptionsPanel::applyPreset(const QString& name) {
  const int index = preset_->findData(name);
  if (index >= 0 && preset_->currentIndex() != index) {
    preset_->setCurrentIndex(index);  // re-enters through currentIndexChanged
    return;
  }
  QVariantMap config = bridge::TrainingBridge::presetConfig(name, model_->currentData().toString());
  if (!base_.isEmpty()) {
    // Machine and output choices (device, threads, TensorBoard files) stay as they are.
    const QVariantMap current = this->config();
    for (const QString& key : settings_->presetKeys(false))
      SettingsForm::setValueAt(config, key, SettingsForm::valueAt(current, key));
  }
  config["model"] = model_->currentData();
  config["data"] = data_->text();
  setConfig(config);
}

QVariantMap TrainOptionsPanel::config() const {
  QVariantMap c = settings_->written(base_);
  c["model"] = model_->currentData();
  c["data"] = data_->text().trimmed();
  c["run_dir"] = runDir_->text().trimmed();
  return c;
}

void TrainOptionsPanel::setConfig(const QVariantMap& config) {
  base_ = config;
  const QSignalBlocker block(preset_);
  const QSignalBlocker blockModel(model_);  // a model change would re-apply its preset over `config`
  if (model_->currentData() != config.value("model")) {
    const int i = model_->findData(config.value("model"));
    if (i >= 0) model_->setCurrentIndex(i);
    updateFamilyFields();
  }
  if (config.contains("data")) data_->setText(config.value("data").toString());
  if (!config.value("run_dir").toString().isEmpty()) {
    runDir_->setText(config.value("run_dir").toString());
    runDirEdited_ = true;
  }
  settings_->show(config);
  settings_->clearEdited();
  suggestRunDirectory();
  Q_EMIT changed();
}

void TrainOptionsPanel::setDataPath(const QString& path) { data_->setText(path); }

bool TrainOptionsPanel::selectModel(const QString& id) {
  const int index = model_->findData(id);
  auto* models = qobject_cast<QStandardItemModel*>(model_->model());
  if (index < 0 || !models->item(index)->isEnabled()) return false;
  model_->setCurrentIndex(index);  // applies the family's preset through currentIndexChanged
  return true;
}

bool TrainOptionsPanel::selectSingleImageModel() {
  if (singleImageFamily()) return true;
  for (const QVariant& f : bridge::TrainingBridge::modelFamilies())
    if (f.toMap().value("singleImage").toBool() && selectModel(f.toMap().value("id").toString())) return true;
  return false;
}

QString TrainOptionsPanel::dataPath() const { return data_->text().trimmed(); }

void TrainOptionsPanel::setRunDirectory(const QString& path) {
  runDir_->setText(path);
  runDirEdited_ = !path.isEmpty();
}

void TrainOptionsPanel::proposeNewRunDirectory() {
  runDirEdited_ = false;
  suggestRunDirectory();
}

QWidget* TrainOptionsPanel::fieldFor(const QString& key) const {
  if (key == QLatin1String("data")) return data_;
  if (key == QLatin1String("run_dir")) return runDir_;
  if (key == QLatin1String("model")) return model_;
  if (key == QLatin1String("preset")) return preset_;
  return settings_->fieldFor(key);
}

QString TrainOptionsPanel::runDirectory() const { return runDir_->text().trimmed(); }

void TrainOptionsPanel::suggestRunDirectory() {
  if (runDirEdited_ || data_->text().trimmed().isEmpty()) return;
  const QString root = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath("runs");
  const QString name = QFileInfo(data_->text().trimmed()).completeBaseName();
  runDir_->setText(QDir(root).filePath(
      QStringLiteral("%1-%2-%3")
          .arg(name, model_->currentData().toString(), QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss"))));
}

}  // namespace widgets
}  // namespace fewshot
