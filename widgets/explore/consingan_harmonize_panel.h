// ConSinGAN's Harmonize / Edit sub-tab: paste an object onto the background (the run's training image
// by default), move and scale it, paint / erase the mask, pick the options and run harmonization or
// editing on the bridge's worker; the naive composite and the result are compared in a before / after
// view and can be saved. ConSinGAN injects the composite at stage 0 only; other stages are listed
// disabled with the reason.
#pragma once
#include <QImage>
#include <QWidget>

#include "bridge/consingan_bridge.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;

namespace fewshot {
namespace widgets {

class BeforeAfterView;
class CompositeCanvas;
class MaskToolsBox;

class ConSinGanHarmonizePanel : public QWidget {
  Q_OBJECT
 public:
  explicit ConSinGanHarmonizePanel(bridge::ConSinGanBridge* bridge, QWidget* parent = nullptr);

  void setRunInfo(const bridge::ConSinGanRunInfo& info);
  bool loadObject(const QString& path, QString* error = nullptr);
  bool loadBackground(const QString& path, QString* error = nullptr);
  void useTrainingImage();
  bool saveResult(const QString& path, QString* error = nullptr) const;
  bool saveMask(const QString& path, QString* error = nullptr) const;

  QImage result() const { return result_; }
  QImage blendMask() const { return blendMask_; }
  QString statusText() const;
  QString errorText() const;
  bool waiting() const { return waiting_; }

  CompositeCanvas* canvas() const { return canvas_; }
  BeforeAfterView* beforeAfter() const { return beforeAfter_; }
  QPushButton* harmonizeButton() const { return harmonize_; }
  QComboBox* modeBox() const { return mode_; }
  QComboBox* stageBox() const { return stage_; }
  QSpinBox* fineTuneBox() const { return fineTune_; }
  QSpinBox* seedBox() const { return seed_; }
  QSpinBox* brushBox() const;
  QSlider* scaleSlider() const;

 public Q_SLOTS:
  void harmonize();

 Q_SIGNALS:
  void finished(bool ok);

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  QWidget* makeImageControls();
  QWidget* makeRunControls();
  void connectBridge();
  void setBusy(bool busy);
  void updateAvailability();
  void showError(const QString& message);

  bridge::ConSinGanBridge* bridge_;
  bridge::ConSinGanRunInfo info_;
  bool ownBackground_ = false;  // the user chose a background other than the training image
  bool waiting_ = false;
  QImage result_, blendMask_;
  CompositeCanvas* canvas_ = nullptr;
  BeforeAfterView* beforeAfter_ = nullptr;
  MaskToolsBox* maskTools_ = nullptr;
  QComboBox* mode_ = nullptr;
  QSpinBox* fineTune_ = nullptr;
  QSpinBox* seed_ = nullptr;
  QComboBox* stage_ = nullptr;
  QPushButton* harmonize_ = nullptr;
  QPushButton* cancel_ = nullptr;
  QPushButton* saveResult_ = nullptr;
  QPushButton* saveMask_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel* availability_ = nullptr;
  QLabel* status_ = nullptr;
  QLabel* error_ = nullptr;
};

}  // namespace widgets
}  // namespace fewshot
