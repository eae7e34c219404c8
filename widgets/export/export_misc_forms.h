// The small export pages: the training timelapse (sample history as MP4/GIF, upscaled), latents as JSON and
// the EMA generator as a PyTorch file.
#pragma once
#include "widgets/export/export_form.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace fewshot {
namespace widgets {

class ExportSeedField;

class ExportTimelapseForm : public ExportForm {
  Q_OBJECT
 public:
  explicit ExportTimelapseForm(QWidget* parent = nullptr);
  void applyTo(bridge::ExportJob& job) const override;
  QString defaultName() const override;
  QString suffix() const override;
  QString fileFilter() const override;
  void setRunInfo(const QVariantMap& info) override;
  void outputChosen(const QString& path) override;

 private:
  void updateSummary();
  QDoubleSpinBox* fps_;
  QComboBox* format_;
  QComboBox* upscale_;
  QLabel* summary_;
};

class ExportLatentsForm : public ExportForm {
  Q_OBJECT
 public:
  explicit ExportLatentsForm(QWidget* parent = nullptr);
  void applyTo(bridge::ExportJob& job) const override;
  QString defaultName() const override;
  QString suffix() const override { return QStringLiteral("json"); }
  QString fileFilter() const override;

 private:
  ExportSeedField* seeds_;
  QDoubleSpinBox* latentScale_;
};

class ExportModelForm : public ExportForm {
  Q_OBJECT
 public:
  explicit ExportModelForm(QWidget* parent = nullptr);
  void applyTo(bridge::ExportJob& job) const override { (void)job; }
  QString defaultName() const override;
  QString suffix() const override;
  QString fileFilter() const override;
  void setRunInfo(const QVariantMap& info) override;
  void outputChosen(const QString& path) override;
  QComboBox* formatBox() const { return format_; }

 private:
  bool onnx() const;
  QLabel* text_;
  QComboBox* format_;
};

}  // namespace widgets
}  // namespace fewshot
