// Explore core: latent helpers, SLE style mixing (official recipe and per-gate) against plain
// sampling, and the sampling scope leaving the model untouched.
#include <QtTest>

#include <torch/torch.h>

#include "core/explore/latent_ops.h"
#include "core/explore/sampling_scope.h"
#include "core/explore/style_mixing.h"
#include "core/models/fastgan/fastgan_generator.h"

using namespace fewshot;
using namespace fewshot::explore;

namespace {
fastgan::FastGanConfig tiny(int size) {
  fastgan::FastGanConfig c;
  c.imageSize = size;
  c.ngf = 8;
  c.nz = 16;
  return c;
}
// A generator whose noise injections and BN running statistics are not trivial, so that the
// equalities below cannot hold by accident.
fastgan::Generator makeGenerator(int size) {
  torch::manual_seed(size);
  fastgan::Generator g(tiny(size));
  torch::NoGradGuard noGrad;
  // Converge the spectral-norm power iteration as training does: with the random initial u/v,
  // sigma can be tiny and eval-mode activations explode (then float rounding differs by batch size).
  g->train();
  for (int i = 0; i < 15; ++i) g->forward(torch::randn({2, 16}));
  for (auto& p : g->named_parameters())
    if (p.key().find("weight") != std::string::npos && p.value().dim() == 1 && p.value().numel() == 1)
      p.value().fill_(0.3);
  for (auto& b : g->named_buffers()) {
    if (b.key().find("running_mean") != std::string::npos) b.value().normal_(0, 0.1);
    if (b.key().find("running_var") != std::string::npos) b.value().uniform_(0.5, 1.5);
  }
  return g;
}
torch::Tensor plain(fastgan::Generator& g, const torch::Tensor& z, NormMode mode, uint64_t seed) {
  SamplingScope scope(g, mode, seed);
  return g->forward(z).image;
}
double maxDiff(const torch::Tensor& a, const torch::Tensor& b) { return (a - b).abs().max().item<double>(); }
}  // namespace

class TestExploreMixing : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void seedsAndInterpolation() {
    auto a = latentForSeed(7, 16), b = latentForSeed(7, 16), c = latentForSeed(8, 16);
    QVERIFY(torch::equal(a, b));
    QVERIFY(!torch::equal(a, c));
    QCOMPARE(parseSeedList("1,3-5,9"), (std::vector<uint64_t>{1, 3, 4, 5, 9}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseSeedList("1,x"));
    auto keys = latentsForSeeds({1, 5, 9}, 16);
    InterpolationOptions o;
    o.frames = 9;
    auto path = interpolationPath(keys, o);
    QCOMPARE(path.size(0), 9);
    QVERIFY(torch::allclose(path[0], keys[0]) && torch::allclose(path[4], keys[1]) &&
            torch::allclose(path[8], keys[2]));
    QVERIFY(torch::allclose(path[2], (keys[0] + keys[1]) / 2));
    o.loop = true;
    o.frames = 12;
    auto loop = interpolationPath(keys, o);
    QVERIFY(torch::allclose(loop[0], keys[0]) && torch::allclose(loop[4], keys[1]) &&
            torch::allclose(loop[8], keys[2]));
    QVERIFY(!torch::allclose(loop[11], keys[0]));
    // slerp keeps the norm of equal-norm endpoints; lerp shrinks it in the middle.
    auto u = keys[0].unsqueeze(0) / keys[0].norm(), v = keys[1].unsqueeze(0) / keys[1].norm();
    QVERIFY(std::abs(slerp(u, v, 0.5).norm().item<double>() - 1.0) < 1e-5);
    QVERIFY(lerp(u, v, 0.5).norm().item<double>() < 0.99);
    QVERIFY(torch::allclose(slerp(u, v, 0.0), u, 1e-5, 1e-6) && torch::allclose(slerp(u, v, 1.0), v, 1e-5, 1e-6));
    QVERIFY(
        torch::allclose(blendSeeds({3, 4}, 0.25, 16, false), lerp(latentForSeed(3, 16), latentForSeed(4, 16), 0.25)));
    QVERIFY(torch::equal(scaleLatents(a, 0.0), torch::zeros_like(a)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, scaleLatents(a, -1));
  }

  void perGateMixing_data() {
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("mode");
    for (int size : {64, 128, 256})
      for (int mode : {0, 1})
        QTest::newRow((std::to_string(size) + (mode ? "-eval" : "-batch")).c_str()) << size << mode;
  }
  void perGateMixing() {
    QFETCH(int, size);
    QFETCH(int, mode);
    const NormMode norm = mode ? NormMode::RunningStatistics : NormMode::BatchStatistics;
    auto g = makeGenerator(size);
    auto content = latentsForSeeds({1, 2, 3}, 16), style = latentsForSeeds({7}, 16);
    auto plainA = plain(g, content, norm, 5);
    // A = B with every gate from B is plain sampling of A (noise and batch statistics included;
    // one latent, so that the batch statistics and the noise shapes match plain sampling).
    auto one = content.slice(0, 0, 1);
    auto same = mixPerGate(g, one, one, GateSources::allFrom(GateSource::Style), norm, 5);
    QVERIFY(maxDiff(same, plain(g, one, norm, 5)) < 1e-5);
    // All gates from A ignores the style latent entirely.
    auto allA = mixPerGate(g, content, style, GateSources::allFrom(GateSource::Content), norm, 5);
    QCOMPARE(allA.sizes().vec(), plainA.sizes().vec());
    QVERIFY(maxDiff(allA, plainA) < 1e-5);
    // Taking the gates from a different latent changes the image.
    auto mixed = mixPerGate(g, content, style, GateSources::allFrom(GateSource::Style), norm, 5);
    QVERIFY(maxDiff(mixed, plainA) > 1e-3);
  }

  // N x M layout: image i*M+j = content i with style j. Eval-mode BN makes each pair independent
  // of the batch; the noise draws depend on the batch shape, so noise is switched off here.
  void perGateIsPerSampleInEvalMode() {
    auto g = makeGenerator(128);
    {
      torch::NoGradGuard noGrad;
      for (auto& p : g->named_parameters())
        if (p.value().dim() == 1 && p.value().numel() == 1) p.value().zero_();  // noise off
    }
    auto content = latentsForSeeds({1, 2, 3}, 16), styles = latentsForSeeds({7, 8}, 16);
    auto gates = GateSources::parseStyleGates("64,128");
    auto grid = mixPerGate(g, content, styles, gates, NormMode::RunningStatistics, 1);
    auto single = mixPerGate(g, content.slice(0, 2, 3), styles.slice(0, 1, 2), gates, NormMode::RunningStatistics, 1);
    const double d = maxDiff(grid[5], single[0]);
    QVERIFY2(d < 1e-5, qPrintable(QString("max difference %1").arg(d)));
  }

  void officialRecipe() {
    auto g = makeGenerator(256);
    auto content = latentsForSeeds({1, 2}, 16), style = latentsForSeeds({7, 8, 9}, 16);
    auto mixes = mixOfficial(g, content, style, 3);
    QCOMPARE(mixes.sizes().vec(), (std::vector<int64_t>{6, 3, 256, 256}));
    // Hand-built recipe: early passes on each batch, feat_64 without the 4->64 gate, one batch of
    // identical feat_64 copies per row, no tanh.
    torch::Tensor expected;
    {
      SamplingScope scope(g, NormMode::BatchStatistics, 3);
      auto a = g->earlyFeatures(content), b = g->earlyFeatures(style);
      auto a64 = g->feat_64->forward(a.feat32);
      auto row1 = a64.slice(0, 1, 2).expand({3, -1, -1, -1}).contiguous();
      auto r0 = a64.slice(0, 0, 1).expand({3, -1, -1, -1}).contiguous();
      auto first = g->to_big->forward(
          g->se_256->forward(b.feat16, g->feat_256->forward(g->se_128->forward(b.feat8, g->feat_128->forward(r0)))));
      auto second = g->to_big->forward(
          g->se_256->forward(b.feat16, g->feat_256->forward(g->se_128->forward(b.feat8, g->feat_128->forward(row1)))));
      expected = torch::cat({first, second}, 0);
    }
    QVERIFY(maxDiff(mixes, expected) < 1e-5);
    // Same content row, different styles: different images; the recipe skips se_64, so A = B is
    // not plain sampling (spec §10) but differs from it only through that gate.
    QVERIFY(maxDiff(mixes[0], mixes[1]) > 1e-3);
    auto grid = styleMixGrid(torch::zeros({2, 3, 8, 8}), torch::zeros({3, 3, 8, 8}), torch::zeros({6, 3, 8, 8}));
    QCOMPARE(grid.size(0), 12);
    QVERIFY(torch::equal(grid[0], torch::ones({3, 8, 8})));
  }

  void samplingLeavesModelUntouched() {
    auto g = makeGenerator(64);
    std::vector<torch::Tensor> before;
    for (auto& b : g->buffers()) before.push_back(b.clone());
    g->eval();
    plain(g, latentsForSeeds({1, 2, 3, 4}, 16), NormMode::BatchStatistics, 1);
    auto buffers = g->buffers();
    for (size_t i = 0; i < buffers.size(); ++i) QVERIFY(torch::equal(buffers[i], before[i]));
    QVERIFY(!g->is_training());
  }
};

QTEST_APPLESS_MAIN(TestExploreMixing)
#include "test_explore_mixing.moc"
