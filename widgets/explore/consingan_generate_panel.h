// ConSinGAN's Generate sub-tab: random samples at the training size or any size / aspect ratio
// (every stage is scaled alike), from a start stage, with a seed; a thumbnail grid (click to
// enlarge), Save all (a folder of PNGs) and Save grid (one PNG). Rendering runs on the bridge's worker.
#pragma once
#include <QImage>
#include <QList>
#include <QWidget>

#include "bridge/consingan_bridge.h"

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace fewshot {
namespace widgets {

class ConSinGanGeneratePanel : public QWidget {
  Q_OBJECT
 public:
  explicit ConSinGanGeneratePanel(bridge::ConSinGanBridge* bridge, QWidget* parent = nullptr);

  // Defaults the size to the run's current output size and bounds the start stage.
  void setRunInfo(const bridge::ConSinGanRunInfo& info);
  void setSize(int width, int height);
  QList<QImage> images() const { return images_; }
  QString errorText() const;
  QString timeText() const;
  bool waiting() const { return waiting_; }

  QSpinBox* widthBox() const { return width_; }
  QSpinBox* heightBox() const { return height_; }
  QSpinBox* seedBox() const { return seed_; }
  QSpinBox* countBox() const { return count_; }
  QSpinBox* startStageBox() const { return startStage_; }
  QPushButton* generateButton() const { return generate_; }
  QListWidget* thumbnails() const { return thumbnails_; }

  bool saveAll(const QString& folder, QString* error = nullptr) const;
  bool saveGrid(const QString& path, QString* error = nullptr) const;

 public Q_SLOTS:
  void generate();
  void showEnlarged(int index);

 Q_SIGNALS:
  void finished(bool ok);

 protected:
  void keyPressEvent(QKeyEvent* event) override;

 private:
  void setBusy(bool busy);
  void showError(const QString& message);

  bridge::ConSinGanBridge* bridge_;
  QSize outputSize_;
  QList<QImage> images_;
  bool waiting_ = false;
  QSpinBox* width_ = nullptr;
  QSpinBox* height_ = nullptr;
  QSpinBox* seed_ = nullptr;
  QSpinBox* count_ = nullptr;
  QSpinBox* startStage_ = nullptr;
  QPushButton* generate_ = nullptr;
  QPushButton* cancel_ = nullptr;
  QPushButton* saveAll_ = nullptr;
  QPushButton* saveGrid_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel* time_ = nullptr;
  QLabel* error_ = nullptr;
  QListWidget* thumbnails_ = nullptr;
};

}  // namespace widgets
}  // namespace fewshot
