// Projected GAN training on tiny configurations (64 px data, so the frozen EfficientNet sees 224 px):
// one step changes G and the mini-discriminators but not the feature network (weights, BN statistics
// and projections compared bit-exactly); gradients reach G through the features; exact resume; the
// random projections come back from the checkpoint, not from the seed.
#include <QtTest>

#include <torch/torch.h>

#include "core/features/weights_location.h"
#include "core/models/projected/projected_trainer.h"
#include "core/train/checkpoint.h"
#include "support/synthetic_data.h"
#include "support/test_paths.h"

using namespace fewshot;

namespace {

train::TrainingConfig tinyConfig() {
  train::TrainingConfig c;
  c.model = "projected";
  c.fastgan.imageSize = 64;
  c.projected.ngf = 8;
  c.projected.ndf = 8;
  c.projected.nz = 16;
  c.projected.cout = 8;
  // The pretrained network when this machine has it; the random one (same graph, same freezing) otherwise.
  c.projected.randomFeatures = !features::efficientNetLite0WeightsAvailable();
  c.lrG = c.lrD = 2e-3;
  c.beta1 = 0.0;
  c.beta2 = 0.99;
  c.diffAugmentPolicy = "color,translation,cutout";
  c.batchSize = 2;
  c.sampleCount = 2;
  c.seed = 11;
  return c;
}

std::map<std::string, torch::Tensor> snapshot(torch::nn::Module& m) {
  std::map<std::string, torch::Tensor> s;
  for (const auto& p : m.named_parameters()) s["p:" + p.key()] = p.value().detach().clone();
  for (const auto& b : m.named_buffers()) s["b:" + b.key()] = b.value().detach().clone();
  return s;
}

// Number of entries that differ from the snapshot.
int countChanged(torch::nn::Module& m, const std::map<std::string, torch::Tensor>& before) {
  int changed = 0;
  for (const auto& [key, value] : snapshot(m)) changed += torch::equal(value, before.at(key)) ? 0 : 1;
  return changed;
}

void expectSameState(torch::nn::Module& a, torch::nn::Module& b) {
  auto sa = snapshot(a), sb = snapshot(b);
  QCOMPARE(sa.size(), sb.size());
  for (const auto& [key, value] : sa) QVERIFY2(torch::equal(value, sb.at(key)), key.c_str());
}

}  // namespace

class TestProjectedTraining : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() {
    at::set_num_threads(2);
    if (!features::efficientNetLite0WeightsAvailable())
      qWarning("EfficientNet-Lite0 weights absent: these tests use the random feature network");
  }

  void stepChangesGAndDButNotTheFeatureNetwork() {
    auto pack = testing::discDataset(64, 4);
    projected::ProjectedGanTrainer trainer(tinyConfig(), pack, torch::kCPU);
    auto features = snapshot(*trainer.projector());
    auto g = snapshot(*trainer.generator());
    auto d = snapshot(*trainer.discriminator());
    QVERIFY(features.size() > 300);  // backbone weights, BN running stats, CCM and CSM are all compared
    for (int i = 0; i < 2; ++i) {
      auto losses = trainer.step();
      QVERIFY(std::isfinite(losses.at("loss_g")) && std::isfinite(losses.at("loss_d_real")));
    }
    QCOMPARE(countChanged(*trainer.projector(), features), 0);
    QVERIFY(!trainer.projector()->backbone->is_training());
    for (const auto& p : trainer.projector()->parameters()) QVERIFY(!p.grad().defined());
    QVERIFY(countChanged(*trainer.generator(), g) > 0);
    QVERIFY(countChanged(*trainer.discriminator(), d) > 0);
    // Every trainable G and D parameter moved (Adam moves anything with a non-zero gradient).
    for (const auto& p : trainer.generator()->named_parameters())
      if (p.key().find("noise") == std::string::npos)
        QVERIFY2(!torch::equal(p.value(), g.at("p:" + p.key())), p.key().c_str());
    for (const auto& p : trainer.discriminator()->named_parameters())
      QVERIFY2(!torch::equal(p.value(), d.at("p:" + p.key())), p.key().c_str());
  }

  // The only path from G to the loss runs through the frozen EfficientNet and the projections.
  void gradientsReachTheGeneratorThroughTheFeatures() {
    auto pack = testing::discDataset(64, 4);
    projected::ProjectedGanTrainer trainer(tinyConfig(), pack, torch::kCPU);
    torch::Tensor image = (torch::rand({2, 3, 64, 64}) * 2 - 1).requires_grad_(true);
    torch::Tensor feature0 = trainer.projector()->taps(image)[0];
    feature0.sum().backward();
    QVERIFY(image.grad().defined());
    QVERIFY(image.grad().abs().sum().item<double>() > 0);  // through the backbone alone

    trainer.generator()->zero_grad();
    torch::Tensor loss = -trainer.discriminate(trainer.generator()->forward(torch::randn({2, 16}))).mean();
    loss.backward();
    for (const char* name : {"init.init.0.weight_orig", "feat_32.1.weight_orig", "to_big.weight_orig", "to_big.bias"}) {
      torch::Tensor grad = trainer.generator()->named_parameters()[name].grad();
      QVERIFY2(grad.defined() && grad.abs().sum().item<double>() > 0, name);
    }
    for (const auto& p : trainer.projector()->parameters()) QVERIFY(!p.grad().defined());
  }

  void resumeIsExact_data() {
    QTest::addColumn<QString>("augment");
    QTest::newRow("diffaugment") << "diffaugment";
    QTest::newRow("ada") << "ada";
  }
  void resumeIsExact() {
    QFETCH(QString, augment);
    auto pack = testing::discDataset(64, 4);
    const std::string dir = testing::scratchDir("projected_resume");
    train::TrainingConfig c = tinyConfig();
    c.augment = augment.toStdString();
    c.adaKimg = 0.08;  // one adjustment (every 4 minibatches of 2) moves p by 0.1, at the last step
    projected::ProjectedGanTrainer straight(c, pack, torch::kCPU);
    for (int i = 0; i < 4; ++i) straight.step();

    projected::ProjectedGanTrainer first(c, pack, torch::kCPU);
    for (int i = 0; i < 2; ++i) first.step();
    train::writeCheckpoint(dir + "/ckpt.pt", c, pack.contentHash, first);
    projected::ProjectedGanTrainer resumed(c, pack, torch::kCPU);
    train::loadCheckpoint(dir + "/ckpt.pt", resumed);
    for (int i = 0; i < 2; ++i) resumed.step();
    QCOMPARE(resumed.iteration(), straight.iteration());
    expectSameState(*straight.generator(), *resumed.generator());
    expectSameState(*straight.generatorEma(), *resumed.generatorEma());
    expectSameState(*straight.discriminator(), *resumed.discriminator());
    expectSameState(*straight.projector(), *resumed.projector());
    QVERIFY(torch::equal(straight.sampleImages(), resumed.sampleImages()));
  }

  // Re-seeding does not reproduce the random projections; the checkpoint does.
  void projectionsComeFromTheCheckpoint() {
    auto pack = testing::discDataset(64, 4);
    const std::string dir = testing::scratchDir("projected_projections");
    train::TrainingConfig c = tinyConfig();
    projected::ProjectedGanTrainer a(c, pack, torch::kCPU);
    train::writeCheckpoint(dir + "/ckpt.pt", c, pack.contentHash, a);
    c.seed = 12;
    projected::ProjectedGanTrainer b(c, pack, torch::kCPU);
    QVERIFY(!torch::equal(a.projector()->layer0_ccm->weight, b.projector()->layer0_ccm->weight));
    train::loadCheckpoint(dir + "/ckpt.pt", b);
    expectSameState(*a.projector(), *b.projector());
  }

  void configRoundTripKeepsTheRandomFeaturesLabel() {
    train::TrainingConfig c = tinyConfig();
    c.projected.randomFeatures = true;
    c.projected.lite = false;
    nlohmann::json j = c;
    QCOMPARE(j.at("projected").at("random_features").get<bool>(), true);
    train::TrainingConfig back = j.get<train::TrainingConfig>();
    QCOMPARE(back.projected.randomFeatures, true);
    QCOMPARE(back.projected.lite, false);
    QCOMPARE(back.projected.cout, 8);
    back.validate();
  }
};

QTEST_GUILESS_MAIN(TestProjectedTraining)
#include "test_projected_training.moc"
