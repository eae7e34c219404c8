// The divergence guard (issue 20): a NaN loss or a blow-up is undone by reloading the last checkpoint with
// both learning rates halved; the run then continues, or stops with a clear error once the rollbacks are
// used up, and no checkpoint it leaves holds the diverged state.
#include <QtTest>

#include <cmath>
#include <limits>
#include <mutex>

#include "core/train/checkpoint.h"
#include "core/train/divergence_guard.h"
#include "core/train/training_session.h"
#include "support/synthetic_data.h"
#include "support/test_paths.h"

using namespace fewshot;
using Kind = train::TrainingEvent::Kind;

namespace {

train::TrainingConfig tinyConfig(const std::string& dir) {
  train::TrainingConfig c;
  c.fastgan.imageSize = 32;
  c.fastgan.ngf = c.fastgan.ndf = 8;
  c.fastgan.nz = 16;
  c.batchSize = 2;
  c.sampleCount = 2;
  c.iterations = 6;
  c.sampleEvery = 100;
  c.checkpointEvery = 2;
  c.threads = 2;
  c.reconstructionLoss = "pixel-l1";
  c.metrics.enabled = false;
  const std::string pack = dir + "/discs.fspack";
  data::saveDatasetPack(testing::discDataset(32, 4), pack);
  c.dataPath = pack;
  c.runDir = dir + "/run";
  return c;
}

struct Events {
  std::mutex mutex;
  std::vector<train::TrainingEvent> all;
  // Collects the session's events from its worker thread.
  void listenTo(train::TrainingSession& session) {
    session.setEventCallback([this](const train::TrainingEvent& e) {
      std::lock_guard<std::mutex> lock(mutex);
      all.push_back(e);
    });
  }
  std::vector<std::string> messages(Kind kind) {
    std::lock_guard<std::mutex> lock(mutex);
    std::vector<std::string> out;
    for (const auto& e : all)
      if (e.kind == kind) out.push_back(e.message);
    return out;
  }
};

double configLearningRate(const std::string& runDir) {
  train::TrainingConfig c;
  std::ifstream in(runDir + "/config.json");
  c = nlohmann::json::parse(in).get<train::TrainingConfig>();
  return c.lrG;
}

// Trains like the trainer it wraps but saves a NaN beside its state, as weights that overflowed would.
class NonFiniteSavingTrainer : public train::Trainer {
 public:
  explicit NonFiniteSavingTrainer(std::unique_ptr<train::Trainer> inner) : inner_(std::move(inner)) {}
  std::map<std::string, double> step() override { return inner_->step(); }
  int64_t iteration() const override { return inner_->iteration(); }
  torch::Tensor sampleImages() override { return inner_->sampleImages(); }
  double macsPerIteration() override { return inner_->macsPerIteration(); }
  void save(torch::serialize::OutputArchive& archive) override {
    inner_->save(archive);
    archive.write("overflowed_weight", torch::full({2}, std::numeric_limits<float>::infinity()));
  }
  void load(torch::serialize::InputArchive& archive) override { inner_->load(archive); }

 private:
  std::unique_ptr<train::Trainer> inner_;
};

}  // namespace

class TestDivergenceGuard : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void guardJudgesNonFiniteAndBlowUps() {
    train::DivergenceGuard guard(1000);
    QVERIFY(!guard.check({{"loss_g", std::nan("")}}).empty());
    QVERIFY(!guard.check({{"loss_d", INFINITY}}).empty());
    for (int i = 0; i < 30; ++i) QVERIFY(guard.check({{"loss_d", 1.0}, {"loss_g", 0.5}}).empty());
    QVERIFY(guard.check({{"loss_d", 100.0}, {"loss_g", 0.5}}).empty());  // a swing, not a blow-up
    const std::string blowUp = guard.check({{"loss_d", 6e8}, {"loss_g", 0.5}});
    QVERIFY2(blowUp.find("running average") != std::string::npos, blowUp.c_str());
    train::DivergenceGuard off(0);
    for (int i = 0; i < 30; ++i) QVERIFY(off.check({{"loss_d", 1.0}}).empty());
    QVERIFY(off.check({{"loss_d", 1e12}}).empty());
  }

  void injectedNanRollsBackAndFinishes() {
    const std::string dir = testing::scratchDir("divergence_injected");
    const train::TrainingConfig config = tinyConfig(dir);
    auto session = train::TrainingSession::createNew(config);
    Events events;
    events.listenTo(*session);
    session->injectNonFiniteLossForTesting(5);
    session->start();
    session->wait();
    QCOMPARE(session->state(), train::TrainingSession::State::Finished);
    QCOMPARE(session->iteration(), int64_t{6});
    const auto warnings = events.messages(Kind::Warning);
    QCOMPARE(static_cast<int>(warnings.size()), 1);
    QVERIFY2(warnings[0].find("diverged at iteration 5") != std::string::npos, warnings[0].c_str());
    QVERIFY2(warnings[0].find("checkpoint of iteration 4") != std::string::npos, warnings[0].c_str());
    QCOMPARE(configLearningRate(config.runDir), config.lrG * 0.5);
    // The log holds each iteration once: the diverged iteration 5 was dropped and trained again.
    int fives = 0;
    for (const auto& r : train::MetricsLog::read(config.runDir + "/metrics.jsonl"))
      fives += r.value("iteration", int64_t{0}) == 5;
    QCOMPARE(fives, 1);
    const auto usable = train::findLatestUsableCheckpoint(train::RunDirectory(config.runDir));
    QCOMPARE(usable.header.iteration, int64_t{6});
  }

  void hopelessLearningRateStopsWithTheCheckpointIntact() {
    const std::string dir = testing::scratchDir("divergence_lr");
    train::TrainingConfig config = tinyConfig(dir);
    config.lrG = config.lrD = 1e30;  // Adam's first step moves every weight by ~lr: the losses overflow
    config.maxRollbacks = 2;
    auto session = train::TrainingSession::createNew(config);
    Events events;
    events.listenTo(*session);
    session->start();
    session->wait();
    QCOMPARE(session->state(), train::TrainingSession::State::Failed);
    const auto errors = events.messages(Kind::Error);
    QCOMPARE(static_cast<int>(errors.size()), 1);
    QVERIFY2(errors[0].find("gave up after 2 rollback(s)") != std::string::npos, errors[0].c_str());
    int rollbacks = 0;
    for (const auto& w : events.messages(Kind::Warning)) rollbacks += w.find("rolled back") != std::string::npos;
    QCOMPARE(rollbacks, 2);
    QCOMPARE(configLearningRate(config.runDir), 1e30 * 0.25);
    // Whatever was saved still loads: no checkpoint holds the diverged weights.
    const train::RunDirectory run(config.runDir);
    if (!train::listCheckpoints(run).empty()) train::findLatestUsableCheckpoint(run);
  }

  void weightsThatOverflowAreNeverCheckpointed() {
    const std::string dir = testing::scratchDir("divergence_weights");
    const train::TrainingConfig config = tinyConfig(dir);
    auto session = train::TrainingSession::createNew(config);
    // G's update comes last in a step, so its weights can overflow while every loss logged is finite: only
    // the checkpoint written after the step sees it. The wrapped trainer saves a NaN with its state.
    session->wrapTrainerForTesting([](std::unique_ptr<train::Trainer> inner) {
      return std::make_unique<NonFiniteSavingTrainer>(std::move(inner));
    });
    Events events;
    events.listenTo(*session);
    session->start();
    session->wait();
    QCOMPARE(session->state(), train::TrainingSession::State::Finished);
    const auto warnings = events.messages(Kind::Warning);
    QCOMPARE(static_cast<int>(warnings.size()), 1);
    QVERIFY2(warnings[0].find("diverged at iteration 2: the weights to checkpoint hold NaN/inf") != std::string::npos,
             warnings[0].c_str());
    QVERIFY2(warnings[0].find("rolled back to the start of the run") != std::string::npos, warnings[0].c_str());
    QCOMPARE(configLearningRate(config.runDir), config.lrG * 0.5);
    // The NaN file was removed, not kept beside the rolled-back run's checkpoints.
    const train::UsableCheckpoint usable = train::findLatestUsableCheckpoint(train::RunDirectory(config.runDir));
    QVERIFY(usable.rejected.empty());
    QCOMPARE(usable.header.iteration, int64_t{6});
  }
};

QTEST_GUILESS_MAIN(TestDivergenceGuard)
#include "test_divergence_guard.moc"
