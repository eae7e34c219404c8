// The studio's handle on a trained ConSinGAN run: owns a core ConSinGanModel that lives on a JobRunner's
// worker (every request runs there, in order) and answers with queued Qt signals, so loading, rendering
// and fine-tuning never block the UI. Only Qt types here; the core stays in the .cpp.
#pragma once
#include <QImage>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSize>
#include <QString>

#include "bridge/job_runner.h"

namespace fewshot {
namespace bridge {

struct ConSinGanRunInfo {
  QString runDir;
  QString checkpoint;     // the checkpoint file loaded
  qint64 iteration = 0;   // iterations done (counted across all stages)
  qint64 totalIterations = 0;
  int stagesBuilt = 0;     // stages the generator has (the newest may still be in training)
  int stagesCompleted = 0; // stages whose iterations are all done
  int stagesTotal = 0;
  QString mode;            // generation, retarget, harmonization or editing
  QSize outputSize;        // the newest built stage: Generate's default size
  QSize trainingSize;      // the finest stage (the training image's size)
  QList<QSize> stageSizes; // every built stage, coarsest first
  QImage trainingImage;    // the run's training image (its dataset pack), RGB
  bool fullyTrained() const { return stagesTotal > 0 && stagesBuilt == stagesTotal; }
};

class ConSinGanBridge : public QObject {
  Q_OBJECT
 public:
  explicit ConSinGanBridge(QObject* parent = nullptr);
  ~ConSinGanBridge() override;  // cancels what it can and waits for the worker

  // Requests run in order on the worker. Each ends with its own signal or with failed().
  void load(const QString& runDir);
  void generate(int width, int height, quint64 seed, int count, int startStage);
  // `composite` and `mask` (white = pasted/edited region) at any size: the core resizes them to the
  // training size. ConSinGAN injects only at stage 0 (`injectionStage` other than 0 fails with the reason).
  void harmonize(const QImage& composite, const QImage& mask, bool edit, int injectionStage, int fineTuneIterations,
                 quint64 seed);
  // Stops a running generate or fine-tune between two of its steps (the core reports progress after
  // each sample and each fine-tune iteration); the request then ends with cancelled().
  void cancel();

  bool busy() const;
  bool isLoaded() const;
  ConSinGanRunInfo info() const;  // of the last successful load

  // Tiles same-sized images `columns` wide with `padding` px of black between them.
  static QImage makeGrid(const QList<QImage>& images, int columns = 0, int padding = 2);
  // Writes sample_000.png, sample_001.png, ... into `folder` (created); false with `error` set on failure.
  static bool saveImages(const QList<QImage>& images, const QString& folder, QString* error = nullptr);
  static bool savePng(const QImage& image, const QString& path, QString* error = nullptr);

 Q_SIGNALS:
  void loaded(const fewshot::bridge::ConSinGanRunInfo& info);
  void generated(const QList<QImage>& images, qint64 milliseconds);
  void progress(int done, int total);
  // `composite` and `result` are at the training size; `blendMask` is the dilated, blurred mask (grey).
  void harmonized(const QImage& composite, const QImage& result, const QImage& blendMask, qint64 milliseconds);
  void cancelled();
  // `operation`: "load", "generate" or "harmonize"; `message` names the file and the problem.
  void failed(const QString& operation, const QString& message);
  void busyChanged(bool busy);

 private:
  void runOnWorker(JobRunner::Work job);
  struct Private;
  Private* d_;
};

}  // namespace bridge
}  // namespace fewshot

Q_DECLARE_METATYPE(fewshot::bridge::ConSinGanRunInfo)
