// FastGAN training behaviour on tiny configurations: learning, checkpoint round trip, exact resume,
// damaged-checkpoint handling.
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <numeric>

#include <torch/torch.h>

#include "core/models/fastgan/fastgan_trainer.h"
#include "core/train/checkpoint.h"
#include "support/module_state.h"
#include "support/synthetic_data.h"
#include "support/test_paths.h"

using namespace fewshot;
namespace fs = std::filesystem;

namespace {

train::TrainingConfig tinyConfig() {
  train::TrainingConfig c;
  c.fastgan.imageSize = 32;
  c.fastgan.ngf = 8;
  c.fastgan.ndf = 8;
  c.fastgan.nz = 16;
  c.batchSize = 4;
  c.sampleCount = 4;
  c.seed = 7;
  // These tests check the trainer's mechanics; the perceptual loss (default when weights are installed)
  // has its own test in test_metrics_live and would make them many times slower on a CPU.
  c.reconstructionLoss = "pixel-l1";
  return c;
}

using testing::expectSameState;

void expectSameTrainers(fastgan::FastGanTrainer& a, fastgan::FastGanTrainer& b) {
  expectSameState(*a.generator(), *b.generator());
  expectSameState(*a.generatorEma(), *b.generatorEma());
  expectSameState(*a.discriminator(), *b.discriminator());
}

}  // namespace

class TestFastGanTraining : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { at::set_num_threads(2); }

  // The self-supervised decoders learn: D's reconstruction loss falls over ~50 iterations.
  void reconstructionLossFalls() {
    auto pack = testing::discDataset(32, 16);
    train::TrainingConfig c = tinyConfig();
    c.augment = "none";
    fastgan::FastGanTrainer trainer(c, pack, torch::kCPU);
    std::vector<double> rec;
    for (int i = 0; i < 60; ++i) rec.push_back(trainer.step().at("loss_d_rec"));
    const double first = std::accumulate(rec.begin(), rec.begin() + 10, 0.0) / 10;
    const double last = std::accumulate(rec.end() - 10, rec.end(), 0.0) / 10;
    qInfo("reconstruction loss: first 10 mean %.4f, last 10 mean %.4f", first, last);
    QVERIFY(last < 0.8 * first);
    QCOMPARE(trainer.iteration(), int64_t{60});
  }

  void checkpointRoundTrip() {
    auto pack = testing::discDataset(32, 8);
    const std::string dir = testing::scratchDir("fastgan_roundtrip");
    train::TrainingConfig c = tinyConfig();
    fastgan::FastGanTrainer a(c, pack, torch::kCPU);
    for (int i = 0; i < 3; ++i) a.step();
    const std::string path = dir + "/ckpt.pt";
    train::writeCheckpoint(path, c, pack.contentHash, a);
    train::CheckpointHeader header = train::readCheckpointHeader(path);
    QCOMPARE(header.iteration, int64_t{3});
    QCOMPARE(header.datasetHash, pack.contentHash);
    QCOMPARE(header.config.fastgan.ngf, 8);
    QCOMPARE(header.formatVersion, train::kCheckpointFormatVersion);
    train::TrainingConfig other = c;
    other.seed = 99;  // different initial weights: everything must come from the file
    fastgan::FastGanTrainer b(other, pack, torch::kCPU);
    train::loadCheckpoint(path, b);
    QCOMPARE(b.iteration(), int64_t{3});
    expectSameTrainers(a, b);
  }

  // N + M iterations in one go equal N, save, load into a fresh trainer, M more: bit for bit.
  void resumeIsExact_data() {
    QTest::addColumn<QString>("augment");
    QTest::newRow("diffaugment") << "diffaugment";
    QTest::newRow("ada") << "ada";
  }
  void resumeIsExact() {
    QFETCH(QString, augment);
    auto pack = testing::discDataset(32, 8);
    const std::string dir = testing::scratchDir("fastgan_resume");
    train::TrainingConfig c = tinyConfig();
    c.augment = augment.toStdString();
    c.diffAugmentPolicy = "color,translation,cutout";
    c.adaKimg = 0.16;   // one adjustment (every 4 minibatches of 4) moves p by 0.1
    fastgan::FastGanTrainer straight(c, pack, torch::kCPU);
    for (int i = 0; i < 9; ++i) straight.step();

    fastgan::FastGanTrainer first(c, pack, torch::kCPU);
    for (int i = 0; i < 6; ++i) first.step();
    train::writeCheckpoint(dir + "/ckpt.pt", c, pack.contentHash, first);
    fastgan::FastGanTrainer resumed(c, pack, torch::kCPU);
    train::loadCheckpoint(dir + "/ckpt.pt", resumed);
    QCOMPARE(resumed.augmentP(), first.augmentP());  // p restored exactly (the official ADA resets it)
    for (int i = 0; i < 3; ++i) resumed.step();
    QCOMPARE(resumed.iteration(), straight.iteration());
    QCOMPARE(resumed.augmentP(), straight.augmentP());
    if (c.augment == "ada") QVERIFY(straight.augmentP() > 0);  // two adjustments happened
    expectSameTrainers(straight, resumed);
    QVERIFY(torch::equal(straight.sampleImages(), resumed.sampleImages()));
  }

  void damagedCheckpointIsReportedAndPreviousStillLoads() {
    auto pack = testing::discDataset(32, 8);
    train::RunDirectory run(testing::scratchDir("fastgan_damaged"));
    run.create();
    train::TrainingConfig c = tinyConfig();
    fastgan::FastGanTrainer trainer(c, pack, torch::kCPU);
    trainer.step();
    train::writeCheckpoint(run.checkpointPath(1), c, pack.contentHash, trainer);
    trainer.step();
    train::writeCheckpoint(run.checkpointPath(2), c, pack.contentHash, trainer);
    const std::string latest = run.checkpointPath(2);
    fs::resize_file(latest, fs::file_size(latest) / 2);  // a crash mid-write without atomic rename

    try {
      train::readCheckpointHeader(latest);
      QFAIL("a truncated checkpoint was accepted");
    } catch (const train::CheckpointError& e) {
      QVERIFY(std::string(e.what()).find(latest) != std::string::npos);
    }
    train::UsableCheckpoint usable = train::findLatestUsableCheckpoint(run);
    QCOMPARE(usable.path, run.checkpointPath(1));
    QCOMPARE(usable.header.iteration, int64_t{1});
    QCOMPARE(static_cast<int>(usable.rejected.size()), 1);
    fastgan::FastGanTrainer reloaded(c, pack, torch::kCPU);
    train::loadCheckpoint(usable.path, reloaded);
    QCOMPARE(reloaded.iteration(), int64_t{1});

    std::ofstream(run.checkpointPath(3)) << "not a checkpoint";
    QVERIFY_THROWS_EXCEPTION(train::CheckpointError, train::readCheckpointHeader(run.checkpointPath(3)));
  }

  void pruneKeepsNewest() {
    auto pack = testing::discDataset(32, 8);
    train::RunDirectory run(testing::scratchDir("fastgan_prune"));
    run.create();
    train::TrainingConfig c = tinyConfig();
    fastgan::FastGanTrainer trainer(c, pack, torch::kCPU);
    for (int i = 1; i <= 4; ++i) {
      trainer.step();
      train::writeCheckpoint(run.checkpointPath(i), c, pack.contentHash, trainer);
    }
    train::pruneCheckpoints(run, 2);
    auto files = train::listCheckpoints(run);
    QCOMPARE(static_cast<int>(files.size()), 2);
    QCOMPARE(files.back(), run.checkpointPath(4));
    QCOMPARE(files.front(), run.checkpointPath(3));
  }
};

QTEST_APPLESS_MAIN(TestFastGanTraining)
#include "test_fastgan_training.moc"
