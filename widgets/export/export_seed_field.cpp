#include "widgets/export/export_seed_field.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStackedWidget>

#include "bridge/export_bridge.h"

namespace fewshot {
namespace widgets {

ExportSeedField::ExportSeedField(const QString& defaultList, bool allowRange, QWidget* parent) : QWidget(parent) {
  mode_ = new QComboBox;
  mode_->setObjectName(QStringLiteral("seedMode"));
  mode_->addItem(tr("List"));
  mode_->addItem(tr("First + count"));
  mode_->setToolTip(tr("Seed s always gives the same image (as in the explorer and `fewshot sample --seeds`)."));
  list_ = new QLineEdit(defaultList);
  list_->setObjectName(QStringLiteral("seedList"));
  list_->setPlaceholderText(tr("e.g. 1,2,5-8"));
  first_ = new QSpinBox;
  first_->setObjectName(QStringLiteral("seedFirst"));
  first_->setRange(0, 999999999);
  first_->setPrefix(tr("from "));
  count_ = new QSpinBox;
  count_->setObjectName(QStringLiteral("seedCount"));
  count_->setRange(1, 1024);
  count_->setValue(16);
  count_->setSuffix(tr(" seeds"));
  auto* range = new QWidget;
  auto* rangeLayout = new QHBoxLayout(range);
  rangeLayout->setContentsMargins(0, 0, 0, 0);
  rangeLayout->addWidget(first_);
  rangeLayout->addWidget(count_);
  stack_ = new QStackedWidget;
  stack_->addWidget(list_);
  stack_->addWidget(range);
  stack_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  status_ = new QLabel;
  status_->setObjectName(QStringLiteral("seedStatus"));
  status_->setMinimumWidth(status_->fontMetrics().horizontalAdvance(QStringLiteral("0000 seeds")));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(mode_);
  layout->addWidget(stack_, 1);
  layout->addWidget(status_);
  if (!allowRange) mode_->hide();
  connect(mode_, &QComboBox::currentIndexChanged, this, [this](int index) {
    stack_->setCurrentIndex(index);
    update();
  });
  connect(list_, &QLineEdit::textChanged, this, &ExportSeedField::update);
  connect(first_, &QSpinBox::valueChanged, this, &ExportSeedField::update);
  connect(count_, &QSpinBox::valueChanged, this, &ExportSeedField::update);
  update();
}

QString ExportSeedField::seedText() const {
  if (mode_->currentIndex() == 0) return list_->text().simplified().remove(QLatin1Char(' '));
  const qint64 first = first_->value(), last = first + count_->value() - 1;
  return first == last ? QString::number(first) : QStringLiteral("%1-%2").arg(first).arg(last);
}

void ExportSeedField::setSeedText(const QString& list) {
  mode_->setCurrentIndex(0);
  list_->setText(list);
}

int ExportSeedField::count() const { return bridge::ExportBridge::seedCount(seedText()); }

void ExportSeedField::update() {
  QString error;
  const int n = bridge::ExportBridge::seedCount(seedText(), &error);
  if (n < 0) {
    status_->setText(tr("invalid"));
    status_->setToolTip(error);
    status_->setStyleSheet(QStringLiteral("color: #c0392b"));
  } else {
    status_->setText(tr("%n seed(s)", nullptr, n));
    status_->setToolTip({});
    status_->setStyleSheet({});
  }
  Q_EMIT changed();
}

}  // namespace widgets
}  // namespace fewshot
