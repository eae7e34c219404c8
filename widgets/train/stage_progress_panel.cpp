#include "widgets/train/stage_progress_panel.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>

#include "widgets/common/duration_text.h"

namespace fewshot {
namespace widgets {

namespace {
constexpr int kThumbSize = 72;
}

StageProgressPanel::StageProgressPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  status_ = new QLabel;
  status_->setWordWrap(true);
  stageBar_ = new QProgressBar;
  stageBar_->setFormat(tr("stage %p%"));
  auto* stripBox = new QWidget;
  strip_ = new QHBoxLayout(stripBox);
  strip_->setContentsMargins(0, 0, 0, 0);
  strip_->setSpacing(4);
  strip_->addStretch(1);
  layout->addWidget(status_);
  layout->addWidget(stageBar_);
  layout->addWidget(stripBox);
  setToolTip(tr("Each stage adds a finer scale; the previews show the newest samples of every stage."));
  hide();
}

void StageProgressPanel::clear() {
  previews_.clear();
  stage_ = stageCount_ = 0;
  stageIteration_ = 0;
  rate_ = 0.0;
  refresh();
  hide();
}

void StageProgressPanel::setIterationsPerStage(qint64 iterations) {
  itersPerStage_ = std::max<qint64>(iterations, 0);
  scheduleRefresh();
}

void StageProgressPanel::addValues(qint64 iteration, const QVariantMap& values) {
  if (!values.contains(QStringLiteral("stage")) || !values.contains(QStringLiteral("stage_count"))) return;
  stage_ = values.value(QStringLiteral("stage")).toInt();
  stageCount_ = values.value(QStringLiteral("stage_count")).toInt();
  stageIteration_ = values.value(QStringLiteral("stage_iteration")).toLongLong();
  if (itersPerStage_ <= 0 && stage_ > 1) itersPerStage_ = (iteration - stageIteration_) / (stage_ - 1);
  // Events carry a rate; metrics.jsonl records of a reopened run do not, so keep the last one seen.
  if (values.contains(QStringLiteral("iterations_per_second")))
    rate_ = values.value(QStringLiteral("iterations_per_second")).toDouble();
  if (isHidden()) show();
  scheduleRefresh();
}

void StageProgressPanel::addSample(qint64 iteration, const QImage& grid, const QString& path) {
  const int stage = stageOf(iteration);
  if (stage <= 0) return;
  Preview& preview = previews_[stage];
  if (iteration < preview.iteration) return;
  preview.iteration = iteration;
  preview.path = path;
  preview.image = grid.isNull() ? QImage() : grid.scaled(kThumbSize * 2, kThumbSize * 2, Qt::KeepAspectRatio,
                                                         Qt::SmoothTransformation);
  scheduleRefresh();
}

int StageProgressPanel::stageOf(qint64 iteration) const {
  // Iterations are counted across stages: stage k (1-based) covers ((k-1)·n, k·n].
  if (itersPerStage_ > 0) return static_cast<int>((std::max<qint64>(iteration, 1) - 1) / itersPerStage_) + 1;
  return stage_;
}

QString StageProgressPanel::statusText() const {
  if (stageCount_ <= 0) return {};
  QString text =
      tr("Stage %1 of %2 · iteration %3 of %4").arg(stage_).arg(stageCount_).arg(stageIteration_).arg(itersPerStage_);
  if (rate_ > 0.0 && itersPerStage_ > 0) {
    const double stageLeft = static_cast<double>(itersPerStage_ - stageIteration_) / rate_;
    text += tr(" · stage ETA %1").arg(formatDuration(stageLeft));
  }
  return text;
}

void StageProgressPanel::scheduleRefresh() {
  // Reopening a run replays thousands of records: draw once afterwards, not per record.
  if (refreshPending_) return;
  refreshPending_ = true;
  QTimer::singleShot(0, this, [this] {
    refreshPending_ = false;
    refresh();
  });
}

void StageProgressPanel::refresh() {
  status_->setText(statusText());
  stageBar_->setRange(0, static_cast<int>(std::max<qint64>(itersPerStage_, 1)));
  stageBar_->setValue(static_cast<int>(std::min(stageIteration_, std::max<qint64>(itersPerStage_, 1))));
  while (thumbs_.size() < stageCount_) {
    auto* thumb = new QLabel;
    thumb->setFixedSize(kThumbSize, kThumbSize);
    thumb->setAlignment(Qt::AlignCenter);
    thumb->setFrameShape(QFrame::StyledPanel);
    strip_->insertWidget(thumbs_.size(), thumb);
    thumbs_.append(thumb);
  }
  for (int i = 0; i < thumbs_.size(); ++i) {
    QLabel* thumb = thumbs_[i];
    thumb->setVisible(i < stageCount_);
    const int stage = i + 1;
    auto it = previews_.find(stage);
    if (it == previews_.end()) {
      thumb->setPixmap(QPixmap());
      thumb->setText(stage <= stage_ ? QStringLiteral("…") : QString::number(stage));
      thumb->setToolTip(tr("Stage %1: no samples yet").arg(stage));
      continue;
    }
    if (it->image.isNull() && !it->path.isEmpty()) {
      const QImage loaded(it->path);
      if (!loaded.isNull())
        it->image = loaded.scaled(kThumbSize * 2, kThumbSize * 2, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    thumb->setPixmap(QPixmap::fromImage(it->image.scaled(kThumbSize - 4, kThumbSize - 4, Qt::KeepAspectRatio,
                                                         Qt::SmoothTransformation)));
    thumb->setToolTip(tr("Stage %1, samples at iteration %2").arg(stage).arg(it->iteration));
    thumb->setStyleSheet(stage == stage_ ? QStringLiteral("border: 2px solid #2e86c1") : QString());
  }
}

}  // namespace widgets
}  // namespace fewshot
