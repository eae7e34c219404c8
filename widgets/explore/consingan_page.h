// ConSinGAN after training: random samples at any size (Generate) and harmonization / editing of a
// pasted object (Harmonize / Edit). The page owns the run's ConSinGanBridge, shows which checkpoint it
// uses and how many stages are trained, and reloads when training writes a newer checkpoint (once idle).
#pragma once
#include <QString>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace fewshot {
namespace bridge {
class ConSinGanBridge;
}
namespace widgets {

class ConSinGanGeneratePanel;
class ConSinGanHarmonizePanel;

class ConSinGanPage : public QWidget {
  Q_OBJECT
 public:
  explicit ConSinGanPage(QWidget* parent = nullptr);

  // Loads the newest checkpoint of `runDir` (or waits for one).
  void setRun(const QString& runDir);
  QString run() const { return runDir_; }
  // Training wrote a newer checkpoint of the run shown.
  void checkpointSaved(qint64 iteration);

  bridge::ConSinGanBridge* bridge() const { return bridge_; }
  ConSinGanGeneratePanel* generatePanel() const { return generate_; }
  ConSinGanHarmonizePanel* harmonizePanel() const { return harmonize_; }
  QTabWidget* tabs() const { return tabs_; }
  QString statusText() const;

 Q_SIGNALS:
  void runLoaded();
  void loadFailed(const QString& message);

 private:
  void reload();

  bridge::ConSinGanBridge* bridge_ = nullptr;
  QLabel* status_ = nullptr;
  QTabWidget* tabs_ = nullptr;
  ConSinGanGeneratePanel* generate_ = nullptr;
  ConSinGanHarmonizePanel* harmonize_ = nullptr;
  QString runDir_;
  bool reloadPending_ = false;
};

}  // namespace widgets
}  // namespace fewshot
