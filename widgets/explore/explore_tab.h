// The Explore tab: what a trained generator learned, for the run shown in the studio. It shows the page
// the run's family names in the registry: the latent explorer (seeds, and style mixing where the family
// can), or generation at any size and harmonization / editing (single-image families).
#pragma once
#include <QString>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace fewshot {
namespace widgets {

class ConSinGanPage;
class LatentExplorerPage;

class ExploreTab : public QWidget {
  Q_OBJECT
 public:
  explicit ExploreTab(QWidget* parent = nullptr);

  // A run folder (it may have no checkpoint yet: the page waits for checkpointSaved()).
  void setRun(const QString& runDir);
  QString run() const { return runDir_; }
  QString model() const { return model_; }
  LatentExplorerPage* latentExplorer() const { return latentExplorer_; }
  ConSinGanPage* consinganPage() const { return consinganPage_; }

  // The family id from RUN/config.json; empty when unreadable.
  static QString runModel(const QString& runDir);

 public Q_SLOTS:
  // Training of `runDir` wrote a checkpoint: the page may load the newer generator.
  void checkpointSaved(const QString& runDir, qint64 iteration);

 private:
  QStackedWidget* stack_ = nullptr;
  QLabel* message_ = nullptr;
  LatentExplorerPage* latentExplorer_ = nullptr;
  ConSinGanPage* consinganPage_ = nullptr;
  QString runDir_;
  QString model_;
};

}  // namespace widgets
}  // namespace fewshot
