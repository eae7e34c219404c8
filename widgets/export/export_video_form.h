// Options of an interpolation video through key seeds: frames per segment or in total, fps, lerp or
// slerp, a seamless loop back to the first key, FastGAN's latent scale and BN mode, MP4 or GIF, the output
// size (integer upscaling).
#pragma once
#include "widgets/export/export_form.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace fewshot {
namespace widgets {

class ExportSeedField;

class ExportVideoForm : public ExportForm {
  Q_OBJECT
 public:
  explicit ExportVideoForm(QWidget* parent = nullptr);

  void applyTo(bridge::ExportJob& job) const override;
  QString defaultName() const override;
  QString suffix() const override;
  QString fileFilter() const override;
  void outputChosen(const QString& path) override;
  void setRunInfo(const QVariantMap& info) override;

 private:
  void updateSummary();
  ExportSeedField* seeds_;
  QComboBox* frameMode_;
  QSpinBox* frames_;
  QDoubleSpinBox* fps_;
  QComboBox* interpolation_;
  QCheckBox* loop_;
  QDoubleSpinBox* latentScale_;
  QComboBox* bnMode_;
  QComboBox* format_;
  QComboBox* upscale_;
  QLabel* summary_;
};

}  // namespace widgets
}  // namespace fewshot
