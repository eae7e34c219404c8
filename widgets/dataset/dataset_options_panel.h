// The import options the user picks in the Dataset tab: resize policy, resampling, background colour for
// transparency and padding, and the training size they apply to (set from outside).
#pragma once
#include <QVariantMap>
#include <QWidget>

#include "widgets/dataset/dataset_images.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace fewshot {
namespace widgets {

class DatasetOptionsPanel : public QWidget {
  Q_OBJECT
 public:
  explicit DatasetOptionsPanel(QWidget* parent = nullptr);
  void setOptions(const DatasetOptions& options);  // shows them; emits nothing

 Q_SIGNALS:
  // The user changed one option; keys as in DatasetOptions::toVariantMap().
  void edited(const QVariantMap& change);

 private:
  QComboBox* resize_;
  QComboBox* resampling_;
  QPushButton* background_;
  QLabel* size_;
  QColor colour_;
};

}  // namespace widgets
}  // namespace fewshot
