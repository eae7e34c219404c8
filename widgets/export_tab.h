// The Export tab: sample grids, single images, interpolation and loop videos (MP4, GIF), the
// training timelapse, latents as JSON and the generator as a PyTorch file; each export runs on a
// worker with progress and Cancel.
#pragma once
#include <QString>
#include <QWidget>

namespace fewshot {
namespace widgets {

class ExportTab : public QWidget {
  Q_OBJECT
 public:
  explicit ExportTab(QWidget* parent = nullptr);
  void setRun(const QString& runDir);
  QString run() const { return runDir_; }
  // Training wrote a newer checkpoint of the run shown.
  void checkpointSaved(qint64 iteration);

 private:
  QString runDir_;
};

}  // namespace widgets
}  // namespace fewshot
