// ADA's augmentation preview: real training images augmented at the run's current p (or a p the
// user picks), regenerated on demand off the UI thread.
#pragma once
#include <QImage>
#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace fewshot {
namespace bridge {
class AugmentPreview;
}
namespace widgets {

class AugmentPreviewPanel : public QWidget {
  Q_OBJECT
 public:
  explicit AugmentPreviewPanel(QWidget* parent = nullptr);

  // A run folder or a dataset path, and the config whose ADA preset and import options apply.
  void setSource(const QString& source, const QVariantMap& config);
  void setCurrentP(double p);  // from the live ada_p values
  double chosenP() const;
  void setChosenP(double p);  // stops following the run's p
  void regenerate();
  QImage grid() const { return grid_; }
  double gridP() const { return gridP_; }
  bridge::AugmentPreview* preview() const { return preview_; }

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  void updatePixmap();

  bridge::AugmentPreview* preview_ = nullptr;
  QString source_;
  QVariantMap config_;
  double currentP_ = 0;
  QImage grid_;
  double gridP_ = -1;
  QCheckBox* useCurrent_ = nullptr;
  QDoubleSpinBox* p_ = nullptr;
  QPushButton* regenerate_ = nullptr;
  QLabel* image_ = nullptr;
  QLabel* caption_ = nullptr;
};

}  // namespace widgets
}  // namespace fewshot
