#include "widgets/train/long_run_notice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include "widgets/common/settings_keys.h"

namespace fewshot {
namespace widgets {

namespace {

// Hours or days: at this length the clock format of the progress line (26:40:00) reads poorly.
QString roughDuration(double seconds) {
  const double hours = seconds / 3600.0;
  if (hours < 48) return LongRunNotice::tr("%1 hours").arg(QString::number(hours, 'f', 1));
  return LongRunNotice::tr("%1 days").arg(QString::number(hours / 24.0, 'f', 1));
}

}  // namespace

LongRunNotice::LongRunNotice(QWidget* parent) : QFrame(parent) {
  setObjectName("longRunNotice");
  setStyleSheet(QStringLiteral("#longRunNotice { background: #fff4d6; border: 1px solid #e0b84a; border-radius: 4px; }"
                               "#longRunNotice QLabel { color: #3d3000; }"));
  auto* layout = new QVBoxLayout(this);
  text_ = new QLabel;
  text_->setWordWrap(true);
  auto* buttons = new QHBoxLayout;
  auto* stop = new QPushButton(tr("Stop (resumable)"));
  stop->setObjectName("longRunStop");
  stop->setToolTip(tr("Stops after the current iteration and saves a checkpoint; Resume continues from it"));
  auto* keep = new QPushButton(tr("Keep training"));
  keep->setObjectName("longRunKeep");
  buttons->addStretch(1);
  buttons->addWidget(stop);
  buttons->addWidget(keep);
  layout->addWidget(text_);
  layout->addLayout(buttons);
  hide();
  connect(keep, &QPushButton::clicked, this, &QWidget::hide);
  connect(stop, &QPushButton::clicked, this, [this] {
    hide();
    Q_EMIT stopRequested();
  });
}

double LongRunNotice::limitHours() { return QSettings().value(settings_keys::kTrainLongRunHours, 12.0).toDouble(); }

void LongRunNotice::reset() {
  measured_ = 0;
  judged_ = false;
  hide();
}

void LongRunNotice::observe(qint64 iteration, qint64 total, double secondsPerIteration, double etaSeconds) {
  if (judged_ || ++measured_ < kWarmupIterations) return;
  judged_ = true;
  const double limit = limitHours();
  if (limit <= 0 || etaSeconds <= limit * 3600.0) return;
  text_->setText(tr("<b>This run will take very long.</b> At the measured %1 s per iteration, the remaining %2 "
                    "iterations take about %3. A smaller resolution, fewer iterations or a GPU build would be "
                    "faster.")
                     .arg(QString::number(secondsPerIteration, 'f', secondsPerIteration < 10 ? 2 : 1))
                     .arg(total - iteration)
                     .arg(roughDuration(etaSeconds)));
  show();
}

}  // namespace widgets
}  // namespace fewshot
