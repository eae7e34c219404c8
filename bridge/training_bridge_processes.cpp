// TrainingBridge for a run in several processes (issue 16): the studio makes the run folder, then
// `fewshot train --resume RUN --nproc N --json` trains it (bridge/training_process.h) and its events become
// the same signals a run in this process gives.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSettings>

#include <utility>

#include "bridge/device_choice.h"
#include "bridge/qt_conversions.h"
#include "bridge/thread_priority.h"
#include "bridge/training_bridge_private.h"
#include "core/config/setting.h"
#include "core/models/family_registry.h"
#include "core/train/training_session.h"
#include "core/util/error_text.h"

namespace fewshot {
namespace bridge {

void checkProcessSplit(const train::TrainingConfig& config, int processes) {
  const models::FamilyDescriptor& family = models::family(config.model);
  if (family.singleImage)
    throw config::SettingError("device", family.displayName +
                                             " trains on one image, one sample per step: there is no batch to split "
                                             "over processes; choose one device");
  if (config.batchSize % processes != 0)
    throw config::SettingError("batch_size", "Batch size " + std::to_string(config.batchSize) +
                                                 " cannot be shared evenly by " + std::to_string(processes) +
                                                 " processes; choose a multiple of " + std::to_string(processes));
}

namespace {

const char* const kProcessChoicesKey = "training/processDeviceChoices";  // run folder -> "cuda*N"

// Keyed by the cleaned path, so every caller's spelling of a run folder finds the same entry.
void rememberDeviceChoice(const QString& runDir, const QString& choice) {
  const QString key = QDir::cleanPath(runDir);
  QSettings settings;
  QVariantMap choices = settings.value(kProcessChoicesKey).toMap();
  if (choice.isEmpty() ? choices.remove(key) == 0 : choices.value(key) == choice) return;
  if (!choice.isEmpty()) choices[key] = choice;
  settings.setValue(kProcessChoicesKey, choices);
}

}  // namespace

QString TrainingBridge::rememberedDeviceChoice(const QString& runDir) {
  const QString choice = QSettings().value(kProcessChoicesKey).toMap().value(QDir::cleanPath(runDir)).toString();
  for (const QVariant& offered : processDeviceChoices())
    if (offered.toMap().value("value").toString() == choice) return choice;
  return {};
}

void forgetDeviceChoice(const QString& runDir) { rememberDeviceChoice(runDir, {}); }

bool TrainingBridge::inProcesses() const { return d_->processes > 1 && d_->process; }

void TrainingBridge::createThenLaunch(const QVariantMap& normalized) {
  const DeviceChoice choice = parseDeviceChoice(normalized.value("device").toString());
  train::TrainingConfig c = variantMapToJson(normalized).get<train::TrainingConfig>();
  c.runDir = normalized.value("run_dir").toString().toStdString();
  c.device = choice.device.toStdString();  // config.json records the device alone
  d_->joinOpener();
  d_->session.reset();
  setState(State::Opening);
  d_->opener = std::thread([this, c, choice] {
    lowerCurrentThreadPriority(ThreadPriority::Training);
    QString message;
    try {
      train::TrainingSession::createRunOnly(c);  // the dataset import, as for a run in this process
    } catch (const std::exception& e) {
      message = toQString(util::errorText(e));
    }
    QMetaObject::invokeMethod(
        this,
        [this, message, choice, runDir = toQString(c.runDir)] {
          d_->joinOpener();
          if (!message.isEmpty()) {
            setState(State::Failed);
            Q_EMIT failed(message);
            return;
          }
          d_->createdRun = true;
          launchProcesses(QDir::cleanPath(runDir), choice.device, choice.processes, 0);
        },
        Qt::QueuedConnection);
  });
}

void TrainingBridge::launchProcesses(const QString& runDir, const QString& device, int processes,
                                     qint64 totalIterations) {
  d_->session.reset();
  if (!d_->process) {
    d_->process = new TrainingProcess(this);
    connect(d_->process, &TrainingProcess::event, this, &TrainingBridge::deliverProcessEvent);
    connect(d_->process, &TrainingProcess::ended, this, &TrainingBridge::processEnded);
  }
  d_->runDir = runDir;
  d_->processDevice = device;
  d_->processes = processes;
  d_->pausing = false;
  d_->processError.clear();
  setState(State::Opening);
  if (d_->process->isRunning())
    d_->pendingLaunch = Private::Launch{runDir, device, processes, totalIterations};
  else
    d_->process->start(runDir, processes, device, totalIterations);
}

void TrainingBridge::deliverProcessEvent(const QVariantMap& e, const QImage& image) {
  const QString kind = e.value("event").toString(), message = e.value("message").toString();
  const QString path = e.value("path").toString();
  const qint64 it = e.value("iteration").toLongLong(), total = e.value("total").toLongLong();
  auto numbers = [&] {
    QVariantMap values = e;
    for (const char* key : {"event", "iteration", "total", "message", "path"}) values.remove(QLatin1String(key));
    return values;
  };
  if (kind == "started") {
    QFile file(QDir(d_->runDir).filePath(QStringLiteral("config.json")));
    d_->config =
        file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).toVariant().toMap() : QVariantMap();
    d_->config["run_dir"] = d_->runDir;
    d_->config["device"] = deviceChoiceValue({d_->processDevice, d_->processes});  // what the picker shows
    rememberDeviceChoice(d_->runDir, d_->config["device"].toString());
    d_->iteration = it;
    setState(State::Running);
    Q_EMIT started(d_->runDir, message, it, total);
  } else if (kind == "iteration") {
    d_->iteration = it;
    Q_EMIT iterationDone(it, total, numbers());
  } else if (kind == "samples") {
    Q_EMIT samplesReady(it, image, path);
  } else if (kind == "metrics") {
    Q_EMIT metricsReady(it, numbers(), message, image);
  } else if (kind == "checkpoint") {
    Q_EMIT checkpointSaved(it, path);
  } else if (kind == "warning") {
    if (!(d_->createdRun && message.startsWith(QLatin1String("no checkpoint yet")))) Q_EMIT warning(message);
  } else if (kind == "error") {
    d_->processError = message;  // failed() once the launcher has ended: it may name the rank at fault
  } else if (kind == "finished") {
    if (d_->pausing && message == QLatin1String("stopped")) {
      setState(State::Paused);
    } else {
      setState(State::Finished);
      Q_EMIT finished(message);
    }
  }
}

void TrainingBridge::processEnded(const QString& problem) {
  if (d_->pendingLaunch) {
    const Private::Launch launch = *std::exchange(d_->pendingLaunch, std::nullopt);
    d_->process->start(launch.runDir, launch.processes, launch.device, launch.totalIterations);
    return;
  }
  if (d_->processes <= 1) return;  // the bridge has gone on to a run in this process
  if (!d_->processError.isEmpty() || !problem.isEmpty()) {
    QString message = d_->processError.isEmpty() ? problem : d_->processError;
    if (!d_->processError.isEmpty() && !problem.isEmpty()) message += QStringLiteral(" (") + problem + QLatin1Char(')');
    d_->processError.clear();
    setState(State::Failed);
    Q_EMIT failed(message);
  } else if (d_->state == State::Opening || d_->state == State::Running || d_->state == State::Stopping) {
    setState(State::Finished);  // ended without its "finished" event
    Q_EMIT finished(QStringLiteral("stopped"));
  }
}

}  // namespace bridge
}  // namespace fewshot
