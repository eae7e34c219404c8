// The FastGAN latent explorer: seeds, blends, latent scale, BN mode and SLE style mixing, rendered on a worker.
#pragma once
#include <QString>
#include <QWidget>

namespace fewshot {
namespace widgets {

class LatentExplorerPage : public QWidget {
  Q_OBJECT
 public:
  explicit LatentExplorerPage(QWidget* parent = nullptr);
  // Loads the newest checkpoint of `runDir` (or waits for one).
  void setRun(const QString& runDir);
  // Training wrote a newer checkpoint of the run shown.
  void checkpointSaved(qint64 iteration);

 private:
  QString runDir_;
};

}  // namespace widgets
}  // namespace fewshot
