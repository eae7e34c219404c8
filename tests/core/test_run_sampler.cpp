// RunSampler, the one way to get images out of a run: for FastGAN, Projected GAN and PGGAN it reproduces
// the training sample grid of the trainer that wrote the checkpoint exactly (same weights, growth phase,
// BN mode and noise); seeds are stable whatever else is rendered; ConSinGAN renders seeds and any size;
// what a family cannot do is refused with the family's reason.
#include <torch/torch.h>

#include <QtTest>
#include <filesystem>

#include "core/explore/run_sampler.h"
#include "core/models/common/random_source.h"
#include "core/models/common/seed_streams.h"
#include "core/train/checkpoint.h"
#include "core/train/run_directory.h"
#include "core/train/trainer.h"
#include "support/consingan_fixtures.h"
#include "support/synthetic_data.h"
#include "support/test_paths.h"

using namespace fewshot;
using explore::RunSampler;

namespace {

train::TrainingConfig tinyConfig(const std::string& model) {
  train::TrainingConfig c = train::presetConfig(model, "demo");
  c.batchSize = 4;
  c.sampleCount = 4;
  c.threads = 1;
  c.seed = 11;
  c.metrics.enabled = false;
  if (model == "pggan") {
    c.pggan.imageSize = 16;
    c.pggan.fmapBase = 32;
    c.pggan.fmapMax = 16;
    c.pggan.stabiliseKimg = c.pggan.fadeKimg = 0.006;  // 6 images: the checkpoint is mid-fade to 8 px
  } else {
    c.fastgan.imageSize = model == "projected" ? 64 : 32;
    c.fastgan.ngf = c.fastgan.ndf = 8;
    c.projected.ngf = c.projected.ndf = 8;
    c.projected.randomFeatures = true;
    c.reconstructionLoss = "pixel-l1";
  }
  return c;
}

// Trains `steps` iterations and writes a checkpoint into dir/checkpoints; returns its path.
std::string trainAndSave(train::Trainer& trainer, const train::TrainingConfig& config, const std::string& dir,
                         int steps) {
  for (int i = 0; i < steps; ++i) trainer.step();
  const train::RunDirectory run(dir);
  run.create();
  const std::string path = run.checkpointPath(trainer.iteration());
  train::writeCheckpoint(path, config, "test", trainer);
  return path;
}

}  // namespace

class TestRunSampler : public QObject {
  Q_OBJECT
  std::string dir_;

  // The checkpoint's sampler renders the fixed latents exactly as the trainer's sample grid.
  void reproducesTrainingSamples(const std::string& model, int steps) {
    train::TrainingConfig c = tinyConfig(model);
    c.runDir = dir_ + "/" + model;
    const data::DatasetPack pack = testing::discDataset(c.imageSize(), 8);
    auto trainer = train::createTrainer(c, pack, torch::kCPU);
    const std::string checkpoint = trainAndSave(*trainer, c, c.runDir, steps);
    const torch::Tensor expected = trainer->sampleImages();

    auto sampler = RunSampler::open({}, checkpoint);
    QCOMPARE(sampler->family().id, model);
    QCOMPARE(sampler->iteration(), int64_t(steps));
    QCOMPARE(sampler->imageWidth(), c.imageSize());
    RandomSource fixed(seeds::fixedLatents(c.seed));
    const torch::Tensor z = fixed.randn({c.sampleCount, sampler->latentSize()}, torch::kCPU);
    const torch::Tensor images = sampler->render(z, {sampler->defaultNormMode(), seeds::sampleNoise(c.seed)});
    QCOMPARE(images.sizes(), expected.sizes());
    const double diff = (images - expected).abs().max().item<double>();
    QVERIFY2(diff == 0.0, qPrintable(QString("%1: max difference %2").arg(QString::fromStdString(model)).arg(diff)));
    QVERIFY(images.abs().max().item<double>() > 1e-3);  // not blank

    // Latent i of seed s is the same whatever the count; seed lists take row 0 of each seed; images of a
    // seed list are those latents, scaled, in one batch (noise and batch statistics depend on the batch).
    QVERIFY(torch::equal(sampler->latentsForSeed(3, 2), sampler->latentsForSeed(3, 4).slice(0, 0, 2)));
    const torch::Tensor z34 = sampler->latentsForSeeds({3, 4});
    QVERIFY(torch::equal(z34, torch::cat({sampler->latentsForSeed(3, 1), sampler->latentsForSeed(4, 1)})));
    explore::ImageOptions o;
    o.latentScale = 0.5;
    o.render = {explore::NormMode::RunningStatistics, 5};
    QVERIFY(torch::equal(sampler->renderSeeds({3, 4}, o), sampler->render(z34 * 0.5, o.render)));
    QVERIFY(
        torch::equal(sampler->renderStream(3, 4, o), sampler->render(sampler->latentsForSeed(3, 4) * 0.5, o.render)));
    o.width = 40;
    QVERIFY_THROWS_EXCEPTION(explore::Unsupported, sampler->renderSeeds({1}, o));
  }

 private Q_SLOTS:
  void initTestCase() { dir_ = testing::scratchDir("run_sampler"); }

  void fastganMatchesItsTrainer() { reproducesTrainingSamples("fastgan", 3); }
  void pgganMatchesItsTrainerMidFade() { reproducesTrainingSamples("pggan", 3); }
  void projectedMatchesItsTrainer() { reproducesTrainingSamples("projected", 2); }

  void capabilitiesRefuseWithTheFamilysReason() {
    train::TrainingConfig c = tinyConfig("pggan");
    c.runDir = dir_ + "/pggan_refusals";
    const data::DatasetPack pack = testing::discDataset(c.imageSize(), 8);
    auto trainer = train::createTrainer(c, pack, torch::kCPU);
    auto sampler = RunSampler::open({}, trainAndSave(*trainer, c, c.runDir, 1));
    const torch::Tensor z = sampler->latentsForSeeds({1});
    try {
      sampler->styleMixGrid(z, z, {});
      QFAIL("PGGAN mixed styles");
    } catch (const explore::Unsupported& e) {
      QCOMPARE(std::string(e.what()), sampler->family().whyNot(models::Capability::StyleMixing));
    }
    QVERIFY_THROWS_EXCEPTION(explore::Unsupported, sampler->exportGenerator(dir_ + "/g.pth", {}));
    QVERIFY_THROWS_EXCEPTION(explore::Unsupported, sampler->reconstruction());
    QVERIFY(!std::filesystem::exists(dir_ + "/g.pth"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sampler->render(torch::zeros({1, 3}), {}));
  }

  void consinganSeedsAndAnySize() {
    train::TrainingConfig c = testing::tinyConSinGanConfig(3, 2);
    c.consingan.maxSize = 40;
    c.runDir = dir_ + "/consingan";
    const data::DatasetPack pack = testing::singleImagePack(testing::landscapeImage(40, 30));
    auto trainer = train::createTrainer(c, pack, torch::kCPU);
    const std::string checkpoint = trainAndSave(*trainer, c, c.runDir, static_cast<int>(c.iterations));
    data::saveDatasetPack(pack, train::RunDirectory(c.runDir).datasetPackPath());

    auto sampler = RunSampler::open(c.runDir, checkpoint);
    QCOMPARE(sampler->latentSize(), int64_t(0));
    QCOMPARE(sampler->stageCount(), 3);
    explore::ImageOptions o;
    const torch::Tensor stream = sampler->renderStream(9, 3, o);
    QCOMPARE(stream.size(0), int64_t(3));
    QCOMPARE(stream.size(3), int64_t(sampler->imageWidth()));
    QCOMPARE(stream.size(2), int64_t(sampler->imageHeight()));
    // Sample i of a seed does not depend on the count; image 0 of each seed is that seed's first sample.
    QVERIFY(torch::equal(sampler->renderStream(9, 1, o)[0], stream[0]));
    QVERIFY(torch::equal(sampler->renderSeeds({9, 4}, o)[0], stream[0]));
    o.width = 64;
    o.height = 24;
    const torch::Tensor wide = sampler->renderSeeds({1, 2}, o);
    QCOMPARE(wide.sizes(), (std::vector<int64_t>{2, 3, 24, 64}));
    QCOMPARE(sampler->reconstruction().size(3), int64_t(sampler->imageWidth()));
    // No latent vector: latents, interpolation and style mixing are refused with the family's reason.
    try {
      sampler->latentsForSeeds({1});
      QFAIL("ConSinGAN gave latents");
    } catch (const explore::Unsupported& e) {
      QCOMPARE(std::string(e.what()), sampler->family().whyNot(models::Capability::LatentsJson));
    }
    QVERIFY_THROWS_EXCEPTION(explore::Unsupported, sampler->render(torch::zeros({1, 4}), {}));
    o = {};
    o.latentScale = 0.5;
    QVERIFY_THROWS_EXCEPTION(explore::Unsupported, sampler->renderSeeds({1}, o));
    o = {};
    o.startStage = 3;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sampler->renderSeeds({1}, o));
  }
};

QTEST_GUILESS_MAIN(TestRunSampler)
#include "test_run_sampler.moc"
