// Runs survive what kills processes and fills disks: a checkpoint write that hits a full disk fails the
// session with a clear message (no abort) and the run resumes from the newest intact checkpoint; resume
// walks back past damaged checkpoints and says which one it uses; partial files of killed writes are
// removed at the next start; a run whose creation was interrupted is finished or created again.
#include <QtTest>

#include <filesystem>

#include "core/train/checkpoint.h"
#include "core/train/run_creation.h"
#include "core/train/training_session.h"
#include "core/util/write_fault.h"
#include "support/checkpoint_fixtures.h"
#include "support/hostile_fixtures.h"
#include "support/synthetic_data.h"
#include "support/test_paths.h"

using namespace fewshot;
using namespace fewshot::testing;
namespace fs = std::filesystem;
using State = train::TrainingSession::State;

namespace {

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

bool anyHas(const std::vector<std::string>& lines, const std::string& part) {
  return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return has(l, part); });
}

struct FaultScope {
  explicit FaultScope(util::WriteFault fault) { util::setWriteFaultForTesting(fault); }
  ~FaultScope() { util::setWriteFaultForTesting(std::nullopt); }
};

// 32 px, 6 iterations, checkpoints at 4 and 6.
train::TrainingConfig tinyConfig(const std::string& dir) {
  const std::string pack = dir + "/discs.fspack";
  data::saveDatasetPack(discDataset(32, 8), pack);
  train::TrainingConfig c;
  c.fastgan.imageSize = 32;
  c.fastgan.ngf = c.fastgan.ndf = 8;
  c.fastgan.nz = 16;
  c.batchSize = 4;
  c.sampleCount = 4;
  c.iterations = 6;
  c.sampleEvery = 3;
  c.checkpointEvery = 4;
  c.threads = 2;
  c.dataPath = pack;
  c.runDir = dir + "/run";
  c.reconstructionLoss = "pixel-l1";
  c.metrics.enabled = false;
  return c;
}

// Runs a session to its end; returns the error message, empty when it finished.
std::string runToEnd(train::TrainingSession& session) {
  std::string error;
  session.setEventCallback([&](const train::TrainingEvent& e) {
    if (e.kind == train::TrainingEvent::Kind::Error) error = e.message;
  });
  session.start();
  session.wait();
  return error;
}

}  // namespace

class TestRunRecovery : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void diskFullDuringACheckpointFailsCleanlyAndResumes() {
    const std::string dir = scratchDir("recovery_full");
    const auto config = tinyConfig(dir);
    auto session = train::TrainingSession::createNew(config);
    std::string error;
    {
      FaultScope fault({"ckpt_00000006", 4096, ENOSPC});
      error = runToEnd(*session);
    }
    QCOMPARE(session->state(), State::Failed);
    QVERIFY2(has(error, "disk full") && has(error, "the last checkpoint, iteration 4, is intact"), error.c_str());
    session.reset();
    const train::RunDirectory run(config.runDir);
    QCOMPARE(temporariesIn(run.root()), 0);
    auto resumed = train::TrainingSession::resumeRun(config.runDir);
    QCOMPARE(resumed->iteration(), int64_t(4));
    QVERIFY(runToEnd(*resumed).empty());
    QCOMPARE(train::listCheckpoints(run).back(), run.checkpointPath(6));
  }

  void resumeWalksBackPastDamagedCheckpoints() {
    const std::string dir = scratchDir("recovery_walk");
    const auto config = tinyConfig(dir);
    QVERIFY(runToEnd(*train::TrainingSession::createNew(config)).empty());
    const train::RunDirectory run(config.runDir);
    // The newest: holds a NaN (written as a valid file with a checksum); a killed write's partial file.
    auto nan = torch::ones({3});
    nan[1] = std::numeric_limits<float>::quiet_NaN();
    TensorTrainer broken(nan, 6);
    train::writeCheckpoint(run.checkpointPath(6), config, "x", broken);
    const std::string partial = run.checkpointsDir() + "/.ckpt_00000008.pt.tmp-" + std::to_string(deadPid()) + "-a1";
    util::writeFileAtomically(partial, std::string(4096, 'p'));
    auto resumed = train::TrainingSession::resumeRun(config.runDir);
    const auto& warnings = resumed->openWarnings();
    for (const auto& w : warnings) qInfo("%s", w.c_str());
    QCOMPARE(resumed->iteration(), int64_t(4));
    QVERIFY(anyHas(warnings, "skipped checkpoint " + run.checkpointPath(6) +
                                 " is damaged: trainer/weights holds 1 NaN/inf value"));
    QVERIFY(anyHas(warnings, "resuming from " + run.checkpointPath(4) + " (iteration 4, checksum verified)"));
    QVERIFY(anyHas(warnings, "removed " + partial));
    QVERIFY(!fs::exists(partial));
    resumed.reset();
    // A bit flip in the newest instead: the same walk back.
    QVERIFY(runToEnd(*train::TrainingSession::resumeRun(config.runDir)).empty());
    flipBit(run.checkpointPath(6), fs::file_size(run.checkpointPath(6)) / 2, 3);
    auto again = train::TrainingSession::resumeRun(config.runDir);
    QCOMPARE(again->iteration(), int64_t(4));
    QVERIFY(anyHas(again->openWarnings(), "checksum mismatch"));
  }

  void halfCreatedRunsAreFinishedOrCreatedAgain() {
    const std::string dir = scratchDir("recovery_half");
    auto config = tinyConfig(dir);
    // As an older version left it when killed while writing dataset.fspack: config.json and a partial pack.
    const train::RunDirectory run(config.runDir);
    run.create();
    util::writeFileAtomically(run.configPath(), nlohmann::json(config).dump(2));
    util::writeFileAtomically(run.root() + "/.dataset.fspack.tmp-" + std::to_string(deadPid()) + "-77",
                              std::string(999, 'x'));
    QVERIFY(train::isHalfCreatedRun(run));
    auto finished = train::TrainingSession::resumeRun(config.runDir);  // resuming finishes the creation
    QVERIFY(anyHas(finished->openWarnings(), "was interrupted; its dataset pack was imported again"));
    QVERIFY(fs::exists(run.datasetPackPath()) && temporariesIn(run.root()) == 0);
    finished.reset();
    // Creating it again also works on such a folder.
    config.runDir = dir + "/run2";
    const train::RunDirectory run2(config.runDir);
    run2.create();
    util::writeFileAtomically(run2.configPath(), nlohmann::json(config).dump(2));
    auto created = train::TrainingSession::createNew(config);
    QVERIFY(fs::exists(run2.datasetPackPath()));
  }

  void anInterruptedCreationLeavesNoRun() {
    const std::string dir = scratchDir("recovery_create");
    const auto config = tinyConfig(dir);
    {
      FaultScope fault({"dataset.fspack", 2000, ENOSPC});
      QVERIFY_THROWS_EXCEPTION(util::FileWriteError, train::TrainingSession::createNew(config));
    }
    QVERIFY(!train::RunDirectory(config.runDir).exists());
    QCOMPARE(temporariesIn(dir), 0);
    // A staging folder of a killed creation is removed by the next one, which succeeds.
    const std::string stale = dir + "/.run.creating-" + std::to_string(deadPid()) + "-5e";
    fs::create_directories(stale + "/checkpoints");
    auto session = train::TrainingSession::createNew(config);
    QVERIFY(!fs::exists(stale));
    QVERIFY(fs::exists(train::RunDirectory(config.runDir).datasetPackPath()));
    // An empty folder chosen as the run folder is filled the same way.
    auto inEmpty = tinyConfig(dir);
    inEmpty.runDir = dir + "/empty";
    fs::create_directories(inEmpty.runDir);
    train::TrainingSession::createNew(inEmpty).reset();
    QVERIFY(train::RunDirectory(inEmpty.runDir).exists());
  }
};

QTEST_APPLESS_MAIN(TestRunRecovery)
#include "test_run_recovery.moc"
