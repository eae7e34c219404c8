// A run the studio trains in several processes (issue 16): `fewshot train --resume RUN --nproc N --json`
// started as a child process, whose JSON events (one per line, rank 0's) come back as event() on the UI
// thread. Sample grids and nearest-image sheets are read from the PNG files the events name, on a thread of
// their own, and arrive with their event. Stop and pause are SIGINT to the launcher (every rank stops
// after the current iteration with a checkpoint); a checkpoint request is SIGUSR1. The launcher gets
// SIGINT too when the studio dies, so no run trains on unseen.
#pragma once
#include <QImage>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QVariantMap>

namespace fewshot {
namespace bridge {

class TrainingProcess : public QObject {
  Q_OBJECT
 public:
  explicit TrainingProcess(QObject* parent = nullptr);
  ~TrainingProcess() override;  // a running launcher is interrupted and waited for (its checkpoint)

  // The `fewshot` command-line program: FEWSHOT_CLI when set, else the one beside this executable, else
  // the one on PATH; empty when none is found.
  static QString program();

  // `device`: cpu, cuda (one GPU per process) or cuda:N; `totalIterations` 0 keeps the run's.
  void start(const QString& runDir, int processes, const QString& device, qint64 totalIterations);
  void interrupt();          // SIGINT, once
  void requestCheckpoint();  // SIGUSR1
  bool isRunning() const;
  bool waitForFinished(int msecs);

 Q_SIGNALS:
  // One event of `fewshot train --json`: event, iteration, total, message, path and the values; `image` is
  // the PNG at `path` for samples and metrics events (null when it cannot be read).
  void event(const QVariantMap& event, const QImage& image);
  // The launcher ended. `problem`: why, in words, when it did not end cleanly (its exit and the last lines
  // it wrote on stderr); empty after a clean end.
  void ended(const QString& problem);
  void loadImage(const QVariantMap& event);  // to the loader thread

 private:
  void readEvents();
  QProcess process_;
  QThread loaderThread_;
  QByteArray pending_;     // stdout after the last complete line
  QStringList errorTail_;  // the last lines of stderr
  bool interrupted_ = false;
};

}  // namespace bridge
}  // namespace fewshot
