// FastGAN generator/discriminator structure against the spec: shapes, official parameter counts and
// state-dict key names, spectral norm, and the DiffAugment primitives.
#include <QtTest>

#include <torch/torch.h>

#include "core/augment/diff_augment.h"
#include "core/models/fastgan/fastgan_discriminator.h"
#include "core/models/fastgan/fastgan_generator.h"

using namespace fewshot;
using namespace fewshot::fastgan;

namespace {
int64_t countParameters(torch::nn::Module& m) {
  int64_t n = 0;
  for (const auto& p : m.parameters()) n += p.numel();
  return n;
}
FastGanConfig tiny(int size) {
  FastGanConfig c;
  c.imageSize = size;
  c.ngf = 8;
  c.ndf = 8;
  c.nz = 16;
  return c;
}
}  // namespace

class TestFastGanModels : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { torch::manual_seed(0); }

  void generatorShapes_data() {
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("auxSize");
    QTest::newRow("32") << 32 << 32;
    QTest::newRow("64") << 64 << 64;
    QTest::newRow("128") << 128 << 128;
    QTest::newRow("256") << 256 << 128;
    QTest::newRow("512") << 512 << 128;
  }
  void generatorShapes() {
    QFETCH(int, size);
    QFETCH(int, auxSize);
    Generator g(tiny(size));
    GeneratorOutput out = g->forward(torch::randn({2, 16}));
    QCOMPARE(out.image.sizes().vec(), (std::vector<int64_t>{2, 3, size, size}));
    QCOMPARE(out.aux.sizes().vec(), (std::vector<int64_t>{2, 3, auxSize, auxSize}));
    if (size < 256) QVERIFY(out.image.abs().max().item<float>() <= 1.0f);  // tanh heads below 256
  }

  void discriminatorShapes_data() {
    QTest::addColumn<int>("size");
    QTest::newRow("32") << 32;
    QTest::newRow("64") << 64;
    QTest::newRow("256") << 256;
    QTest::newRow("512") << 512;
  }
  void discriminatorShapes() {
    QFETCH(int, size);
    const int B = 3;
    Discriminator d(tiny(size));
    Generator g(tiny(size));
    GeneratorOutput fake = g->forward(torch::randn({B, 16}));
    torch::Tensor logits = d->forwardFake(fake.image, fake.aux);
    QCOMPARE(logits.sizes().vec(), (std::vector<int64_t>{50 * B}));  // 25 big + 25 small per image
    for (int part = 0; part < 4; ++part) {
      DiscriminatorOutput real = d->forwardReal(torch::randn({B, 3, size, size}), part);
      QCOMPARE(real.logits.size(0), 50 * B);
      QCOMPARE(real.recBig.sizes().vec(), (std::vector<int64_t>{B, 3, 128, 128}));
      QCOMPARE(real.recSmall.sizes().vec(), (std::vector<int64_t>{B, 3, 128, 128}));
      QCOMPARE(real.recPart.sizes().vec(), (std::vector<int64_t>{B, 3, 128, 128}));
    }
  }

  // Spec §3/§4: 29.13 M parameters in G (256 px) and about 11.53 M in D, official widths.
  void officialParameterCounts() {
    FastGanConfig c;  // 256 px, ngf = ndf = 64, nz = 256
    Generator g(c);
    Discriminator d(c);
    QCOMPARE(qRound64(countParameters(*g) / 1e4), qint64(2913));
    QCOMPARE(qRound64(countParameters(*d) / 1e4), qint64(1153));
    QCOMPARE(static_cast<int>(g->parameters().size()), 44);  // length of the official g_ema list
  }

  // Key names must match the official state dicts (spec §9) so checkpoints can be exchanged.
  void officialKeyNames() {
    Generator g(tiny(256));
    auto params = g->named_parameters();
    auto buffers = g->named_buffers();
    for (const char* key : {"init.init.0.weight_orig", "init.init.1.weight", "feat_8.1.weight_orig", "feat_8.2.weight",
                            "feat_8.3.weight", "feat_8.5.weight_orig", "feat_8.6.weight", "feat_8.7.bias",
                            "feat_16.1.weight_orig", "feat_16.2.weight", "se_64.main.1.weight_orig",
                            "se_64.main.3.weight_orig", "to_128.weight_orig", "to_big.weight_orig"})
      QVERIFY2(params.contains(key), key);
    for (const char* key : {"init.init.0.weight_u", "init.init.0.weight_v", "feat_8.3.running_mean"})
      QVERIFY2(buffers.contains(key), key);
    QCOMPARE(params[std::string("init.init.0.weight_orig")].sizes().vec(), (std::vector<int64_t>{16, 128 * 2, 4, 4}));
    QCOMPARE(params.keys().front(), std::string("init.init.0.weight_orig"));
    QCOMPARE(params.keys().back(), std::string("to_big.weight_orig"));

    Discriminator d(tiny(256));
    auto dp = d->named_parameters();
    for (const char* key : {"down_from_big.0.weight_orig", "down_4.main.0.weight_orig", "down_4.main.1.weight",
                            "down_4.direct.1.weight_orig", "rf_big.0.weight_orig", "rf_big.3.weight_orig",
                            "se_2_16.main.1.weight_orig", "down_from_small.0.weight_orig",
                            "down_from_small.2.main.0.weight_orig", "rf_small.weight_orig",
                            "decoder_big.main.1.1.weight_orig", "decoder_big.main.4.2.weight",
                            "decoder_part.main.5.weight_orig"})
      QVERIFY2(dp.contains(key), key);
  }

  // Power iteration converges to the largest singular value, for conv and transposed conv (dim 1).
  void spectralNormMatchesLargestSingularValue() {
    SNConv2d conv(SNConvOptions(6, 5, 3));
    SNConvTranspose2d convT(SNConvOptions(6, 5, 4));
    for (int i = 0; i < 200; ++i) {
      conv->forward(torch::randn({1, 6, 5, 5}));
      convT->forward(torch::randn({1, 6, 2, 2}));
    }
    conv->eval();
    auto sigmaOf = [](const torch::Tensor& w) { return std::get<1>(torch::svd(w)).max().item<double>(); };
    const double sigmaConv = sigmaOf(conv->weight_orig.reshape({5, -1}));
    torch::Tensor effective = conv->weight();
    QVERIFY(std::abs(sigmaOf(effective.reshape({5, -1})) - 1.0) < 1e-3);
    QVERIFY(std::abs((conv->weight_orig / effective).mean().item<double>() - sigmaConv) < 1e-3 * sigmaConv);
    const double sigmaT = sigmaOf(convT->weight_orig.transpose(0, 1).reshape({5, -1}));
    torch::Tensor matrix = convT->weight_orig.transpose(0, 1).reshape({5, -1});
    const double estimate = torch::dot(convT->weight_u, torch::mv(matrix, convT->weight_v)).item<double>();
    QVERIFY(std::abs(estimate - sigmaT) < 1e-3 * sigmaT);
  }

  void spectralNormEvalDoesNotUpdateVectors() {
    SNConv2d conv(SNConvOptions(3, 4, 3));
    conv->eval();
    torch::Tensor u = conv->weight_u.clone();
    conv->forward(torch::randn({1, 3, 4, 4}));
    QVERIFY(torch::equal(u, conv->weight_u));
    conv->train();
    conv->forward(torch::randn({1, 3, 4, 4}));
    QVERIFY(!torch::equal(u, conv->weight_u));
  }

  void translationShiftsWithZeroFill() {
    torch::Tensor x = torch::arange(1, 17, torch::kFloat32).view({1, 1, 4, 4});
    torch::Tensor y = translateImages(x, torch::tensor({1}), torch::tensor({-1}));
    // out(i, j) = in(i + 1, j - 1): row 3 and column 0 come from outside and are zero.
    QCOMPARE(y[0][0][0][1].item<float>(), x[0][0][1][0].item<float>());
    QCOMPARE(y[0][0][2][3].item<float>(), x[0][0][3][2].item<float>());
    QCOMPARE(y[0][0][3].abs().sum().item<float>(), 0.0f);
    QCOMPARE(y.index({0, 0, torch::indexing::Slice(), 0}).abs().sum().item<float>(), 0.0f);
  }

  void colorAugmentationsStayInDocumentedRanges() {
    RandomSource random(3);
    torch::Tensor x = torch::rand({64, 3, 8, 8}) * 2 - 1;
    torch::Tensor shift = (randBrightness(x, random) - x).mean({1, 2, 3});
    QVERIFY(shift.min().item<float>() >= -0.5f - 1e-5f && shift.max().item<float>() < 0.5f + 1e-5f);
    QVERIFY(shift.max().item<float>() - shift.min().item<float>() > 0.3f);  // per-sample draws
    torch::Tensor gray = torch::rand({4, 1, 8, 8}).expand({4, 3, 8, 8}).contiguous();
    QVERIFY(torch::allclose(randSaturation(gray, random), gray, 1e-6, 1e-6));  // no chroma to scale
    torch::Tensor cut = randCutout(torch::ones({8, 3, 16, 16}), 0.5, random);
    for (int i = 0; i < 8; ++i) {
      const float zeroed = (cut[i][0] == 0).sum().item<float>();
      QVERIFY(zeroed > 0 && zeroed <= 64);  // an 8x8 square, clipped at borders
    }
  }

  void gradientsReachInputThroughDiffAugment() {
    RandomSource random(1);
    torch::Tensor x = torch::randn({2, 3, 16, 16}, torch::requires_grad());
    diffAugment(x, DiffAugmentPolicy::parse("color,translation,cutout"), random).sum().backward();
    QVERIFY(x.grad().defined());
    QVERIFY(x.grad().abs().sum().item<float>() > 0);
  }
};

QTEST_APPLESS_MAIN(TestFastGanModels)
#include "test_fastgan_models.moc"
