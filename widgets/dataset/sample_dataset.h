// The built-in sample dataset for a first run: emoji faces rendered by the `fewshot-sample-dataset`
// program installed beside the studio (the same renderer `fewshot dataset sample` runs), into the user's
// data folder. A folder rendered before is opened again instead of rendered twice.
#pragma once
#include <QObject>
#include <QString>

class QProcess;

namespace fewshot {
namespace widgets {

class SampleDatasetMaker : public QObject {
  Q_OBJECT
 public:
  explicit SampleDatasetMaker(QObject* parent = nullptr);

  // FEWSHOT_SAMPLE_RENDERER, else beside the running program, else on PATH; empty when none is found.
  static QString rendererPath();
  // <user data folder>/sample-dataset (FEWSHOT_SAMPLE_DATASET_DIR overrides it).
  static QString defaultFolder();
  // True when `folder` holds a complete rendering (the marker FOLDER.complete beside it exists).
  static bool isRendered(const QString& folder);

  // Renders into `folder` (or announces it at once when already rendered); ends in ready() or failed().
  void start(const QString& folder);
  bool isRunning() const;

 Q_SIGNALS:
  void ready(const QString& folder);
  void failed(const QString& message);

 private:
  void onFinished(int exitCode);

  QProcess* process_ = nullptr;
  QString folder_;
};

}  // namespace widgets
}  // namespace fewshot
