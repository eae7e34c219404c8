// Projected GAN modules at tiny and official widths: every backbone tap, every projected feature and
// every mini-discriminator output; the projection parameter counts of the spec; the generator sizes;
// the missing-weights error.
#include <QtTest>

#include <cmath>

#include <torch/torch.h>

#include "core/features/weights_location.h"
#include "core/models/common/spectral_norm.h"
#include "core/models/projected/projected_discriminator.h"
#include "core/models/projected/projected_generator.h"
#include "core/models/projected/projected_trainer.h"
#include "core/models/projected/projector.h"
#include "support/test_paths.h"

using namespace fewshot;
using namespace fewshot::projected;

namespace {

std::vector<int64_t> shapeOf(const torch::Tensor& t) { return t.sizes().vec(); }

int64_t countParameters(torch::nn::Module& m, bool trainableOnly) {
  int64_t n = 0;
  for (const auto& p : m.parameters())
    if (!trainableOnly || p.requires_grad()) n += p.numel();
  return n;
}

Projector randomProjector(int cout, int datasetSize) {
  torch::manual_seed(3);
  return Projector(features::EfficientNetLite0(), cout, datasetSize);
}

}  // namespace

class TestProjectedModels : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { at::set_num_threads(2); }

  // Datasets below 224 px are resized to 224 (spec §2 table, last row); 256 is used natively.
  void tapsAndProjectedFeatures_data() {
    QTest::addColumn<int>("datasetSize");
    QTest::addColumn<int>("inputSize");
    QTest::newRow("64 -> 224") << 64 << 224;
    QTest::newRow("256 native") << 256 << 256;
  }
  void tapsAndProjectedFeatures() {
    QFETCH(int, datasetSize);
    QFETCH(int, inputSize);
    torch::NoGradGuard noGrad;
    Projector projector = randomProjector(64, datasetSize);
    QCOMPARE(projector->inputSize(), inputSize);
    torch::Tensor x = torch::rand({1, 3, datasetSize, datasetSize}) * 2 - 1;
    const int64_t s = inputSize;
    auto taps = projector->taps(x);
    QCOMPARE(taps.size(), size_t(4));
    QCOMPARE(shapeOf(taps[0]), (std::vector<int64_t>{1, 24, s / 4, s / 4}));
    QCOMPARE(shapeOf(taps[1]), (std::vector<int64_t>{1, 40, s / 8, s / 8}));
    QCOMPARE(shapeOf(taps[2]), (std::vector<int64_t>{1, 112, s / 16, s / 16}));
    QCOMPARE(shapeOf(taps[3]), (std::vector<int64_t>{1, 320, s / 32, s / 32}));
    // Each projected level is at twice its tap's resolution: 64@2s/4, 64@2s/8, 128@2s/16, 256@2s/32.
    auto f = projector->forward(x);
    QCOMPARE(shapeOf(f[0]), (std::vector<int64_t>{1, 64, s / 2, s / 2}));
    QCOMPARE(shapeOf(f[1]), (std::vector<int64_t>{1, 64, s / 4, s / 4}));
    QCOMPARE(shapeOf(f[2]), (std::vector<int64_t>{1, 128, s / 8, s / 8}));
    QCOMPARE(shapeOf(f[3]), (std::vector<int64_t>{1, 256, s / 16, s / 16}));

    // Official widths: every mini-discriminator ends in a 4x4 (224) or 5x5 (256) logit map.
    ProjectedConfig config;
    ProjectedDiscriminator d(std::vector<int>{64, 64, 128, 256}, config);
    d->eval();
    const int64_t m = inputSize == 224 ? 4 : 5;
    for (int i = 0; i < 4; ++i) {
      torch::Tensor map = d->mini_discs[i]->as<MiniDiscriminator>()->forward(f[i]);
      QCOMPARE(shapeOf(map), (std::vector<int64_t>{1, 1, m, m}));
    }
    QCOMPARE(shapeOf(d->forward(f)), (std::vector<int64_t>{1, 4 * m * m}));
  }

  // Spec §3/§4: CCM+CSM 0.377 M parameters (376,768), trainable D 10.33 M, depth 4/3/2/1 DownBlocks.
  void officialParameterCounts() {
    Projector projector = randomProjector(64, 256);
    const int64_t backbone = countParameters(*projector->backbone, false);
    QCOMPARE(countParameters(*projector, false) - backbone, int64_t(376768));
    QCOMPARE(countParameters(*projector, true), int64_t(0));  // nothing in the projector trains
    ProjectedConfig config;
    ProjectedDiscriminator d(std::vector<int>{64, 64, 128, 256}, config);
    const int64_t trainable = countParameters(*d, true);
    QVERIFY2(std::abs(trainable - 10330000) < 10000, std::to_string(trainable).c_str());
    const int expectedDepth[4] = {5, 4, 3, 2};  // DownBlocks + final conv
    for (int i = 0; i < 4; ++i)
      QCOMPARE(static_cast<int>(d->mini_discs[i]->as<MiniDiscriminator>()->main->size()), expectedDepth[i]);
  }

  void generatorSizes_data() {
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("lite");
    QTest::newRow("64 lite") << 64 << true;
    QTest::newRow("128 lite") << 128 << true;
    QTest::newRow("128 full") << 128 << false;
    QTest::newRow("256 lite") << 256 << true;
  }
  void generatorSizes() {
    QFETCH(int, size);
    QFETCH(bool, lite);
    ProjectedConfig config;
    config.ngf = 8;
    config.nz = 16;
    config.lite = lite;
    ProjectedGenerator g(config, size);
    torch::NoGradGuard noGrad;
    torch::Tensor img = g->forward(torch::randn({2, 16}));
    QCOMPARE(shapeOf(img), (std::vector<int64_t>{2, 3, size, size}));
    QVERIFY(torch::isfinite(img).all().item<bool>());
  }

  void officialGeneratorParameterCount() {
    ProjectedConfig config;  // ngf 128, nz 256, lite
    ProjectedGenerator g(config, 256);
    const int64_t n = countParameters(*g, true);
    // Spec §6: about 79.35 M at 256 px.
    QVERIFY2(std::abs(n - 79350000) < 100000, std::to_string(n).c_str());
  }

  // Biased SN convs (D's down blocks, G's to_big) start as nn.Conv2d does in the official code: the same
  // draws as LibTorch's Conv2d (Kaiming-uniform weight, then bias U(-1/sqrt(fan_in), 1/sqrt(fan_in))).
  void biasedSpectralConvsKeepTheDefaultInit() {
    torch::manual_seed(11);
    SNConv2d sn(SNConvOptions(6, 5, 4).stride(2).padding(1).bias(true));
    torch::manual_seed(11);
    torch::nn::Conv2d reference(torch::nn::Conv2dOptions(6, 5, 4).stride(2).padding(1));
    QVERIFY(torch::equal(sn->weight_orig, reference->weight));
    QVERIFY(torch::equal(sn->bias, reference->bias));
    const double bound = 1.0 / std::sqrt(6.0 * 4 * 4);
    QVERIFY(sn->bias.abs().max().item<double>() <= bound);
    QVERIFY(sn->bias.abs().min().item<double>() > 0);  // not the zeros we used to start from

    projected::ProjectedConfig config;
    config.ngf = 16;
    projected::ProjectedGenerator g(config, 64);
    const double toBigBound = 1.0 / std::sqrt(static_cast<double>(config.generatorChannels(64) * 9));
    QVERIFY(g->to_big->bias.abs().max().item<double>() > 0.1 * toBigBound);
    QVERIFY(g->to_big->bias.abs().max().item<double>() <= toBigBound);
  }

  void unsupportedSizesAreRejected() {
    ProjectedConfig config;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, config.validate(32));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, config.validate(200));
  }

  void missingWeightsSayHowToGetThem() {
    ProjectedConfig config;
    config.weightsDir = testing::scratchDir("projected_no_weights");
    try {
      createFeatureNetwork(config);
      QFAIL("expected an error for missing weights");
    } catch (const std::runtime_error& e) {
      const std::string msg = e.what();
      QVERIFY2(msg.find("fetch-weights.sh") != std::string::npos, msg.c_str());
      QVERIFY2(msg.find("efficientnet_lite0") != std::string::npos, msg.c_str());
      QVERIFY2(msg.find("--random-features") != std::string::npos, msg.c_str());
    }
    config.randomFeatures = true;
    QVERIFY(!createFeatureNetwork(config)->pretrained());
  }

  void pretrainedBackboneLoads() {
    if (!features::efficientNetLite0WeightsAvailable())
      QSKIP("EfficientNet-Lite0 weights not installed (bash packaging/fetch-weights.sh)");
    ProjectedConfig config;
    features::EfficientNetLite0 net = createFeatureNetwork(config);
    QVERIFY(net->pretrained());
    QVERIFY(!net->is_training());
    for (const auto& p : net->parameters()) QVERIFY(!p.requires_grad());
  }
};

QTEST_GUILESS_MAIN(TestProjectedModels)
#include "test_projected_models.moc"
