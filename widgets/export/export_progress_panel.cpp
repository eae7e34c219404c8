#include "widgets/export/export_progress_panel.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

#include "widgets/common/duration_text.h"

namespace fewshot {
namespace widgets {

QString formatSecondsLeft(double seconds) {
  const int s = static_cast<int>(std::ceil(std::max(0.0, seconds)));
  if (s < 60) return ExportProgressPanel::tr("%1 s").arg(s);
  return formatDuration(s);
}

ExportProgressPanel::ExportProgressPanel(QWidget* parent) : QWidget(parent) {
  bar_ = new QProgressBar;
  bar_->setObjectName(QStringLiteral("exportProgress"));
  bar_->setTextVisible(true);
  eta_ = new QLabel;
  eta_->setObjectName(QStringLiteral("exportEta"));
  eta_->setMinimumWidth(eta_->fontMetrics().horizontalAdvance(QStringLiteral("0000 / 0000 · 00:00 left")));
  cancel_ = new QPushButton(tr("Cancel"));
  cancel_->setObjectName(QStringLiteral("cancelExport"));
  cancel_->setToolTip(tr("Stop the export (Esc); nothing is left at the output path."));
  running_ = new QWidget;
  auto* runningLayout = new QHBoxLayout(running_);
  runningLayout->setContentsMargins(0, 0, 0, 0);
  runningLayout->addWidget(bar_, 1);
  runningLayout->addWidget(eta_);
  runningLayout->addWidget(cancel_);
  running_->hide();

  result_ = new QLabel;
  result_->setObjectName(QStringLiteral("exportResult"));
  result_->setWordWrap(true);
  result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  openFolder_ = new QPushButton(tr("Open folder"));
  openFolder_->setObjectName(QStringLiteral("openFolder"));
  openFolder_->hide();
  auto* resultLayout = new QHBoxLayout;
  resultLayout->addWidget(result_, 1);
  resultLayout->addWidget(openFolder_, 0, Qt::AlignTop);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(running_);
  layout->addLayout(resultLayout);
  connect(cancel_, &QPushButton::clicked, this, [this] {
    cancel_->setEnabled(false);
    eta_->setText(tr("Cancelling…"));
    Q_EMIT cancelRequested();
  });
  connect(openFolder_, &QPushButton::clicked, this, [this] {
    const QFileInfo info(resultPath_);
    QDesktopServices::openUrl(QUrl::fromLocalFile(info.isDir() ? info.absoluteFilePath() : info.absolutePath()));
  });
}

void ExportProgressPanel::begin(const QString& what) {
  timer_.start();
  runningJob_ = true;
  bar_->setRange(0, 0);  // busy until the first count (model loading)
  bar_->setFormat(what);
  eta_->setText(tr("Loading…"));
  cancel_->setEnabled(true);
  running_->show();
  result_->setText(tr("Exporting %1…").arg(what));
  result_->setToolTip({});
  result_->setStyleSheet({});
  openFolder_->hide();
  resultPath_.clear();
}

void ExportProgressPanel::setProgress(int done, int total) {
  if (!cancel_->isEnabled()) return;  // cancelling: keep saying so
  bar_->setRange(0, std::max(1, total));
  bar_->setValue(std::min(done, total));
  bar_->setFormat(QStringLiteral("%p%"));
  const double elapsed = timer_.elapsed() / 1000.0;
  QString text = tr("%1 / %2").arg(done).arg(total);
  if (done > 0 && done < total) text += tr(" · %1 left").arg(formatSecondsLeft(elapsed * (total - done) / done));
  eta_->setText(text);
}

void ExportProgressPanel::end() {
  runningJob_ = false;
  running_->hide();
}

void ExportProgressPanel::requestCancel() {
  if (runningJob_ && cancel_->isEnabled()) cancel_->click();
}

void ExportProgressPanel::showResult(const QString& path, const QString& summary) {
  end();
  resultPath_ = path;
  result_->setStyleSheet({});
  result_->setText(tr("Wrote %1 — %2 (%3 s)")
                       .arg(QDir::toNativeSeparators(path), summary)
                       .arg(timer_.isValid() ? timer_.elapsed() / 1000.0 : 0.0, 0, 'f', 1));
  openFolder_->show();
}

void ExportProgressPanel::showError(const QString& message) {
  end();
  result_->setStyleSheet(QStringLiteral("color: #c0392b"));
  result_->setText(message);
  result_->setToolTip(message);  // long paths do not wrap
  openFolder_->hide();
}

void ExportProgressPanel::showCancelled() {
  end();
  result_->setStyleSheet({});
  result_->setText(tr("Cancelled; nothing was written."));
  openFolder_->hide();
}

QString ExportProgressPanel::resultText() const { return result_->text(); }

}  // namespace widgets
}  // namespace fewshot
