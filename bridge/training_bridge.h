// The studio's one handle on a training run: owns a core TrainingSession (worker thread) and
// re-emits its events as queued Qt signals, so the UI thread never waits on training.
// Only Qt types here; the core stays behind the pimpl.
#pragma once
#include <QImage>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace fewshot::train {
class TrainingSession;
struct TrainingEvent;
}  // namespace fewshot::train

namespace fewshot {
namespace bridge {

class TrainingBridge : public QObject {
  Q_OBJECT
 public:
  enum class State { Idle, Opening, Running, Paused, Stopping, Finished, Failed };
  Q_ENUM(State)

  explicit TrainingBridge(QObject* parent = nullptr);
  ~TrainingBridge() override;  // stops a running session (it saves a checkpoint) and joins

  // The registered model families, each as familyInfo().
  static QVariantList modelFamilies();
  // id, name, summary, singleImage, iterationsPerStageKey (see core/config/family_options.h), explorePage
  // ("latent" | "single-image"), presets (list of maps with
  // id and label; the first is the default) and unsupported (capability name -> reason, see
  // core/models/family_registry.h). Empty for an unknown id.
  static QVariantMap familyInfo(const QString& id);
  static QString defaultFamily();
  // The family's preset as its TrainingConfig JSON object (keys of config.json); `model` empty: the
  // default family.
  static QVariantMap presetConfig(const QString& preset, const QString& model = QString());
  // The settings the studio shows for a family, in order, each a map: key (config.json path such as
  // "pggan.fade_kimg"), label, help (English; translate with context "Setting"), kind ("switch", "integer",
  // "real", "text", "path"), minimum, maximum, step, decimals, choices, choiceLabels, choicesSuggestedOnly,
  // minimumText, advanced, inPresets, enabledWhenKey, enabledWhenValues (core/config/setting.h). Empty for an
  // unknown id.
  static QVariantList settingsFor(const QString& id);
  // `config` with the settings that follow from others set, except those in `givenKeys` (ConSinGAN: the
  // run's length is stages x iterations per stage). Unchanged when the family derives nothing.
  static QVariantMap deriveSettings(const QVariantMap& config, const QStringList& givenKeys);
  // `config` with its family's training resolution set to `size` (wherever the family keeps it).
  static QVariantMap withImageSize(const QVariantMap& config, int size);
  // Parses `config` (config.json keys, nested objects for families) with the core's from_json and
  // validates it; returns the normalised config or an empty map with `error` set, and `errorKey` set to
  // the key of the setting to fix when the problem is one setting's.
  static QVariantMap normalizedConfig(const QVariantMap& config, QString* error, QString* errorKey = nullptr);
  // "CPU, N threads" or the CUDA device, for the status bar, without starting anything.
  static QString deviceDescription(const QString& device);
  // The device choice of several processes ("cuda*N") this run last trained with in the studio, when this
  // machine still offers it; empty otherwise (config.json records only the device, "cuda:0" or "cpu").
  static QString rememberedDeviceChoice(const QString& runDir);
  static bool isRunDirectory(const QString& path);

  // Both work off the UI thread (dataset import, checkpoint loading) and then start training;
  // success is announced by started(), failure by failed(). A device choice of several processes
  // ("cuda*N", bridge/device_choice.h) trains through `fewshot train --nproc N` (bridge/training_process.h):
  // the same signals, read from its events; pause is a stop with a checkpoint and resume starts it again.
  void startNew(const QVariantMap& config);
  // `device` (cpu, cuda, cuda:N, or a choice of several processes) moves the run to that device; empty keeps
  // the recorded one.
  void resumeRun(const QString& runDir, qint64 totalIterations = 0, const QString& device = {});

  void pause();
  void resume();
  void stop();               // saves a checkpoint after the current iteration, then finished()
  void requestCheckpoint();

  State state() const;
  bool isActive() const;  // opening, running, paused or stopping
  QString runDirectory() const;
  QVariantMap config() const;
  qint64 iteration() const;
  // Blocks until the worker has ended (used when the window closes after stop()).
  void waitForFinished();

 Q_SIGNALS:
  void started(const QString& runDir, const QString& device, qint64 iteration, qint64 totalIterations);
  void failed(const QString& message);  // opening failed, or the worker stopped with an error
  void iterationDone(qint64 iteration, qint64 totalIterations, const QVariantMap& values);
  void samplesReady(qint64 iteration, const QImage& grid, const QString& path);
  // Live metrics (metric_* values, the extractor's display name, e.g. "FD-EffNet") and the sheet of
  // samples next to their nearest training images (null when not computed).
  void metricsReady(qint64 iteration, const QVariantMap& values, const QString& extractor, const QImage& nearest);
  void checkpointSaved(qint64 iteration, const QString& path);
  void warning(const QString& message);
  void stateChanged(fewshot::bridge::TrainingBridge::State state);
  void finished(const QString& reason);  // "completed" or "stopped"

 private:
  void setState(State state);
  void openAsync(std::function<std::shared_ptr<train::TrainingSession>()> open);
  void adopt(const std::shared_ptr<train::TrainingSession>& session);
  void deliver(const train::TrainingEvent& event);  // on the worker thread
  // A run in several processes (training_bridge_processes.cpp): the run folder made off the UI thread,
  // the launcher started, its events turned into this class's signals.
  void createThenLaunch(const QVariantMap& normalized);
  void launchProcesses(const QString& runDir, const QString& device, int processes, qint64 totalIterations);
  void deliverProcessEvent(const QVariantMap& event, const QImage& image);
  void processEnded(const QString& problem);
  bool inProcesses() const;
  struct Private;
  Private* d_;
};

}  // namespace bridge
}  // namespace fewshot
