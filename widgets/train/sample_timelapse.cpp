#include "widgets/train/sample_timelapse.h"

#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>

namespace fewshot {
namespace widgets {

SampleTimelapse::SampleTimelapse(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  image_ = new QLabel(emptyText());
  image_->setAlignment(Qt::AlignCenter);
  image_->setWordWrap(true);
  image_->setMinimumSize(160, 160);
  image_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
  layout->addWidget(image_, 1);
  slider_ = new QSlider(Qt::Horizontal);
  slider_->setEnabled(false);
  slider_->setToolTip(tr("Scrub back through earlier sample grids"));
  layout->addWidget(slider_);
  caption_ = new QLabel;
  caption_->setAlignment(Qt::AlignCenter);
  layout->addWidget(caption_);
  connect(slider_, &QSlider::valueChanged, this, &SampleTimelapse::showIndex);
}

QString SampleTimelapse::emptyText() {
  return tr("Sample grids from fixed seeds (EMA generator) appear here while training.");
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
  if (following) slider_->setValue(entries_.size() - 1);
  slider_->blockSignals(false);
  if (following) showIndex(entries_.size() - 1);
  else showIndex(shownIndex_);  // refresh the caption's count
}

void SampleTimelapse::clear() {
  entries_.clear();
  latest_ = shown_ = QImage();
  shownIndex_ = -1;
  slider_->setRange(0, 0);
  slider_->setEnabled(false);
  image_->setPixmap(QPixmap());
  image_->setText(emptyText());  // setPixmap() dropped it
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

void SampleTimelapse::showIndex(int index) {
  if (index < 0 || index >= entries_.size()) return;
  shownIndex_ = index;
  const Entry& e = entries_[index];
  shown_ = index == entries_.size() - 1 && !latest_.isNull() ? latest_ : QImage(e.path);
  caption_->setText(index == entries_.size() - 1
                        ? tr("iteration %1 (latest)").arg(e.iteration)
                        : tr("iteration %1 (%2 of %3)").arg(e.iteration).arg(index + 1).arg(entries_.size()));
  updatePixmap();
}

void SampleTimelapse::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  updatePixmap();
}

void SampleTimelapse::updatePixmap() {
  if (shown_.isNull()) return;
  const QSize target = image_->size();
  // Integer upscaling keeps small grids crisp; downscaling is smooth.
  QImage scaled = shown_.scaled(target, Qt::KeepAspectRatio,
                                shown_.width() < target.width() ? Qt::FastTransformation : Qt::SmoothTransformation);
  image_->setPixmap(QPixmap::fromImage(scaled));
}

}  // namespace widgets
}  // namespace fewshot
