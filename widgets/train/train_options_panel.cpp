#include "widgets/train/train_options_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include "bridge/training_bridge.h"
#include "widgets/common/family_text.h"
#include "widgets/common/form_fields.h"
#include "widgets/train/consingan_options.h"
#include "widgets/train/preset_match.h"

namespace fewshot {
namespace widgets {

TrainOptionsPanel::TrainOptionsPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  auto* form = new QFormLayout;
  form_ = form;
  layout->addLayout(form);

  model_ = new QComboBox;
  auto* models = qobject_cast<QStandardItemModel*>(model_->model());
  for (const QVariant& v : bridge::TrainingBridge::modelFamilies()) {
    const QVariantMap f = v.toMap();
    model_->addItem(f.value("name").toString(), f.value("id"));
    models->item(model_->count() - 1)->setToolTip(f.value("summary").toString());
  }
  form->addRow(tr("Model"), model_);

  preset_ = new QComboBox;
  form->addRow(tr("Preset"), preset_);

  data_ = new QLineEdit;
  data_->setPlaceholderText(tr("folder of images, one image, or a .fspack"));
  auto* browseData = new QPushButton(tr("Browse…"));
  form->addRow(tr("Dataset"), pathRow(data_, browseData));
  runDir_ = new QLineEdit;
  auto* browseRun = new QPushButton(tr("Browse…"));
  form->addRow(tr("Run folder"), pathRow(runDir_, browseRun));

  size_ = new QComboBox;
  for (int s : {32, 64, 128, 256, 512, 1024}) size_->addItem(tr("%1 px").arg(s), s);
  form->addRow(tr("Resolution"), size_);
  batch_ = intSpin(2, 256);
  form->addRow(tr("Batch size"), batch_);
  iterations_ = intSpin(1, 10000000, 1000);
  form->addRow(tr("Iterations"), iterations_);

  augment_ = new QComboBox;
  augment_->addItem(tr("None"), "none");
  augment_->addItem(tr("DiffAugment"), "diffaugment");
  augment_->addItem(tr("ADA (adaptive p)"), "ada");
  augment_->addItem(tr("ADA with fixed p"), "fixed");
  form->addRow(tr("Augmentation"), augment_);
  fixedP_ = realSpin(0, 0.99, 0.05, 2);
  form->addRow(tr("Fixed p"), fixedP_);
  consingan_ = new ConSinGanOptions;
  form->addRow(consingan_);
  connect(consingan_, &ConSinGanOptions::changed, this, [this] {
    iterations_->setValue(consingan_->totalIterations());
    Q_EMIT changed();
  });

  advancedToggle_ = new QToolButton;
  advancedToggle_->setText(tr("Advanced options"));
  advancedToggle_->setCheckable(true);
  advancedToggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  advancedToggle_->setArrowType(Qt::RightArrow);
  advancedToggle_->setAutoRaise(true);
  layout->addWidget(advancedToggle_);
  advanced_ = makeAdvanced();
  advanced_->setVisible(false);
  layout->addWidget(advanced_);
  connect(advancedToggle_, &QToolButton::toggled, this, &TrainOptionsPanel::setAdvancedVisible);

  connect(preset_, &QComboBox::currentIndexChanged, this, [this] {
    const QString preset = preset_->currentData().toString();
    if (preset != QLatin1String(kCustomPreset)) applyPreset(preset);
  });
  connect(this, &TrainOptionsPanel::changed, this, [this] { showMatchingPreset(preset_, config()); });
  connect(augment_, &QComboBox::currentIndexChanged, this, &TrainOptionsPanel::updateAugmentFields);
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
  for (QComboBox* box : findChildren<QComboBox*>()) {
    // Long entries (presets) must not widen the settings column.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
  }
  for (QComboBox* box : findChildren<QComboBox*>())
    connect(box, &QComboBox::currentIndexChanged, this, &TrainOptionsPanel::changed);
  for (QAbstractSpinBox* box : findChildren<QAbstractSpinBox*>())
    connect(box, &QAbstractSpinBox::editingFinished, this, &TrainOptionsPanel::changed);
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
  const bool single = singleImageFamily();
  for (QWidget* w : {static_cast<QWidget*>(size_), static_cast<QWidget*>(batch_), static_cast<QWidget*>(augment_),
                     static_cast<QWidget*>(fixedP_)})
    form_->setRowVisible(w, !single);
  form_->setRowVisible(consingan_, single);
  iterations_->setEnabled(!single);  // ConSinGAN: stages × iterations per stage
  iterations_->setToolTip(single ? tr("Stages × iterations per stage") : QString());
  for (QWidget* w : {static_cast<QWidget*>(ngf_), static_cast<QWidget*>(ndf_), static_cast<QWidget*>(ema_),
                     static_cast<QWidget*>(adaPreset_), static_cast<QWidget*>(adaTarget_), static_cast<QWidget*>(adaKimg_)})
    advancedForm_->setRowVisible(w, !single);
  data_->setPlaceholderText(single ? tr("one image (ConSinGAN learns from a single picture)")
                                   : tr("folder of images, one image, or a .fspack"));

  // Each family has its own presets; keep the chosen one when the new family has it too.
  const QString current = preset_->currentData().toString();
  const QSignalBlocker block(preset_);
  preset_->clear();
  const QVariantMap family = bridge::TrainingBridge::familyInfo(model_->currentData().toString());
  for (const QVariant& p : family.value("presets").toList())
    preset_->addItem(familyText(p.toMap().value("label").toString()), p.toMap().value("id"));
  const int keep = preset_->findData(current);
  preset_->setCurrentIndex(keep >= 0 ? keep : 0);
}

QWidget* TrainOptionsPanel::makeAdvanced() {
  auto* page = new QWidget;
  auto* form = new QFormLayout(page);
  advancedForm_ = form;
  form->setContentsMargins(12, 0, 0, 0);
  lrG_ = realSpin(1e-6, 1, 1e-5, 6);
  form->addRow(tr("Learning rate G"), lrG_);
  lrD_ = realSpin(1e-6, 1, 1e-5, 6);
  form->addRow(tr("Learning rate D"), lrD_);
  ngf_ = intSpin(4, 1024, 4);
  form->addRow(tr("Generator width (ngf)"), ngf_);
  ndf_ = intSpin(4, 1024, 4);
  form->addRow(tr("Discriminator width (ndf)"), ndf_);
  ema_ = realSpin(0, 0.9999, 0.001, 4);
  form->addRow(tr("EMA decay"), ema_);
  seed_ = intSpin(0, 2147483647);
  form->addRow(tr("Seed"), seed_);
  sampleEvery_ = intSpin(1, 1000000, 50);
  form->addRow(tr("Samples every"), sampleEvery_);
  checkpointEvery_ = intSpin(1, 1000000, 100);
  form->addRow(tr("Checkpoint every"), checkpointEvery_);
  device_ = new QComboBox;
  device_->addItem(tr("CPU"), "cpu");
  device_->addItem(tr("CUDA"), "cuda");
  form->addRow(tr("Device"), device_);
  threads_ = intSpin(0, 256);
  threads_->setSpecialValueText(tr("all cores"));
  form->addRow(tr("CPU threads"), threads_);
  adaPreset_ = new QComboBox;
  for (const char* p : {"bgc", "bg", "blit", "geom", "color", "bgcf", "bgcfn", "bgcfnc"})
    adaPreset_->addItem(QString::fromLatin1(p), QString::fromLatin1(p));
  form->addRow(tr("ADA augmentations"), adaPreset_);
  adaTarget_ = realSpin(-0.99, 0.99, 0.05, 2);
  form->addRow(tr("ADA target r_t"), adaTarget_);
  adaKimg_ = realSpin(1, 10000, 10, 0);
  form->addRow(tr("ADA speed (kimg for p to move by 1)"), adaKimg_);
  tensorboard_ = new QCheckBox(tr("Also write TensorBoard event files"));
  tensorboard_->setToolTip(tr("Losses, metrics, ADA p and r_t, phases and sample grids, in the run folder; view "
                              "them with: tensorboard --logdir RUN_FOLDER"));
  form->addRow(tr("TensorBoard"), tensorboard_);
  connect(tensorboard_, &QCheckBox::toggled, this, &TrainOptionsPanel::changed);
  return page;
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
  config["model"] = model_->currentData();
  config["data"] = data_->text();
  config["tensorboard"] = tensorboard_->isChecked();  // an output choice, not part of a preset
  setConfig(config);
}

QVariantMap TrainOptionsPanel::config() const {
  QVariantMap c = base_;
  c["model"] = model_->currentData();
  c["data"] = data_->text().trimmed();
  c["run_dir"] = runDir_->text().trimmed();
  QVariantMap fastgan = c.value("fastgan").toMap();
  fastgan["image_size"] = size_->currentData();
  fastgan["ngf"] = ngf_->value();
  fastgan["ndf"] = ndf_->value();
  c["fastgan"] = fastgan;
  // Families with their own resolution or widths read them from their own section.
  if (c.value("model") == "pggan") {
    QVariantMap pggan = c.value("pggan").toMap();
    pggan["image_size"] = size_->currentData();
    c["pggan"] = pggan;
  } else if (c.value("model") == "projected") {
    QVariantMap projected = c.value("projected").toMap();
    projected["ngf"] = ngf_->value();
    projected["ndf"] = ndf_->value();
    c["projected"] = projected;
  }
  if (singleImageFamily()) {
    // One image: no batch or augmentation choice; the length is stages × iterations per stage.
    c["consingan"] = consingan_->section(c.value("consingan").toMap());
    c["iterations"] = consingan_->totalIterations();
  } else {
    c["batch_size"] = batch_->value();
    c["iterations"] = iterations_->value();
    c["augment"] = augment_->currentData();
    c["fixed_p"] = fixedP_->value();
  }
  c["lr_g"] = lrG_->value();
  c["lr_d"] = lrD_->value();
  c["ema_decay"] = ema_->value();
  c["seed"] = seed_->value();
  c["sample_every"] = sampleEvery_->value();
  c["checkpoint_every"] = checkpointEvery_->value();
  c["device"] = device_->currentData();
  c["threads"] = threads_->value();
  c["ada_preset"] = adaPreset_->currentData();
  c["ada_target"] = adaTarget_->value();
  c["ada_kimg"] = adaKimg_->value();
  c["tensorboard"] = tensorboard_->isChecked();
  return c;
}

void TrainOptionsPanel::setConfig(const QVariantMap& config) {
  base_ = config;
  auto select = [](QComboBox* box, const QVariant& value) {
    const int i = box->findData(value);
    if (i >= 0) box->setCurrentIndex(i);
  };
  const QSignalBlocker block(preset_);
  const QSignalBlocker blockModel(model_);  // a model change would re-apply its preset over `config`
  if (model_->currentData() != config.value("model")) {
    select(model_, config.value("model"));
    updateFamilyFields();
  }
  if (singleImageFamily()) consingan_->setSection(config.value("consingan").toMap());
  if (config.contains("data")) data_->setText(config.value("data").toString());
  if (!config.value("run_dir").toString().isEmpty()) {
    runDir_->setText(config.value("run_dir").toString());
    runDirEdited_ = true;
  }
  const QVariantMap fastgan = config.value("fastgan").toMap();
  const QString model = config.value("model").toString();
  select(size_, model == "pggan" ? config.value("pggan").toMap().value("image_size") : fastgan.value("image_size"));
  const QVariantMap widths = model == "projected" ? config.value("projected").toMap() : fastgan;
  ngf_->setValue(widths.value("ngf").toInt());
  ndf_->setValue(widths.value("ndf").toInt());
  batch_->setValue(config.value("batch_size").toInt());
  iterations_->setValue(config.value("iterations").toInt());
  select(augment_, config.value("augment"));
  fixedP_->setValue(config.value("fixed_p").toDouble());
  lrG_->setValue(config.value("lr_g").toDouble());
  lrD_->setValue(config.value("lr_d").toDouble());
  ema_->setValue(config.value("ema_decay").toDouble());
  seed_->setValue(config.value("seed").toInt());
  sampleEvery_->setValue(config.value("sample_every").toInt());
  checkpointEvery_->setValue(config.value("checkpoint_every").toInt());
  select(device_, config.value("device").toString().startsWith("cuda") ? "cuda" : "cpu");
  threads_->setValue(config.value("threads").toInt());
  select(adaPreset_, config.value("ada_preset"));
  adaTarget_->setValue(config.value("ada_target").toDouble());
  adaKimg_->setValue(config.value("ada_kimg").toDouble());
  tensorboard_->setChecked(config.value("tensorboard").toBool());
  updateAugmentFields();
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
  const QList<QPair<const char*, QWidget*>> fields{
      {"data", data_},         {"run_dir", runDir_},        {"image_size", size_},  {"batch_size", batch_},
      {"iterations", iterations_}, {"lr_g", lrG_},           {"lr_d", lrD_},         {"ngf", ngf_},
      {"ndf", ndf_},           {"ema_decay", ema_},         {"sample_every", sampleEvery_},
      {"checkpoint_every", checkpointEvery_}, {"threads", threads_}, {"ada_target", adaTarget_},
      {"ada_kimg", adaKimg_},  {"fixed_p", fixedP_}};
  for (const auto& [name, widget] : fields)
    if (key == QLatin1String(name)) return widget;
  return nullptr;
}

QString TrainOptionsPanel::runDirectory() const { return runDir_->text().trimmed(); }

void TrainOptionsPanel::suggestRunDirectory() {
  if (runDirEdited_ || data_->text().trimmed().isEmpty()) return;
  const QString root = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath("runs");
  const QString name = QFileInfo(data_->text().trimmed()).completeBaseName();
  runDir_->setText(QDir(root).filePath(QStringLiteral("%1-%2-%3")
                                           .arg(name, model_->currentData().toString(),
                                                QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss"))));
}

void TrainOptionsPanel::updateAugmentFields() {
  const QString mode = augment_->currentData().toString();
  fixedP_->setEnabled(mode == "fixed");
  adaPreset_->setEnabled(mode == "ada" || mode == "fixed");
  adaTarget_->setEnabled(mode == "ada");
  adaKimg_->setEnabled(mode == "ada");
}

}  // namespace widgets
}  // namespace fewshot
