// TrainingBridge's state, shared by its source files (training_bridge.cpp: runs in this process;
// training_bridge_processes.cpp: runs in several processes).
#pragma once
#include <QString>
#include <QVariantMap>

#include <memory>
#include <optional>
#include <thread>

#include "bridge/training_bridge.h"
#include "bridge/training_process.h"
#include "core/config/training_config.h"

namespace fewshot {
namespace bridge {

struct TrainingBridge::Private {
  std::shared_ptr<train::TrainingSession> session;  // shared only to cross queued lambdas
  std::thread opener;                               // creates or resumes a session off the UI thread
  State state = State::Idle;
  QString runDir;
  QVariantMap config;
  qint64 iteration = 0;

  // A run in several processes: the launcher (kept between its starts), its device and process count.
  TrainingProcess* process = nullptr;
  QString processDevice;
  int processes = 1;        // 1: the run trains in this process (session)
  bool pausing = false;     // the launcher was interrupted to pause: its "stopped" means Paused
  bool createdRun = false;  // the studio made the run just now, so "no checkpoint yet" is no news
  QString processError;     // the error event of the current launch, reported when the launcher has ended
  // A launch asked for while the previous launcher was still ending (a quick Resume after Pause): started
  // when it has ended.
  struct Launch {
    QString runDir, device;
    int processes = 1;
    qint64 totalIterations = 0;
  };
  std::optional<Launch> pendingLaunch;

  void joinOpener() {
    if (opener.joinable()) opener.join();
  }
};

// Throws config::SettingError (the batch size, or the device for a single-image family) when `config`
// cannot be trained in `processes` processes.
void checkProcessSplit(const train::TrainingConfig& config, int processes);
// The run trains in this process again: it no longer opens with a choice of several processes.
void forgetDeviceChoice(const QString& runDir);

}  // namespace bridge
}  // namespace fewshot
