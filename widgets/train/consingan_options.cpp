#include "widgets/train/consingan_options.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include "widgets/common/form_fields.h"

namespace fewshot {
namespace widgets {

ConSinGanOptions::ConSinGanOptions(QWidget* parent) : QWidget(parent) {
  auto* form = new QFormLayout(this);
  form->setContentsMargins(0, 0, 0, 0);
  mode_ = new QComboBox;
  mode_->addItem(tr("Generation"), "generation");
  mode_->addItem(tr("Retargeting (any size)"), "retarget");
  mode_->addItem(tr("Harmonization"), "harmonization");
  mode_->addItem(tr("Editing"), "editing");
  mode_->setToolTip(tr("Retargeting is best for other sizes and aspect ratios; harmonization and editing train "
                       "for pasted objects (Explore tab ▸ Harmonize)."));
  form->addRow(tr("Mode"), mode_);
  maxSize_ = intSpin(16, 1024, 8);
  maxSize_->setSuffix(tr(" px"));
  maxSize_->setToolTip(tr("The longer side of the finest stage; the image keeps its aspect ratio."));
  form->addRow(tr("Largest size"), maxSize_);
  stages_ = intSpin(2, 16, 1);
  form->addRow(tr("Stages"), stages_);
  itersPerStage_ = intSpin(1, 100000, 100);
  form->addRow(tr("Iterations per stage"), itersPerStage_);
  nfc_ = intSpin(4, 512, 4);
  nfc_->setToolTip(tr("Channels of every convolution (the paper uses 64)."));
  form->addRow(tr("Width (channels)"), nfc_);
  summary_ = new QLabel;
  summary_->setWordWrap(true);
  form->addRow(summary_);
  connect(mode_, &QComboBox::currentIndexChanged, this, &ConSinGanOptions::changed);
  for (QSpinBox* box : {maxSize_, stages_, itersPerStage_, nfc_}) {
    connect(box, &QSpinBox::valueChanged, this, &ConSinGanOptions::updateSummary);
    connect(box, &QSpinBox::editingFinished, this, &ConSinGanOptions::changed);
  }
}

void ConSinGanOptions::setSection(const QVariantMap& c) {
  const QSignalBlocker block(mode_);
  const int i = mode_->findData(c.value("mode").toString());
  if (i >= 0) mode_->setCurrentIndex(i);
  maxSize_->setValue(c.value("max_size").toInt());
  stages_->setValue(c.value("train_stages").toInt());
  itersPerStage_->setValue(c.value("iters_per_stage").toInt());
  nfc_->setValue(c.value("nfc").toInt());
  updateSummary();
}

QVariantMap ConSinGanOptions::section(QVariantMap c) const {
  c["mode"] = mode_->currentData();
  c["max_size"] = maxSize_->value();
  c["train_stages"] = stages_->value();
  c["iters_per_stage"] = itersPerStage_->value();
  c["nfc"] = nfc_->value();
  return c;
}

int ConSinGanOptions::totalIterations() const { return stages_->value() * itersPerStage_->value(); }

void ConSinGanOptions::updateSummary() {
  summary_->setText(tr("%1 stages × %2 = %3 iterations; the three newest stages train together.")
                        .arg(stages_->value())
                        .arg(itersPerStage_->value())
                        .arg(totalIterations()));
}

}  // namespace widgets
}  // namespace fewshot
