#include "widgets/compare/sample_comparison.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>

namespace fewshot {
namespace widgets {

// One run's grid, drawn as large as its cell allows (integer upscaling keeps small grids crisp; downscaling
// is smooth), centred; painted from the image at every size, so it never shows a stale scale.
class SampleComparison::GridView : public QWidget {
 public:
  GridView() {
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    setMinimumSize(64, 64);
  }
  void setImage(const QImage& image) {
    image_ = image;
    update();
  }
  const QImage& image() const { return image_; }

 protected:
  void paintEvent(QPaintEvent*) override {
    if (image_.isNull()) return;
    const QSize fitted = image_.size().scaled(size(), Qt::KeepAspectRatio);
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, fitted.width() < image_.width());
    painter.drawImage(QRect(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted), image_);
  }

 private:
  QImage image_;
};

SampleComparison::SampleComparison(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  empty_ = new QLabel(tr("The sample grids of the runs you tick appear here side by side."));
  empty_->setAlignment(Qt::AlignCenter);
  empty_->setWordWrap(true);
  layout->addWidget(empty_, 1);
  cellsBox_ = new QWidget;
  cellsLayout_ = new QHBoxLayout(cellsBox_);
  cellsLayout_->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(cellsBox_, 1);
  auto* bar = new QHBoxLayout;
  slider_ = new QSlider(Qt::Horizontal);
  slider_->setObjectName(QStringLiteral("compareSampleSlider"));
  slider_->setToolTip(tr("Choose the point of training at which to compare the sample grids"));
  position_ = new QLabel;
  position_->setMinimumWidth(position_->fontMetrics().horizontalAdvance(QStringLiteral("0000000 images seen")));
  bar->addWidget(slider_, 1);
  bar->addWidget(position_);
  layout->addLayout(bar);
  connect(slider_, &QSlider::valueChanged, this, [this](int index) {
    if (index >= 0 && index < points_.size()) showAt(points_[index]);
  });
  rebuildCells();
}

void SampleComparison::showRuns(const QVector<ComparedRun>& runs, RunAlignment alignment) {
  const bool hadPoint = !points_.isEmpty() && alignment == alignment_;
  // At the newest grid, it stays at the newest one: a run still training brings newer grids.
  const bool atNewest = hadPoint && shownAt_ >= points_.back();
  runs_ = runs;
  alignment_ = alignment;
  points_.clear();
  for (const ComparedRun& run : runs_)
    for (const auto& sample : run.history.samples) points_.append(run.x(sample.iteration, alignment_));
  std::sort(points_.begin(), points_.end());
  points_.erase(std::unique(points_.begin(), points_.end()), points_.end());
  rebuildCells();
  {
    const QSignalBlocker block(slider_);
    slider_->setRange(0, std::max<int>(0, points_.size() - 1));
  }
  slider_->setEnabled(points_.size() > 1);
  showAt((hadPoint && !atNewest) || points_.isEmpty() ? shownAt_ : points_.back());
}

void SampleComparison::showAt(double x) {
  shownAt_ = x;
  const auto stop = std::lower_bound(points_.begin(), points_.end(), x);
  if (stop != points_.end() && *stop == x) {
    const QSignalBlocker block(slider_);
    slider_->setValue(static_cast<int>(stop - points_.begin()));
  }
  const QString at = QString::number(x, 'f', 0);
  position_->setText(alignment_ == RunAlignment::ImagesSeen ? tr("%1 images seen").arg(at)
                                                            : tr("iteration %1").arg(at));
  shown_.clear();
  for (int i = 0; i < runs_.size(); ++i) {
    const ComparedRun& run = runs_[i];
    Shown s;
    s.run = run.name;
    const bridge::RunHistory::Sample* sample = run.sampleAtOrBefore(x, alignment_);
    if (sample) {
      s.iteration = sample->iteration;
      s.path = sample->path;
      s.image = QImage(sample->path);
    }
    QString caption = tr("no sample grid yet");
    if (sample && run.x(sample->iteration, alignment_) == x)
      caption = tr("iteration %1").arg(sample->iteration);
    else if (sample)
      caption = tr("iteration %1 (the newest grid before this point)").arg(sample->iteration);
    cells_[i].caption->setText(caption);
    cells_[i].image->setImage(s.image);
    shown_.append(s);
  }
}

QWidget* SampleComparison::gridView(int index) const {
  return index >= 0 && index < cells_.size() ? cells_[index].image : nullptr;
}

void SampleComparison::rebuildCells() {
  for (const Cell& cell : cells_) delete cell.title->parentWidget();
  cells_.clear();
  for (const ComparedRun& run : runs_) {
    auto* box = new QWidget;
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(2, 0, 2, 0);
    Cell cell;
    cell.title = new QLabel(
        QStringLiteral("<span style=\"color:%1\">■</span> %2").arg(run.color.name(), run.name.toHtmlEscaped()));
    cell.title->setToolTip(run.history.runDir);
    cell.image = new GridView;
    cell.caption = new QLabel;
    cell.caption->setWordWrap(true);
    for (QLabel* label : {cell.title, cell.caption}) label->setAlignment(Qt::AlignCenter);
    column->addWidget(cell.title);
    column->addWidget(cell.image, 1);
    column->addWidget(cell.caption);
    cellsLayout_->addWidget(box, 1);
    cells_.append(cell);
  }
  empty_->setVisible(runs_.isEmpty());
  cellsBox_->setVisible(!runs_.isEmpty());
}

}  // namespace widgets
}  // namespace fewshot
