#include "widgets/train/training_failure.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fewshot {
namespace widgets {

namespace {

QString text(const char* source) { return QCoreApplication::translate("TrainingFailure", source); }

bool has(const QString& message, const char* phrase) { return message.contains(phrase, Qt::CaseInsensitive); }

// " Your last checkpoint (iteration 4) is intact." when the core says so (a failed write keeps it).
QString intactCheckpoint(const QString& message) {
  static const QRegularExpression intact(QStringLiteral("the last checkpoint, iteration (\\d+), is intact"));
  const QRegularExpressionMatch m = intact.match(message);
  return m.hasMatch() ? QLatin1Char(' ') +
                            text(QT_TRANSLATE_NOOP("TrainingFailure", "The last checkpoint (iteration %1) is intact."))
                                .arg(m.captured(1))
                      : QString();
}

bool isDeviceError(const QString& m) {
  return has(m, "CUDA error") || has(m, "cuDNN") || has(m, "CUBLAS") || has(m, "device-side assert") ||
         has(m, "HIP error") || has(m, "NCCL");
}

bool isDamaged(const QString& m) {
  return has(m, "damaged") || has(m, "corrupt") || has(m, "truncated") || has(m, "checksum") ||
         has(m, "could not be read") || has(m, "not a FewShot Studio");
}

// The run's dataset pack, or an image the import could not decode; a run folder named "dataset..." holding a
// damaged checkpoint is not one.
bool isDatasetProblem(const QString& m) {
  if (has(m, "dataset pack") || has(m, ".fspack")) return true;
  return isDamaged(m) && has(m, "image") && !has(m, "checkpoint");
}

}  // namespace

TrainingFailure explainTrainingFailure(const QString& message) {
  TrainingFailure f;
  f.details = message;
  // The order matters: a full disk while writing a checkpoint is a full disk, not a damaged checkpoint.
  if (has(message, "disk full") || has(message, "No space left on device") || has(message, "quota exceeded")) {
    f.kind = TrainingFailure::Kind::DiskFull;
    f.headline = text(QT_TRANSLATE_NOOP("TrainingFailure", "The disk is full"));
    f.advice =
        text(QT_TRANSLATE_NOOP("TrainingFailure",
                               "Training stopped because the run folder's disk has no space left for checkpoints and "
                               "samples.")) +
        intactCheckpoint(message) + QLatin1Char(' ') +
        text(QT_TRANSLATE_NOOP("TrainingFailure",
                               "Free some space, then press Resume: training continues from the last checkpoint."));
    f.field = QStringLiteral("run_dir");
  } else if (has(message, "training diverged")) {
    f.kind = TrainingFailure::Kind::Diverged;
    f.headline = text(QT_TRANSLATE_NOOP("TrainingFailure", "Training diverged"));
    f.advice = text(
        QT_TRANSLATE_NOOP("TrainingFailure",
                          "The losses became NaN or exploded, and rolling back to a checkpoint with lower learning "
                          "rates did not help. Lower the learning rates (G and D), or the batch size, and start a new "
                          "run."));
    f.field = QStringLiteral("lr_g");
  } else if (has(message, "out of memory") || has(message, "bad_alloc")) {
    f.kind = TrainingFailure::Kind::OutOfMemory;
    const bool gpu = has(message, "CUDA") || has(message, "GPU") || has(message, "device");
    f.headline = gpu ? text(QT_TRANSLATE_NOOP("TrainingFailure", "The GPU ran out of memory"))
                     : text(QT_TRANSLATE_NOOP("TrainingFailure", "The computer ran out of memory"));
    f.advice = text(
        QT_TRANSLATE_NOOP("TrainingFailure",
                          "The models and one batch do not fit in memory. Lower the batch size (or the image size) "
                          "and start again; a stopped run keeps its checkpoints."));
    f.field = QStringLiteral("batch_size");
  } else if (isDeviceError(message)) {
    f.kind = TrainingFailure::Kind::DeviceError;
    f.headline = text(QT_TRANSLATE_NOOP("TrainingFailure", "The GPU reported an error"));
    f.advice = text(
        QT_TRANSLATE_NOOP("TrainingFailure",
                          "The graphics driver or the GPU failed during a step. Press Resume to continue from the last "
                          "checkpoint; if it happens again, update the driver or train on the CPU (Device)."));
    f.field = QStringLiteral("device");
  } else if (isDatasetProblem(message)) {
    f.kind = TrainingFailure::Kind::DamagedDataset;
    f.headline = text(QT_TRANSLATE_NOOP("TrainingFailure", "The dataset could not be read"));
    f.advice =
        text(QT_TRANSLATE_NOOP("TrainingFailure",
                               "A dataset file is damaged or truncated (the details name it). Start a new run from the "
                               "original image folder; the run's checkpoints can still be explored and exported."));
    f.field = QStringLiteral("data");
  } else if (has(message, "checkpoint") && (isDamaged(message) || has(message, "no usable"))) {
    f.kind = TrainingFailure::Kind::DamagedCheckpoint;
    f.headline = text(QT_TRANSLATE_NOOP("TrainingFailure", "The checkpoint could not be read"));
    f.advice = text(
        QT_TRANSLATE_NOOP("TrainingFailure",
                          "The run's checkpoint is damaged or unreadable (the details name it). Resume walks back to "
                          "the newest intact checkpoint; when none is left, start a new run."));
  } else {
    f.headline = text(QT_TRANSLATE_NOOP("TrainingFailure", "Training stopped with an error"));
    f.advice = text(
        QT_TRANSLATE_NOOP("TrainingFailure",
                          "The details below name the file or the setting involved. Resume continues from the last "
                          "checkpoint once it is fixed."));
  }
  return f;
}

}  // namespace widgets
}  // namespace fewshot
