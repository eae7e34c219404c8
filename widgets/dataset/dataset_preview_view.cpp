#include "widgets/dataset/dataset_preview_view.h"

#include <QGridLayout>
#include <QLabel>
#include <QPixmap>

#include <algorithm>

namespace fewshot {
namespace widgets {
namespace {
constexpr int kBox = 176;  // both images are shown within kBox x kBox

QLabel* imageLabel(const QString& name) {
  auto* label = new QLabel;
  label->setObjectName(name);
  label->setFixedSize(kBox, kBox);
  label->setAlignment(Qt::AlignCenter);
  label->setStyleSheet(QStringLiteral("QLabel { background: palette(dark); border-radius: 4px; }"));
  return label;
}

QLabel* caption() {
  auto* label = new QLabel;
  label->setAlignment(Qt::AlignCenter);
  label->setWordWrap(true);
  return label;
}

// Small images are enlarged by whole pixels (the user judges the actual pixels, not a smoothed version of
// them), large ones are scaled down smoothly.
QImage fitToBox(const QImage& image) {
  if (image.isNull()) return image;
  if (image.width() > kBox || image.height() > kBox)
    return image.scaled(kBox, kBox, Qt::KeepAspectRatio, Qt::SmoothTransformation);
  const int factor = std::max(1, std::min(kBox / image.width(), kBox / image.height()));
  return image.scaled(image.size() * factor, Qt::IgnoreAspectRatio, Qt::FastTransformation);
}

}  // namespace

DatasetPreviewView::DatasetPreviewView(QWidget* parent) : QWidget(parent) {
  auto* grid = new QGridLayout(this);
  grid->setContentsMargins(0, 0, 0, 0);
  original_ = imageLabel("previewOriginal");
  processedLabel_ = imageLabel("previewProcessed");
  originalCaption_ = caption();
  processedCaption_ = caption();
  message_ = new QLabel;
  message_->setObjectName("previewMessage");
  message_->setWordWrap(true);
  grid->addWidget(original_, 0, 0);
  grid->addWidget(processedLabel_, 0, 1);
  grid->addWidget(originalCaption_, 1, 0);
  grid->addWidget(processedCaption_, 1, 1);
  grid->addWidget(message_, 2, 0, 1, 2);
  showMessage(tr("Select a thumbnail to preview how it is prepared for training."));
}

void DatasetPreviewView::showMessage(const QString& message) {
  processed_ = QImage();
  original_->clear();
  processedLabel_->clear();
  originalCaption_->setText(tr("Original"));
  processedCaption_->setText(tr("For training"));
  message_->setText(message);
}

void DatasetPreviewView::showPreview(const DatasetPreview& preview, const QString& fileName, int trainingSize) {
  if (!preview.error.isEmpty()) {
    showMessage(tr("%1 cannot be used: %2").arg(fileName, preview.error));
    return;
  }
  processed_ = preview.processed;
  original_->setPixmap(QPixmap::fromImage(fitToBox(preview.original)));
  processedLabel_->setPixmap(QPixmap::fromImage(fitToBox(preview.processed)));
  originalCaption_->setText(
      tr("Original %1 x %2").arg(preview.originalSize.width()).arg(preview.originalSize.height()));
  processedCaption_->setText(tr("For training %1 x %1").arg(trainingSize));
  message_->setText(fileName);
}

}  // namespace widgets
}  // namespace fewshot
