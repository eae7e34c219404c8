// Options of the sample grid (one PNG) and of single images (a folder of seed_<n>.png at full
// resolution): seeds; grid columns, tile size and padding; the latent scale and BN mode of families with
// a latent vector; the output size of families that render at any size. A line under the options shows
// the resulting grid size.
#pragma once
#include "widgets/export/export_form.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace fewshot {
namespace widgets {

class ExportSeedField;

class ExportImageForm : public ExportForm {
  Q_OBJECT
 public:
  explicit ExportImageForm(Kind kind, QWidget* parent = nullptr);  // SampleGrid or SingleImages

  void applyTo(bridge::ExportJob& job) const override;
  QString defaultName() const override;
  bool outputIsFolder() const override { return kind() == Kind::SingleImages; }
  QString suffix() const override;
  QString fileFilter() const override;
  void setRunInfo(const QVariantMap& info) override;
  void setSeeds(const QString& seeds);  // "3,7,12"

 private:
  void updateSummary();
  bool grid() const { return kind() == Kind::SampleGrid; }
  bool hasLatent() const;  // the run's family has a latent vector (latent scale, BN mode)
  bool anySize() const;    // the run's family renders at any size
  QFormLayout* form_;
  ExportSeedField* seeds_;
  QSpinBox* columns_ = nullptr;
  QSpinBox* tileSize_ = nullptr;
  QSpinBox* padding_ = nullptr;
  QDoubleSpinBox* latentScale_;
  QComboBox* bnMode_;
  QCheckBox* trainingSize_;
  QSpinBox* width_;
  QSpinBox* height_;
  QWidget* sizeRow_;
  QLabel* note_;
  QLabel* summary_;
};

}  // namespace widgets
}  // namespace fewshot
