#include "bridge/training_bridge.h"

#include <QDir>

#include <functional>
#include <thread>

#include "bridge/device_choice.h"
#include "bridge/qt_conversions.h"
#include "bridge/thread_priority.h"
#include "bridge/training_bridge_private.h"
#include "core/models/family_registry.h"
#include "core/train/run_directory.h"
#include "core/train/training_session.h"
#include "core/util/error_text.h"

namespace fewshot {
namespace bridge {

using train::TrainingEvent;
using train::TrainingSession;

TrainingBridge::TrainingBridge(QObject* parent) : QObject(parent), d_(new Private) {
  qRegisterMetaType<fewshot::bridge::TrainingBridge::State>();
}

TrainingBridge::~TrainingBridge() {
  d_->joinOpener();
  if (d_->process) {
    d_->process->disconnect(this);
    delete d_->process;  // interrupts a running launcher and waits for its checkpoint
  }
  d_->session.reset();  // stops (saving a checkpoint) and joins the worker
  delete d_;
}

QVariantList TrainingBridge::modelFamilies() {
  QVariantList out;
  for (const auto& f : models::families()) out.append(familyInfo(toQString(f.id)));
  return out;
}

QVariantMap TrainingBridge::familyInfo(const QString& id) {
  const models::FamilyDescriptor* f = models::findFamily(id.toStdString());
  if (!f) return {};
  QVariantList presets;
  for (const auto& p : f->presets) presets.append(QVariantMap{{"id", toQString(p.id)}, {"label", toQString(p.label)}});
  QVariantMap unsupported;
  for (const auto& [capability, reason] : f->unsupported)
    unsupported.insert(QString::fromLatin1(models::capabilityName(capability)), toQString(reason));
  return QVariantMap{{"id", toQString(f->id)},
                     {"name", toQString(f->displayName)},
                     {"summary", toQString(f->summary)},
                     {"singleImage", f->singleImage},
                     {"iterationsPerStageKey", toQString(f->iterationsPerStageKey)},
                     {"explorePage", f->explorePage == models::ExplorePage::SingleImage ? "single-image" : "latent"},
                     {"presets", presets},
                     {"unsupported", unsupported}};
}

QString TrainingBridge::defaultFamily() { return toQString(models::families().front().id); }

QVariantMap TrainingBridge::presetConfig(const QString& preset, const QString& model) {
  const std::string id = model.isEmpty() ? models::families().front().id : model.toStdString();
  return jsonToVariantMap(nlohmann::json(train::presetConfig(id, preset.toStdString())));
}

QVariantMap TrainingBridge::normalizedConfig(const QVariantMap& config, QString* error, QString* errorKey) {
  const DeviceChoice choice = parseDeviceChoice(config.value("device").toString());
  try {
    if (!choice.valid)
      throw config::SettingError("device", "Device " + config.value("device").toString().toStdString() +
                                               ": the number of processes after * must be from 2 to 256");
    QVariantMap plain = config;
    plain["device"] = choice.device;
    train::TrainingConfig c = variantMapToJson(plain).get<train::TrainingConfig>();
    c.runDir = config.value("run_dir").toString().toStdString();  // from_json leaves it out
    c.validate();
    if (choice.processes > 1) checkProcessSplit(c, choice.processes);
    nlohmann::json j = c;
    j["run_dir"] = c.runDir;  // config.json leaves it out (a run folder can move); the studio needs it
    QVariantMap normalized = jsonToVariantMap(j);
    normalized["device"] = deviceChoiceValue(choice);
    return normalized;
  } catch (const config::SettingError& e) {
    if (error) *error = toQString(e.what());
    if (errorKey) *errorKey = toQString(e.key());
    return {};
  } catch (const std::exception& e) {
    if (error) *error = toQString(util::errorText(e));
    return {};
  }
}

QString TrainingBridge::deviceDescription(const QString& device) {
  try {
    const torch::Device d = train::parseDevice(device.toStdString());
    if (d.is_cuda())
      return tr("CUDA device %1 (of %2)").arg(d.has_index() ? d.index() : 0).arg(torch::cuda::device_count());
    // Before a session exists the thread pool is not set up yet: name the cores it will use.
    return tr("CPU, %1 cores").arg(std::max(1u, std::thread::hardware_concurrency()));
  } catch (const std::exception& e) {
    return toQString(util::errorText(e));
  }
}

bool TrainingBridge::isRunDirectory(const QString& path) { return train::RunDirectory(path.toStdString()).exists(); }

void TrainingBridge::startNew(const QVariantMap& config) {
  if (isActive()) return;
  QString error;
  const QVariantMap normalized = normalizedConfig(config, &error);
  if (normalized.isEmpty()) {
    setState(State::Failed);
    Q_EMIT failed(error);
    return;
  }
  if (parseDeviceChoice(normalized.value("device").toString()).processes > 1) return createThenLaunch(normalized);
  train::TrainingConfig c = variantMapToJson(normalized).get<train::TrainingConfig>();
  c.runDir = normalized.value("run_dir").toString().toStdString();
  openAsync([c] { return std::shared_ptr<TrainingSession>(TrainingSession::createNew(c)); });
}

void TrainingBridge::resumeRun(const QString& runDir, qint64 totalIterations, const QString& device) {
  if (isActive()) return;
  if (const DeviceChoice choice = parseDeviceChoice(device); choice.processes > 1 || !choice.valid) {
    if (!choice.valid) {
      setState(State::Failed);
      Q_EMIT failed(tr("Device %1: the number of processes after * must be from 2 to 256").arg(device));
      return;
    }
    d_->createdRun = false;
    return launchProcesses(QDir::cleanPath(runDir), choice.device, choice.processes, totalIterations);
  }
  const std::string dir = QDir::cleanPath(runDir).toStdString();
  openAsync([dir, totalIterations, d = device.toStdString()] {
    return std::shared_ptr<TrainingSession>(TrainingSession::resumeRun(dir, totalIterations, d));
  });
}

void TrainingBridge::openAsync(std::function<std::shared_ptr<train::TrainingSession>()> open) {
  d_->joinOpener();
  d_->session.reset();
  d_->processes = 1;
  setState(State::Opening);
  d_->opener = std::thread([this, open] {
    lowerCurrentThreadPriority(ThreadPriority::Training);
    std::shared_ptr<TrainingSession> session;
    QString message;
    try {
      session = open();
    } catch (const std::exception& e) {
      message = toQString(util::errorText(e));
    }
    QMetaObject::invokeMethod(
        this,
        [this, session, message] {
          d_->joinOpener();
          if (!session) {
            setState(State::Failed);
            Q_EMIT failed(message);
            return;
          }
          adopt(session);
        },
        Qt::QueuedConnection);
  });
}

void TrainingBridge::adopt(const std::shared_ptr<train::TrainingSession>& session) {
  d_->session = session;
  d_->runDir = toQString(session->runDirectory().root());
  forgetDeviceChoice(d_->runDir);
  nlohmann::json j = session->config();
  j["run_dir"] = session->config().runDir;
  d_->config = jsonToVariantMap(j);
  d_->iteration = session->iteration();
  // Called on the worker: copy what the UI needs and queue it to the bridge's thread.
  session->setEventCallback([this](const TrainingEvent& e) { deliver(e); });
  session->start();
  setState(State::Running);
  Q_EMIT started(d_->runDir, toQString(session->deviceDescription()), d_->iteration, session->config().iterations);
}

void TrainingBridge::deliver(const train::TrainingEvent& e) {
  const qint64 it = e.iteration, total = e.totalIterations;
  switch (e.kind) {
    case TrainingEvent::Kind::Iteration: {
      QVariantMap values;
      for (const auto& [name, v] : e.values) values.insert(toQString(name), v);
      QMetaObject::invokeMethod(
          this,
          [this, it, total, values] {
            d_->iteration = it;
            Q_EMIT iterationDone(it, total, values);
          },
          Qt::QueuedConnection);
      break;
    }
    case TrainingEvent::Kind::Metrics: {
      QVariantMap values;
      for (const auto& [name, v] : e.values) values.insert(toQString(name), v);
      const QString extractor = toQString(e.message);
      const QImage nearest = e.image ? toQImage(*e.image) : QImage();
      QMetaObject::invokeMethod(
          this, [this, it, values, extractor, nearest] { Q_EMIT metricsReady(it, values, extractor, nearest); },
          Qt::QueuedConnection);
      break;
    }
    case TrainingEvent::Kind::Samples: {
      const QImage grid = e.image ? toQImage(*e.image) : QImage();
      const QString path = toQString(e.path);
      QMetaObject::invokeMethod(
          this, [this, it, grid, path] { Q_EMIT samplesReady(it, grid, path); }, Qt::QueuedConnection);
      break;
    }
    case TrainingEvent::Kind::Checkpoint: {
      const QString path = toQString(e.path);
      QMetaObject::invokeMethod(
          this, [this, it, path] { Q_EMIT checkpointSaved(it, path); }, Qt::QueuedConnection);
      break;
    }
    case TrainingEvent::Kind::Warning: {
      const QString message = toQString(e.message);
      QMetaObject::invokeMethod(
          this, [this, message] { Q_EMIT warning(message); }, Qt::QueuedConnection);
      break;
    }
    case TrainingEvent::Kind::Error: {
      const QString message = toQString(e.message);
      QMetaObject::invokeMethod(
          this,
          [this, message] {
            setState(State::Failed);
            Q_EMIT failed(message);
          },
          Qt::QueuedConnection);
      break;
    }
    case TrainingEvent::Kind::Paused:
      QMetaObject::invokeMethod(
          this,
          [this] {
            if (d_->state != State::Stopping) setState(State::Paused);
          },
          Qt::QueuedConnection);
      break;
    case TrainingEvent::Kind::Resumed:
      QMetaObject::invokeMethod(
          this,
          [this] {
            if (d_->state != State::Stopping) setState(State::Running);
          },
          Qt::QueuedConnection);
      break;
    case TrainingEvent::Kind::Finished: {
      const QString reason = toQString(e.message);
      QMetaObject::invokeMethod(
          this,
          [this, reason] {
            setState(State::Finished);
            Q_EMIT finished(reason);
          },
          Qt::QueuedConnection);
      break;
    }
    case TrainingEvent::Kind::Started:
      lowerCurrentThreadPriority(ThreadPriority::Training);  // first event on the worker, before its first step
      break;                                                 // started() was emitted when the session was adopted
  }
}

void TrainingBridge::pause() {
  if (d_->state != State::Running) return;
  if (inProcesses()) {
    d_->pausing = true;  // its "stopped" ends in Paused
    d_->process->interrupt();
    setState(State::Stopping);
  } else if (d_->session) {
    d_->session->pause();
  }
}

void TrainingBridge::resume() {
  if (d_->state != State::Paused) return;
  if (inProcesses())
    launchProcesses(d_->runDir, d_->processDevice, d_->processes, 0);
  else if (d_->session)
    d_->session->resume();
}

void TrainingBridge::stop() {
  if (inProcesses()) {
    d_->pausing = false;
    if (d_->state == State::Paused || d_->pendingLaunch) {  // already stopped with a checkpoint
      d_->pendingLaunch.reset();
      setState(State::Finished);
      Q_EMIT finished(QStringLiteral("stopped"));
    } else if (d_->state == State::Running || d_->state == State::Opening) {
      d_->process->interrupt();
      setState(State::Stopping);
    }
    return;
  }
  if (!d_->session || (d_->state != State::Running && d_->state != State::Paused)) return;
  d_->session->stop();
  setState(State::Stopping);
}

void TrainingBridge::requestCheckpoint() {
  if (inProcesses() && d_->state == State::Running) d_->process->requestCheckpoint();
  if (d_->session && (d_->state == State::Running || d_->state == State::Paused)) d_->session->requestCheckpoint();
}

TrainingBridge::State TrainingBridge::state() const { return d_->state; }

bool TrainingBridge::isActive() const {
  return d_->state == State::Opening || d_->state == State::Running || d_->state == State::Paused ||
         d_->state == State::Stopping;
}

QString TrainingBridge::runDirectory() const { return d_->runDir; }
QVariantMap TrainingBridge::config() const { return d_->config; }
qint64 TrainingBridge::iteration() const { return d_->iteration; }

void TrainingBridge::waitForFinished() {
  d_->joinOpener();
  if (d_->process) d_->process->waitForFinished(-1);
  if (d_->session) d_->session->wait();
}

void TrainingBridge::setState(State state) {
  if (d_->state == state) return;
  d_->state = state;
  Q_EMIT stateChanged(state);
}

}  // namespace bridge
}  // namespace fewshot
