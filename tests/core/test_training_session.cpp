// The training session as the CLI and the studio use it: events in order, pause/resume/stop on the
// worker thread, the run folder's contents, and resuming a run from its folder.
#include <QtTest>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <thread>

#include "core/train/checkpoint.h"
#include "core/train/metrics_log.h"
#include "core/train/training_session.h"
#include "core/util/atomic_file.h"
#include "support/synthetic_data.h"
#include "support/test_paths.h"

using namespace fewshot;
using Kind = train::TrainingEvent::Kind;
namespace fs = std::filesystem;

namespace {

struct Recorder {
  std::mutex mutex;
  std::vector<train::TrainingEvent> events;
  void operator()(const train::TrainingEvent& e) {
    std::lock_guard<std::mutex> lock(mutex);
    events.push_back(e);
  }
  std::vector<Kind> kinds() {
    std::lock_guard<std::mutex> lock(mutex);
    std::vector<Kind> k;
    for (const auto& e : events) k.push_back(e.kind);
    return k;
  }
  int count(Kind kind) {
    auto k = kinds();
    return static_cast<int>(std::count(k.begin(), k.end(), kind));
  }
};

train::TrainingConfig tinySessionConfig(const std::string& dir, const std::string& packPath) {
  train::TrainingConfig c;
  c.fastgan.imageSize = 32;
  c.fastgan.ngf = 8;
  c.fastgan.ndf = 8;
  c.fastgan.nz = 16;
  c.batchSize = 4;
  c.sampleCount = 4;
  c.iterations = 6;
  c.sampleEvery = 3;
  c.checkpointEvery = 4;
  c.threads = 2;
  c.dataPath = packPath;
  c.runDir = dir + "/run";
  c.reconstructionLoss = "pixel-l1";  // session mechanics; the perceptual loss is tested in test_metrics_live
  c.metrics.samples = 8;
  return c;
}

std::string writePack(const std::string& dir) {
  const std::string path = dir + "/discs.fspack";
  data::saveDatasetPack(testing::discDataset(32, 8), path);
  return path;
}

template <typename Pred>
bool waitFor(Pred pred, int ms = 60000) {
  const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
  while (!pred()) {
    if (std::chrono::steady_clock::now() > end) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return true;
}

}  // namespace

class TestTrainingSession : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void runToCompletionWritesTheRunFolder() {
    const std::string dir = testing::scratchDir("session_complete");
    auto config = tinySessionConfig(dir, writePack(dir));
    auto session = train::TrainingSession::createNew(config);
    // The studio asks for the description on its UI thread: it names the worker's threads, whatever the
    // calling thread's own LibTorch setting (querying it there set up thread pools on the UI thread).
    at::set_num_threads(1);
    QCOMPARE(session->deviceDescription(), std::string("CPU, 2 threads"));
    Recorder rec;
    session->setEventCallback(std::ref(rec));
    session->start();
    session->wait();
    QCOMPARE(session->state(), train::TrainingSession::State::Finished);
    auto kinds = rec.kinds();
    QCOMPARE(kinds.front(), Kind::Started);
    QCOMPARE(rec.events.front().message, std::string("CPU, 2 threads"));
    QCOMPARE(kinds.back(), Kind::Finished);
    QCOMPARE(rec.count(Kind::Iteration), 6);
    QCOMPARE(rec.count(Kind::Samples), 3);     // iterations 0 (the untrained generator), 3 and 6
    QCOMPARE(rec.count(Kind::Checkpoint), 2);  // iteration 4 and the final one at 6
    int64_t last = 0;
    for (const auto& e : rec.events)
      if (e.kind == Kind::Iteration) {
        QCOMPARE(e.iteration, last + 1);
        last = e.iteration;
        QVERIFY(e.values.count("loss_g") && e.values.count("eta_seconds"));
      } else if (e.kind == Kind::Samples) {
        QVERIFY(e.image && e.image->width > 32 && fs::exists(e.path));
      }
    train::RunDirectory run(config.runDir);
    QVERIFY(fs::exists(run.configPath()));
    QVERIFY(fs::exists(run.datasetPackPath()));
    QVERIFY(fs::exists(run.samplePath(0)) && fs::exists(run.samplePath(3)) && fs::exists(run.samplePath(6)));
    QCOMPARE(train::listCheckpoints(run).back(), run.checkpointPath(6));
    std::vector<nlohmann::json> records;  // iteration records (live-metric records have no "seconds")
    for (const auto& r : train::MetricsLog::read(run.metricsPath()))
      if (r.contains("seconds")) records.push_back(r);
    QCOMPARE(static_cast<int>(records.size()), 6);
    QCOMPARE(records.back()["iteration"].get<int64_t>(), int64_t{6});
  }

  // As on a GPU, each step's values read after the next step is queued: the same events, records, samples and
  // checkpoints as reading every step at once; a stop still leaves every iteration logged once.
  void readingOneStepLateLogsTheSame() {
    auto runOnce = [](const std::string& name, bool oneStepLate, std::vector<train::TrainingEvent>& events) {
      const std::string dir = testing::scratchDir(name);
      auto config = tinySessionConfig(dir, writePack(dir));
      config.iterations = 7;
      config.checkpointEvery = 5;
      auto session = train::TrainingSession::createNew(config);
      if (oneStepLate) session->readOneStepLateForTesting();
      Recorder rec;
      session->setEventCallback(std::ref(rec));
      session->start();
      session->wait();
      events = rec.events;
      return train::RunDirectory(config.runDir);
    };
    std::vector<train::TrainingEvent> direct, late;
    const train::RunDirectory a = runOnce("session_read_direct", false, direct);
    const train::RunDirectory b = runOnce("session_read_late", true, late);
    auto summary = [](const std::vector<train::TrainingEvent>& events) {
      std::vector<std::string> lines;
      for (const auto& e : events) {
        std::string line = std::string(train::toString(e.kind)) + " " + std::to_string(e.iteration);
        if (e.kind == Kind::Iteration)
          for (const char* key : {"loss_d_real", "loss_d_rec", "loss_d_fake", "loss_g"})
            line += " " + std::to_string(e.values.at(key));
        if (e.kind != Kind::Metrics) lines.push_back(line);
      }
      return lines;
    };
    QCOMPARE(summary(late), summary(direct));
    auto records = [](const train::RunDirectory& run) {
      std::vector<nlohmann::json> kept;
      for (nlohmann::json r : train::MetricsLog::read(run.metricsPath()))
        if (r.contains("seconds")) {
          r.erase("seconds");
          kept.push_back(r);
        }
      return kept;
    };
    QCOMPARE(records(b).size(), size_t(7));
    QVERIFY(records(b) == records(a));
    QCOMPARE(train::listCheckpoints(b).size(), train::listCheckpoints(a).size());
    QCOMPARE(util::readFileBytes(b.samplePath(7)), util::readFileBytes(a.samplePath(7)));

    const std::string dir = testing::scratchDir("session_read_late_stop");
    auto config = tinySessionConfig(dir, writePack(dir));
    config.iterations = 100000;
    config.sampleEvery = config.checkpointEvery = 100000;
    auto session = train::TrainingSession::createNew(config);
    session->readOneStepLateForTesting();
    Recorder rec;
    session->setEventCallback(std::ref(rec));
    session->start();
    QVERIFY(waitFor([&] { return rec.count(Kind::Iteration) >= 3; }));
    session->stop();
    session->wait();
    const int64_t stoppedAt = session->iteration();
    QVERIFY(stoppedAt >= 3);
    QCOMPARE(rec.count(Kind::Iteration), static_cast<int>(stoppedAt));
    const train::RunDirectory run(config.runDir);
    QCOMPARE(train::listCheckpoints(run).back(), run.checkpointPath(stoppedAt));
    QCOMPARE(records(run).size(), static_cast<size_t>(stoppedAt));
  }

  void pauseResumeStopThenResumeRun() {
    const std::string dir = testing::scratchDir("session_control");
    auto config = tinySessionConfig(dir, writePack(dir));
    config.iterations = 1000;
    config.checkpointEvery = 1000;
    auto session = train::TrainingSession::createNew(config);
    Recorder rec;
    session->setEventCallback(std::ref(rec));
    session->start();
    QVERIFY(waitFor([&] { return session->iteration() >= 2; }));
    session->pause();
    QVERIFY(waitFor([&] { return session->state() == train::TrainingSession::State::Paused; }));
    const int64_t pausedAt = session->iteration();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    QCOMPARE(session->iteration(), pausedAt);  // nothing runs while paused
    session->requestCheckpoint();              // "checkpoint now" works while paused
    QVERIFY(waitFor([&] { return rec.count(Kind::Checkpoint) == 1; }));
    session->resume();
    QVERIFY(waitFor([&] { return session->iteration() >= pausedAt + 2; }));
    session->stop();
    session->wait();
    QCOMPARE(session->state(), train::TrainingSession::State::Finished);
    const int64_t stoppedAt = session->iteration();
    QVERIFY(stoppedAt < 1000);
    auto kinds = rec.kinds();
    auto pos = [&](Kind k) { return std::find(kinds.begin(), kinds.end(), k) - kinds.begin(); };
    QVERIFY(pos(Kind::Paused) < pos(Kind::Resumed));
    QCOMPARE(rec.events.back().message, std::string("stopped"));
    train::RunDirectory run(config.runDir);
    QCOMPARE(train::listCheckpoints(run).back(), run.checkpointPath(stoppedAt));  // stop saved
    session.reset();

    auto resumed = train::TrainingSession::resumeRun(config.runDir, stoppedAt + 3);
    QCOMPARE(resumed->iteration(), stoppedAt);
    Recorder rec2;
    resumed->setEventCallback(std::ref(rec2));
    resumed->start();
    resumed->wait();
    QCOMPARE(resumed->iteration(), stoppedAt + 3);
    QCOMPARE(rec2.count(Kind::Iteration), 3);
    auto records = train::MetricsLog::read(run.metricsPath());
    QCOMPARE(records.back()["iteration"].get<int64_t>(), stoppedAt + 3);
  }

  void refusesToOverwriteAnExistingRun() {
    const std::string dir = testing::scratchDir("session_exists");
    auto config = tinySessionConfig(dir, writePack(dir));
    config.iterations = 1;
    train::TrainingSession::createNew(config).reset();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, train::TrainingSession::createNew(config));
  }

  void resumeOfMissingRunIsAClearError() {
    try {
      train::TrainingSession::resumeRun("/nonexistent/run");
      QFAIL("resume of a missing run succeeded");
    } catch (const std::exception& e) {
      QVERIFY(std::string(e.what()).find("/nonexistent/run") != std::string::npos);
    }
  }
};

QTEST_APPLESS_MAIN(TestTrainingSession)
#include "test_training_session.moc"
