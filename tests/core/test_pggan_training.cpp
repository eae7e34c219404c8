// PGGAN training on tiny configurations: a step changes the weights, the phase advances with the
// images shown (with Adam reset at lod boundaries), samples show the current resolution upscaled,
// checkpoints round-trip and resume mid-fade is bit-exact, also with DiffAugment and ADA.
#include <QtTest>

#include <cmath>

#include <torch/torch.h>

#include "core/models/pggan/pggan_trainer.h"
#include "core/train/checkpoint.h"
#include "core/train/trainer.h"
#include "support/module_state.h"
#include "support/synthetic_data.h"
#include "support/test_paths.h"

using namespace fewshot;

namespace {

// 16 px final; 16 images per stabilisation and per fade.
train::TrainingConfig tinyConfig() {
  train::TrainingConfig c = train::presetConfig("pggan", "demo");
  c.pggan.imageSize = 16;
  c.pggan.fmapBase = 32;
  c.pggan.fmapMax = 16;
  c.pggan.stabiliseKimg = 0.016;
  c.pggan.fadeKimg = 0.016;
  c.batchSize = 4;
  c.sampleCount = 4;
  c.seed = 11;
  return c;
}

using testing::expectSameState;

void expectSameTrainers(pggan::PgganTrainer& a, pggan::PgganTrainer& b) {
  expectSameState(*a.generator(), *b.generator());
  expectSameState(*a.generatorEma(), *b.generatorEma());
  expectSameState(*a.discriminator(), *b.discriminator());
}

}  // namespace

class TestPgganTraining : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { at::set_num_threads(2); }

  void configJsonRoundTrip() {
    train::TrainingConfig c = tinyConfig();
    c.pggan.resetOptimizer = false;
    nlohmann::json j = c;
    train::TrainingConfig back = j.get<train::TrainingConfig>();
    QCOMPARE(back.model, std::string("pggan"));
    QCOMPARE(back.imageSize(), 16);
    QCOMPARE(back.pggan.fmapBase, 32);
    QCOMPARE(back.pggan.stabiliseKimg, 0.016);
    QVERIFY(!back.pggan.resetOptimizer);
    QCOMPARE(back.importOptions().width, 16);
    c.batchSize = 6;  // not divisible by the mbstd group of 4
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, c.validate());
    c.batchSize = 4;
    c.pggan.imageSize = 48;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, c.validate());
  }

  // The official schedule's per-resolution minibatch and learning rate (sched.minibatch_dict, G/D_lrate_dict).
  // With Adam's beta1 = 0, the first step after a reset moves every parameter with a gradient by lr·g/(|g|+eps),
  // so the largest change is the learning rate itself (to float32 rounding of weights near 1).
  void perResolutionMinibatchAndLearningRate() {
    auto pack = testing::discDataset(16, 8);
    train::TrainingConfig c = tinyConfig();
    c.pggan.minibatchPerResolution = {{4, 8}, {8, 4}};
    c.pggan.lrMultiplierPerResolution = {{8, 2.0}};
    auto trainer = train::createTrainer(c, pack, torch::kCPU);
    auto* pg = dynamic_cast<pggan::PgganTrainer*>(trainer.get());
    auto largestChange = [&] {
      std::vector<torch::Tensor> before;
      for (const auto& p : pg->generator()->parameters()) before.push_back(p.clone());
      trainer->step();
      double most = 0;
      const auto after = pg->generator()->parameters();
      for (size_t i = 0; i < after.size(); ++i)
        most = std::max(most, (after[i] - before[i]).abs().max().item<double>());
      return most;
    };
    const double first = largestChange();  // 4 px, batch 8, base rate
    QCOMPARE(pg->imagesShown(), int64_t{8});
    QVERIFY2(std::abs(first - c.lrG) < 1e-3 * c.lrG, qPrintable(QString::number(first)));
    trainer->step();
    trainer->step();  // images 16..23: the fade starts at lod 2 exactly, still 4 px
    QCOMPARE(pg->imagesShown(), int64_t{24});
    const double fading = largestChange();  // 8 px (fading in): batch 4, Adam reset, twice the rate
    QCOMPARE(pg->phase().resolution, 8);
    QCOMPARE(pg->imagesShown(), int64_t{28});
    QVERIFY2(std::abs(fading - 2 * c.lrG) < 1e-3 * c.lrG, qPrintable(QString::number(fading)));
  }

  void stepChangesWeightsAndReportsPhase() {
    auto pack = testing::discDataset(16, 8);
    train::TrainingConfig c = tinyConfig();
    auto trainer = train::createTrainer(c, pack, torch::kCPU);
    auto* pg = dynamic_cast<pggan::PgganTrainer*>(trainer.get());
    QVERIFY(pg);
    auto snapshot = [](torch::nn::Module& m) {
      std::map<std::string, torch::Tensor> out;
      for (const auto& item : m.named_parameters()) out[item.key()] = item.value().clone();
      return out;
    };
    auto g0 = snapshot(*pg->generator()), d0 = snapshot(*pg->discriminator());
    auto values = trainer->step();
    for (const char* key : {"loss_d", "loss_g", "loss_d_gp", "loss_d_drift", "phase_resolution", "phase_alpha"})
      QVERIFY2(values.count(key) && std::isfinite(values.at(key)), key);
    QCOMPARE(values.at("phase_resolution"), 4.0);
    QCOMPARE(values.at("phase_alpha"), 1.0);
    auto g1 = snapshot(*pg->generator()), d1 = snapshot(*pg->discriminator());
    // The 4 px parts moved; the 16 px blocks are not used yet and stay untouched.
    for (const char* key : {"blocks.0.dense.weight", "blocks.0.conv0.weight", "to_rgb.0.weight"})
      QVERIFY2(!torch::equal(g0[key], g1[key]), key);
    for (const char* key : {"blocks.0.conv0.weight", "blocks.0.dense1.weight", "from_rgb.0.weight"})
      QVERIFY2(!torch::equal(d0[key], d1[key]), key);
    QVERIFY(torch::equal(g0["blocks.2.conv1.weight"], g1["blocks.2.conv1.weight"]));
    QVERIFY(torch::equal(d0["from_rgb.2.weight"], d1["from_rgb.2.weight"]));
    QCOMPARE(pg->imagesShown(), int64_t{4});
  }

  // 16 images per half-phase at batch 4; step i trains at 4i images shown: steps 0-4 at 4 px, 5-7 fade
  // to 8, 8-12 at 8, 13-15 fade to 16, then 16 px.
  void phasesAdvanceWithImagesShown() {
    auto pack = testing::discDataset(16, 8);
    pggan::PgganTrainer trainer(tinyConfig(), pack, torch::kCPU);
    std::vector<double> res, alpha;
    for (int i = 0; i < 22; ++i) {
      auto v = trainer.step();
      res.push_back(v.at("phase_resolution"));
      alpha.push_back(v.at("phase_alpha"));
    }
    const std::vector<double> expectedRes = {4, 4, 4, 4, 4, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16, 16};
    for (size_t i = 0; i < res.size(); ++i) QCOMPARE(res[i], expectedRes[i]);
    // Step 5 trains at 20 images shown: 4 of 16 into the fade.
    QCOMPARE(alpha[5], 0.25);
    QCOMPARE(alpha[7], 0.75);
    QCOMPARE(alpha[8], 1.0);
    QCOMPARE(alpha[13], 0.25);
    QCOMPARE(alpha[21], 1.0);
    torch::Tensor samples = trainer.sampleImages();
    QCOMPARE(samples.sizes(), (at::IntArrayRef{4, 3, 16, 16}));
  }

  void samplesAreNearestUpscaledAtLowResolution() {
    auto pack = testing::discDataset(16, 8);
    pggan::PgganTrainer trainer(tinyConfig(), pack, torch::kCPU);
    trainer.step();
    torch::Tensor s = trainer.sampleImages();  // still 4 px: 4x4 blocks of equal pixels
    QCOMPARE(s.size(2), int64_t{16});
    using torch::indexing::Slice;
    torch::Tensor corners = s.index({Slice(), Slice(), Slice(0, 16, 4), Slice(0, 16, 4)});
    QVERIFY(torch::equal(s, torch::upsample_nearest2d(corners, std::vector<int64_t>{16, 16})));
    QVERIFY(!torch::equal(corners.select(2, 0), corners.select(2, 1)));  // 4 distinct rows: not a flat image
  }

  void checkpointRoundTrip() {
    auto pack = testing::discDataset(16, 8);
    const std::string dir = testing::scratchDir("pggan_roundtrip");
    train::TrainingConfig c = tinyConfig();
    pggan::PgganTrainer a(c, pack, torch::kCPU);
    for (int i = 0; i < 3; ++i) a.step();
    train::writeCheckpoint(dir + "/ckpt.pt", c, pack.contentHash, a);
    train::CheckpointHeader header = train::readCheckpointHeader(dir + "/ckpt.pt");
    QCOMPARE(header.config.model, std::string("pggan"));
    QCOMPARE(header.config.pggan.imageSize, 16);
    train::TrainingConfig other = c;
    other.seed = 99;
    pggan::PgganTrainer b(other, pack, torch::kCPU);
    train::loadCheckpoint(dir + "/ckpt.pt", b);
    QCOMPARE(b.iteration(), int64_t{3});
    QCOMPARE(b.imagesShown(), int64_t{12});
    expectSameTrainers(a, b);
  }

  // N + M iterations in one go equal N (ending mid-fade), save, resume, M more: bit for bit.
  void resumeMidFadeIsExact_data() {
    QTest::addColumn<QString>("augment");
    QTest::newRow("none") << "none";
    QTest::newRow("diffaugment") << "diffaugment";
    QTest::newRow("ada") << "ada";
  }
  void resumeMidFadeIsExact() {
    QFETCH(QString, augment);
    auto pack = testing::discDataset(16, 8);
    const std::string dir = testing::scratchDir("pggan_resume");
    train::TrainingConfig c = tinyConfig();
    c.augment = augment.toStdString();
    c.adaKimg = 0.016;
    pggan::PgganTrainer straight(c, pack, torch::kCPU);
    for (int i = 0; i < 11; ++i) straight.step();

    pggan::PgganTrainer first(c, pack, torch::kCPU);
    for (int i = 0; i < 6; ++i) first.step();
    QCOMPARE(first.phase().resolution, 8);
    QCOMPARE(first.phase().alpha, 0.5);  // mid-fade: 24 images shown, 8 of 16 into the fade
    train::writeCheckpoint(dir + "/ckpt.pt", c, pack.contentHash, first);
    pggan::PgganTrainer resumed(c, pack, torch::kCPU);
    train::loadCheckpoint(dir + "/ckpt.pt", resumed);
    QCOMPARE(resumed.phase().alpha, 0.5);
    for (int i = 0; i < 5; ++i) resumed.step();  // crosses the end of the fade (an Adam reset)
    QCOMPARE(resumed.iteration(), straight.iteration());
    QCOMPARE(resumed.imagesShown(), straight.imagesShown());
    expectSameTrainers(straight, resumed);
    QVERIFY(torch::equal(straight.sampleImages(), resumed.sampleImages()));
  }
};

QTEST_APPLESS_MAIN(TestPgganTraining)
#include "test_pggan_training.moc"
