#include "widgets/common/settings_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <climits>
#include <cmath>

#include "widgets/common/form_fields.h"

namespace fewshot {
namespace widgets {
namespace {

// The declarations' words are English; their translations live under the context "Setting".
QString settingText(const QString& english) {
  return english.isEmpty() ? english : QCoreApplication::translate("Setting", english.toUtf8().constData());
}

double boundOr(const QVariant& bound, double fallback) { return bound.isValid() ? bound.toDouble() : fallback; }

}  // namespace

SettingsForm::SettingsForm(QFormLayout* basic, QFormLayout* advanced, QObject* parent)
    : QObject(parent), basic_(basic), advanced_(advanced) {}

bool SettingsForm::sameValue(const QVariant& a, const QVariant& b) {
  bool aNumber = false, bNumber = false;
  const double x = a.toDouble(&aNumber), y = b.toDouble(&bNumber);
  if (aNumber && bNumber) return std::abs(x - y) <= 1e-9 * std::max(1.0, std::abs(y));
  return a.toString() == b.toString();
}

QVariant SettingsForm::valueAt(const QVariantMap& config, const QString& path) {
  const int dot = path.indexOf(QLatin1Char('.'));
  if (dot < 0) return config.value(path);
  return config.value(path.left(dot)).toMap().value(path.mid(dot + 1));
}

void SettingsForm::setValueAt(QVariantMap& config, const QString& path, const QVariant& value) {
  const int dot = path.indexOf(QLatin1Char('.'));
  if (dot < 0) {
    config[path] = value;
    return;
  }
  QVariantMap section = config.value(path.left(dot)).toMap();
  section[path.mid(dot + 1)] = value;
  config[path.left(dot)] = section;
}

QWidget* SettingsForm::makeField(const QVariantMap& s) {
  const QString kind = s.value("kind").toString();
  const QString key = s.value("key").toString();
  const QStringList choices = s.value("choices").toStringList();
  const QStringList labels = s.value("choiceLabels").toStringList();
  if (kind == QLatin1String("switch")) {
    auto* box = new QCheckBox;
    connect(box, &QCheckBox::toggled, this, [this, key] { userEdited(key); });
    return box;
  }
  if (!choices.isEmpty()) {
    auto* box = new QComboBox;
    for (int i = 0; i < choices.size(); ++i)
      box->addItem(settingText(i < labels.size() ? labels[i] : choices[i]), choices[i]);
    box->setEditable(s.value("choicesSuggestedOnly").toBool());
    // Long entries must not widen the settings column.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
    connect(box, &QComboBox::currentIndexChanged, this, [this, key] { userEdited(key); });
    if (box->isEditable()) connect(box, &QComboBox::editTextChanged, this, [this, key] { userEdited(key); });
    return box;
  }
  // An excluded bound ("above 0") keeps the spin box one step (its smallest shown change) inside it.
  const double unit = kind == QLatin1String("integer") ? 1.0 : std::pow(10.0, -s.value("decimals").toInt());
  double minimum = boundOr(s.value("minimum"), INT_MIN), maximum = boundOr(s.value("maximum"), INT_MAX);
  if (s.value("minimumExcluded").toBool()) minimum += unit;
  if (s.value("maximumExcluded").toBool()) maximum -= unit;
  if (kind == QLatin1String("integer")) {
    auto* spin = intSpin(static_cast<int>(std::max<double>(minimum, INT_MIN)),
                         static_cast<int>(std::min<double>(maximum, INT_MAX)),
                         std::max(1, static_cast<int>(s.value("step").toDouble())));
    spin->setSpecialValueText(settingText(s.value("minimumText").toString()));
    connect(spin, &QSpinBox::valueChanged, this, [this, key] { userEdited(key); });
    return spin;
  }
  if (kind == QLatin1String("real")) {
    auto* spin = realSpin(minimum, maximum, s.value("step").toDouble(), s.value("decimals").toInt());
    spin->setSpecialValueText(settingText(s.value("minimumText").toString()));
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, key] { userEdited(key); });
    return spin;
  }
  auto* edit = new QLineEdit;
  connect(edit, &QLineEdit::textEdited, this, [this, key] { userEdited(key); });
  if (kind != QLatin1String("path")) return edit;
  auto* browse = new QPushButton(tr("Browse…"));
  connect(browse, &QPushButton::clicked, edit, [edit] {
    const QString path = QFileDialog::getOpenFileName(edit, QString(), edit->text());
    if (!path.isEmpty()) edit->setText(path);
  });
  return pathRow(edit, browse);
}

void SettingsForm::setSettings(const QVariantList& settings) {
  for (const Row& row : rows_) row.form->removeRow(row.field);
  rows_.clear();
  edited_.clear();
  for (const QVariant& v : settings) {
    const QVariantMap s = v.toMap();
    Row row{s, makeField(s), s.value("advanced").toBool() ? advanced_ : basic_};
    QString tip = settingText(s.value("help").toString());
    tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + tr("config.json: %1").arg(s.value("key").toString());
    row.field->setToolTip(tip);
    row.form->addRow(settingText(s.value("label").toString()), row.field);
    // Rows added to a form already on screen would only appear after the next event-loop turn.
    row.field->show();
    if (QWidget* label = row.form->labelForField(row.field)) label->show();
    rows_.append(row);
  }
  updateEnabled();
}

QVariant SettingsForm::fieldValue(const Row& row) const {
  QWidget* w = row.field;
  if (auto* box = qobject_cast<QCheckBox*>(w)) return box->isChecked();
  if (auto* box = qobject_cast<QComboBox*>(w)) {
    const QString value = box->isEditable() && box->currentText() != box->currentData().toString() &&
                                  box->findText(box->currentText()) < 0
                              ? box->currentText()
                              : box->currentData().toString();
    return row.setting.value("kind") == QLatin1String("integer") ? QVariant(value.toLongLong()) : QVariant(value);
  }
  if (auto* spin = qobject_cast<QSpinBox*>(w)) return spin->value();
  if (auto* spin = qobject_cast<QDoubleSpinBox*>(w)) return spin->value();
  if (auto* edit = w->findChild<QLineEdit*>(); edit && !qobject_cast<QLineEdit*>(w)) return edit->text().trimmed();
  if (auto* edit = qobject_cast<QLineEdit*>(w)) return edit->text().trimmed();
  return {};
}

void SettingsForm::setFieldValue(const Row& row, const QVariant& value) {
  QWidget* w = row.field;
  if (auto* box = qobject_cast<QCheckBox*>(w)) {
    box->setChecked(value.toBool());
  } else if (auto* box = qobject_cast<QComboBox*>(w)) {
    const int i = box->findData(value.toString());
    if (i >= 0)
      box->setCurrentIndex(i);
    else if (box->isEditable())
      box->setEditText(value.toString());
  } else if (auto* spin = qobject_cast<QSpinBox*>(w)) {
    spin->setValue(value.toInt());
  } else if (auto* spin = qobject_cast<QDoubleSpinBox*>(w)) {
    spin->setValue(value.toDouble());
  } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
    edit->setText(value.toString());
  } else if (auto* edit = w->findChild<QLineEdit*>()) {
    edit->setText(value.toString());
  }
}

void SettingsForm::show(const QVariantMap& config) {
  showing_ = true;
  for (const Row& row : rows_) {
    const QVariant value = valueAt(config, row.setting.value("key").toString());
    if (value.isValid() && !sameValue(value, fieldValue(row))) setFieldValue(row, value);
  }
  showing_ = false;
  updateEnabled();
}

QVariantMap SettingsForm::written(QVariantMap config) const {
  for (const Row& row : rows_) setValueAt(config, row.setting.value("key").toString(), fieldValue(row));
  return config;
}

QWidget* SettingsForm::fieldFor(const QString& key) const {
  for (const Row& row : rows_)
    if (row.setting.value("key").toString() == key) return row.field;
  return nullptr;
}

QStringList SettingsForm::keys() const {
  QStringList all;
  for (const Row& row : rows_) all << row.setting.value("key").toString();
  return all;
}

QStringList SettingsForm::presetKeys(bool inPresets) const {
  QStringList keys;
  for (const Row& row : rows_)
    if (row.setting.value("inPresets", true).toBool() == inPresets) keys << row.setting.value("key").toString();
  return keys;
}

void SettingsForm::updateEnabled() {
  const QVariantMap values = written({});
  for (const Row& row : rows_) {
    const QString other = row.setting.value("enabledWhenKey").toString();
    if (other.isEmpty()) continue;
    const QVariant value = valueAt(values, other);
    row.field->setEnabled(row.setting.value("enabledWhenValues").toStringList().contains(value.toString()));
  }
}

void SettingsForm::userEdited(const QString& key) {
  if (showing_) return;
  edited_.insert(key);
  updateEnabled();
  Q_EMIT edited(key);
}

}  // namespace widgets
}  // namespace fewshot
