// The selected image before and after the import's preprocessing, side by side. The processed image is
// exactly what training sees; it is drawn enlarged by whole pixels so small training sizes stay legible.
#pragma once
#include <QImage>
#include <QWidget>

#include "widgets/dataset/dataset_images.h"

class QLabel;

namespace fewshot {
namespace widgets {

class DatasetPreviewView : public QWidget {
  Q_OBJECT
 public:
  explicit DatasetPreviewView(QWidget* parent = nullptr);

  void showMessage(const QString& message);
  void showPreview(const DatasetPreview& preview, const QString& fileName, int trainingSize);
  QImage processedImage() const { return processed_; }  // at the training size, as computed

 private:
  QLabel* original_;
  QLabel* processedLabel_;
  QLabel* originalCaption_;
  QLabel* processedCaption_;
  QLabel* message_;
  QImage processed_;
};

}  // namespace widgets
}  // namespace fewshot
