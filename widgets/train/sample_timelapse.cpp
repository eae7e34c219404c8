#include "widgets/train/sample_timelapse.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "widgets/train/sample_grid_view.h"

namespace fewshot {
namespace widgets {

namespace {

constexpr int kPlaybackIntervalMs = 200;  // five grids a second

}  // namespace

SampleTimelapse::SampleTimelapse(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  view_ = new SampleGridView;
  view_->setObjectName(QStringLiteral("sampleGridView"));
  view_->setPlaceholder(emptyText());
  layout->addWidget(view_, 1);
  auto* scrub = new QHBoxLayout;
  play_ = new QToolButton;
  play_->setObjectName(QStringLiteral("timelapsePlay"));
  play_->setCheckable(true);
  play_->setEnabled(false);
  play_->hide();  // until there are two grids: the style's disabled icon vanishes in the dark theme
  play_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
  play_->setToolTip(tr("Play the grids from the first one (timelapse)"));
  scrub->addWidget(play_);
  slider_ = new QSlider(Qt::Horizontal);
  slider_->setEnabled(false);
  slider_->setToolTip(tr("Scrub back through earlier sample grids"));
  scrub->addWidget(slider_, 1);
  layout->addLayout(scrub);
  caption_ = new QLabel;
  caption_->setAlignment(Qt::AlignCenter);
  caption_->setWordWrap(true);
  caption_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  layout->addWidget(caption_);
  playTimer_ = new QTimer(this);
  playTimer_->setInterval(kPlaybackIntervalMs);
  connect(playTimer_, &QTimer::timeout, this, &SampleTimelapse::stepPlayback);
  connect(play_, &QToolButton::toggled, this, &SampleTimelapse::setPlaying);
  connect(slider_, &QSlider::valueChanged, this, &SampleTimelapse::showIndex);
  connect(view_, &SampleGridView::enlargedChanged, this, &SampleTimelapse::updateCaption);
}

QString SampleTimelapse::emptyText() const {
  const QString what = tr("Sample grids from fixed seeds (EMA generator) appear here while training.");
  if (sampleEvery_ <= 0) return what + QLatin1Char('\n') + tr("The first grid comes when training starts.");
  return what + QLatin1Char('\n') + tr("The first grid comes at iteration %1.").arg(sampleEvery_);
}

void SampleTimelapse::setSampleCount(int count) {
  sampleCount_ = count;
  if (shownIndex_ >= 0) showIndex(shownIndex_);
}

void SampleTimelapse::setSampleEvery(qint64 iterations) {
  sampleEvery_ = iterations;
  view_->setPlaceholder(emptyText());
}

void SampleTimelapse::addGrid(qint64 iteration, const QImage& grid, const QString& path) {
  // A resumed run rewrites grids from its checkpoint on: drop the ones it replaces.
  while (!entries_.isEmpty() && entries_.back().iteration >= iteration) entries_.pop_back();
  const bool following = shownIndex_ < 0 || shownIndex_ == entries_.size() - 1 || shownIndex_ >= entries_.size();
  entries_.append({iteration, path});
  latest_ = grid.isNull() ? QImage(path) : grid;
  slider_->blockSignals(true);
  slider_->setRange(0, entries_.size() - 1);
  slider_->setEnabled(entries_.size() > 1);
  play_->setEnabled(entries_.size() > 1);
  play_->setVisible(entries_.size() > 1);
  if (following && !isPlaying()) slider_->setValue(entries_.size() - 1);
  slider_->blockSignals(false);
  if (following && !isPlaying())
    showIndex(entries_.size() - 1);
  else
    updateCaption();  // the count changed
}

void SampleTimelapse::clear() {
  setPlaying(false);
  entries_.clear();
  latest_ = shown_ = QImage();
  shownIndex_ = -1;
  slider_->setRange(0, 0);
  slider_->setEnabled(false);
  play_->setEnabled(false);
  play_->hide();
  view_->setGrid(QImage(), {});
  caption_->clear();
}

QVector<qint64> SampleTimelapse::iterations() const {
  QVector<qint64> out;
  for (const Entry& e : entries_) out.append(e.iteration);
  return out;
}

qint64 SampleTimelapse::shownIteration() const {
  return shownIndex_ >= 0 && shownIndex_ < entries_.size() ? entries_[shownIndex_].iteration : -1;
}

QImage SampleTimelapse::shownImage() const { return view_->shownImage(); }

QString SampleTimelapse::caption() const { return caption_->text(); }

void SampleTimelapse::showIndex(int index) {
  if (index < 0 || index >= entries_.size()) return;
  shownIndex_ = index;
  const Entry& e = entries_[index];
  shown_ = index == entries_.size() - 1 && !latest_.isNull() ? latest_ : QImage(e.path);
  view_->setGrid(shown_, SampleGridLayout::of(shown_.size(), sampleCount_));
  updateCaption();
}

void SampleTimelapse::updateCaption() {
  if (shownIndex_ < 0 || shownIndex_ >= entries_.size()) return;
  const qint64 iteration = entries_[shownIndex_].iteration;
  QString text = shownIndex_ == entries_.size() - 1
                     ? tr("iteration %1 (latest)").arg(iteration)
                     : tr("iteration %1 (%2 of %3)").arg(iteration).arg(shownIndex_ + 1).arg(entries_.size());
  if (view_->enlargedIndex() >= 0)
    text += QStringLiteral(" · ") +
            tr("sample %1 of %2; click it or press Esc for the grid").arg(view_->enlargedIndex() + 1).arg(sampleCount_);
  caption_->setText(text);
}

bool SampleTimelapse::isPlaying() const { return playTimer_->isActive(); }

void SampleTimelapse::setPlaying(bool on) {
  if (on && entries_.size() < 2) on = false;
  if (play_->isChecked() != on) {
    const QSignalBlocker block(play_);
    play_->setChecked(on);
  }
  play_->setIcon(style()->standardIcon(on ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
  if (on == isPlaying()) return;
  if (!on) {
    playTimer_->stop();
    return;
  }
  if (slider_->value() >= slider_->maximum()) slider_->setValue(0);  // from the first grid
  playTimer_->start();
}

void SampleTimelapse::stepPlayback() {
  if (slider_->value() >= slider_->maximum()) {
    setPlaying(false);
    return;
  }
  slider_->setValue(slider_->value() + 1);
}

}  // namespace widgets
}  // namespace fewshot
