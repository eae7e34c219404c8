// ConSinGAN's own training settings in the Train tab (they replace resolution, batch and
// augmentation, which do not apply to one image): mode, largest size, number of stages, iterations
// per stage and width. Reads and writes the `consingan` section of config.json.
#pragma once
#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace fewshot {
namespace widgets {

class ConSinGanOptions : public QWidget {
  Q_OBJECT
 public:
  explicit ConSinGanOptions(QWidget* parent = nullptr);

  void setSection(const QVariantMap& consingan);
  // `consingan` with the fields shown here replaced.
  QVariantMap section(QVariantMap consingan) const;
  int totalIterations() const;  // stages × iterations per stage

  QComboBox* modeBox() const { return mode_; }
  QSpinBox* stagesBox() const { return stages_; }
  QSpinBox* itersPerStageBox() const { return itersPerStage_; }
  QSpinBox* maxSizeBox() const { return maxSize_; }

 Q_SIGNALS:
  void changed();

 private:
  void updateSummary();

  QComboBox* mode_ = nullptr;
  QSpinBox* maxSize_ = nullptr;
  QSpinBox* stages_ = nullptr;
  QSpinBox* itersPerStage_ = nullptr;
  QSpinBox* nfc_ = nullptr;
  QLabel* summary_ = nullptr;
};

}  // namespace widgets
}  // namespace fewshot
