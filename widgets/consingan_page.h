// ConSinGAN after training: random samples at any size (Generate) and harmonization / editing of a pasted object (Harmonize).
#pragma once
#include <QString>
#include <QWidget>

namespace fewshot {
namespace widgets {

class ConSinGanPage : public QWidget {
  Q_OBJECT
 public:
  explicit ConSinGanPage(QWidget* parent = nullptr);
  // Loads the newest checkpoint of `runDir` (or waits for one).
  void setRun(const QString& runDir);
  // Training wrote a newer checkpoint of the run shown.
  void checkpointSaved(qint64 iteration);

 private:
  QString runDir_;
};

}  // namespace widgets
}  // namespace fewshot
