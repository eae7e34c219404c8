// ConSinGAN building blocks: pyramid sizes (spec §2.4 table), the MATLAB-style resampler, the shapes of
// every stage's generator input/output and discriminator map, and the parameter counts of spec §3/§4.
#include <QtTest>

#include "core/data/bicubic_resize.h"
#include "core/data/single_image_import.h"
#include "core/models/consingan/consingan_config.h"
#include "core/models/consingan/consingan_discriminator.h"
#include "core/models/consingan/consingan_generator.h"
#include "core/models/consingan/image_pyramid.h"
#include "core/models/consingan/stage0_augment.h"
#include "core/models/common/random_source.h"

using namespace fewshot;
using consingan::StageShape;

namespace {

std::vector<StageShape> S(std::initializer_list<std::pair<int64_t, int64_t>> list) {
  std::vector<StageShape> v;
  for (auto [h, w] : list) v.push_back({h, w});
  return v;
}

int64_t parameterCount(torch::nn::Module& m) {
  int64_t n = 0;
  for (auto& p : m.parameters()) n += p.numel();
  return n;
}

}  // namespace

class TestConSinGanModels : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void pyramidSizesMatchTheSpecTable() {
    QCOMPARE(consingan::pyramidScaleFactor(188, 250, 6, 25), 0.66796919111639);  // printed by the reference formula
    QVERIFY(consingan::pyramidShapes(188, 250, 6, 25, false) ==
            S({{25, 34}, {32, 42}, {42, 56}, {63, 84}, {126, 167}, {188, 250}}));
    QVERIFY(consingan::pyramidShapes(188, 250, 6, 25, true) ==
            S({{25, 34}, {38, 50}, {57, 75}, {84, 112}, {126, 167}, {188, 250}}));
    QVERIFY(consingan::pyramidShapes(188, 250, 3, 120, true) == S({{120, 160}, {151, 200}, {188, 250}}));
    QVERIFY(consingan::pyramidShapes(188, 250, 6, 20, false) ==
            S({{20, 27}, {26, 35}, {36, 47}, {56, 74}, {121, 160}, {188, 250}}));
    QVERIFY(consingan::pyramidShapes(250, 250, 6, 25, false) ==
            S({{25, 25}, {33, 33}, {45, 45}, {72, 72}, {158, 158}, {250, 250}}));
    // Pitfall 3: double precision keeps the 8-stage coarsest level at 26x34.
    QVERIFY(consingan::pyramidShapes(188, 250, 8, 25, false).front() == (StageShape{26, 34}));
  }

  void importScaleKeepsAspectAndNeverEnlarges() {
    auto s = data::fitMaxSide(376, 500, 250);
    QCOMPARE(s.height, 188);
    QCOMPARE(s.width, 250);
    s = data::fitMaxSide(100, 60, 250);
    QCOMPARE(s.height, 100);
    QCOMPARE(s.width, 60);
    QCOMPARE(s.scale, 1.0);
    s = data::fitMaxSide(1000, 333, 250);  // ceil per axis as the reference
    QCOMPARE(s.height, 250);
    QCOMPARE(s.width, 84);
  }

  void bicubicResizeIsExactOnConstantsAndIdentityAtScaleOne() {
    data::ImageF64 img;
    img.width = 17;
    img.height = 11;
    img.pixels.resize(17 * 11 * 3);
    for (size_t i = 0; i < img.pixels.size(); ++i) img.pixels[i] = static_cast<double>((i * 37) % 256);
    data::ImageF64 same = data::resizeBicubic(img, 11, 17, 1.0, 1.0);
    for (size_t i = 0; i < img.pixels.size(); ++i) QVERIFY(std::abs(same.pixels[i] - img.pixels[i]) < 1e-9);

    for (auto& v : img.pixels) v = 123.0;
    data::ImageF64 small = data::resizeBicubic(img, 6, 9, 0.5, 0.5);
    QCOMPARE(small.height, 6);
    QCOMPARE(small.width, 9);
    for (double v : small.pixels) QVERIFY(std::abs(v - 123.0) < 1e-9);

    // Antialiased halving of a horizontal ramp stays a ramp with twice the slope away from the borders.
    for (int y = 0; y < 11; ++y)
      for (int x = 0; x < 17; ++x)
        for (int c = 0; c < 3; ++c) img.pixels[(y * 17 + x) * 3 + c] = 10.0 * x;
    small = data::resizeBicubic(img, 6, 9, 0.5, 0.5);
    const double step = small.pixels[(2 * 9 + 4) * 3] - small.pixels[(2 * 9 + 3) * 3];
    QVERIFY2(std::abs(step - 20.0) < 1e-6, qPrintable(QString::number(step)));
  }

  void generatorShapesPerStage() {
    for (const std::string mode : {"generation", "retarget"}) {
      consingan::ConSinGanConfig c;
      c.mode = mode;
      c.nfc = 8;
      const auto shapes = consingan::pyramidShapes(30, 40, 4, 14, false);
      consingan::GrowingGenerator g(c);
      RandomSource random(1);
      std::vector<double> amps{1.0};
      std::vector<torch::Tensor> noise;
      for (int k = 0; k < 4; ++k) {
        if (k > 0) {
          g->addStage();
          amps.push_back(0.1);
        }
        const auto ns = g->noiseShape(k, shapes[k]);
        if (k == 0) QVERIFY((ns == std::vector<int64_t>{1, 3, shapes[0].height, shapes[0].width}));
        else if (mode == "generation")
          QVERIFY((ns == std::vector<int64_t>{1, 8, shapes[k].height + 6, shapes[k].width + 6}));
        else QVERIFY((ns == std::vector<int64_t>{1, 8, shapes[k].height, shapes[k].width}));
        noise.push_back(random.randn(ns, torch::kCPU));
        torch::Tensor out = g->forward(noise, shapes, amps);
        QVERIFY((out.sizes() == std::vector<int64_t>{1, 3, shapes[k].height, shapes[k].width}));
        QVERIFY(out.abs().max().item<double>() <= 1.0);
        QCOMPARE(g->stageCount(), k + 1);
      }
      // A new stage starts as a copy of the previous one.
      auto a = g->stage(2).parameters(), b = g->stage(3).parameters();
      for (size_t i = 0; i < a.size(); ++i) QVERIFY(torch::equal(a[i], b[i]));
      consingan::Discriminator d(c);
      QVERIFY((d->forward(torch::zeros({1, 3, 30, 40})).sizes() == std::vector<int64_t>{1, 1, 20, 30}));
    }
  }

  void stage0AugmentationsAreSeededAndStayInRange() {
    torch::Tensor coarse = torch::linspace(-0.8, 0.8, 3 * 40 * 52).view({1, 3, 40, 52});
    int changedH = 0;
    for (uint64_t seed = 0; seed < 20; ++seed) {
      RandomSource a(seed), b(seed);
      torch::Tensor h = consingan::harmonizationAugment(coarse, a, true);
      QVERIFY(torch::equal(h, consingan::harmonizationAugment(coarse, b, true)));  // one RNG drives everything
      QVERIFY((h.sizes() == coarse.sizes()));
      QVERIFY(h.min().item<double>() >= -1 && h.max().item<double>() <= 1);
      changedH += !torch::allclose(h, coarse, 0, 1e-4);
      torch::Tensor e = consingan::editingAugment(coarse, a);
      QVERIFY((e.sizes() == coarse.sizes()));
      // Editing adds 0.1·N(0,1) noise everywhere on top of the shuffled tiles.
      const double noiseStd = (e - coarse).std().item<double>();
      QVERIFY2(noiseStd > 0.08, qPrintable(QString::number(noiseStd)));
    }
    QVERIFY2(changedH >= 15, qPrintable(QString::number(changedH)));  // cutout alone has p = 0.9
  }

  // Cutout holes where albumentations' Cutout (the official harmonization augmentation) puts them:
  // y1 = clip(cy - h // 2, 0, H), y2 = clip(y1 + h, 0, H), likewise for x. Hand-computed for a 40x52 image.
  void harmonizationCutoutBoxesAreAlbumentations() {
    auto box = [](int64_t cy, int64_t cx, int64_t h, int64_t w) {
      const consingan::CutoutBox b = consingan::cutoutBox(40, 52, cy, cx, h, w);
      return std::vector<int64_t>{b.y0, b.y1, b.x0, b.x1};
    };
    QCOMPARE(box(0, 0, 30, 20), (std::vector<int64_t>{0, 30, 0, 20}));  // a corner hole keeps its full size
    QCOMPARE(box(40, 52, 30, 20), (std::vector<int64_t>{25, 40, 42, 52}));
    QCOMPARE(box(20, 26, 15, 15), (std::vector<int64_t>{13, 28, 19, 34}));
    QCOMPARE(box(10, 10, 60, 60), (std::vector<int64_t>{0, 40, 0, 52}));  // larger than the image
    // New configs use it; a config.json written before it (no "albumentations_cutout") keeps the old holes.
    consingan::ConSinGanConfig c;
    QVERIFY(c.albumentationsCutout);
    nlohmann::json j = c;
    QVERIFY(j.get<consingan::ConSinGanConfig>().albumentationsCutout);
    j.erase("albumentations_cutout");
    QVERIFY(!j.get<consingan::ConSinGanConfig>().albumentationsCutout);
    // The two cutouts differ (same seed, same draws up to the cutout).
    torch::Tensor coarse = torch::zeros({1, 3, 40, 52});
    int differ = 0;
    for (uint64_t seed = 0; seed < 10; ++seed) {
      RandomSource a(seed), b(seed);
      differ += !torch::equal(consingan::harmonizationAugment(coarse, a, true),
                              consingan::harmonizationAugment(coarse, b, false));
    }
    QVERIFY(differ >= 5);
  }

  void parameterCountsMatchTheSpec() {
    consingan::ConSinGanConfig c;  // nfc 64, no BN
    consingan::GrowingGenerator g(c);
    QCOMPARE(parameterCount(*g->head), int64_t{1792});
    QCOMPARE(parameterCount(g->stage(0)), int64_t{110784});
    QCOMPARE(parameterCount(*g->tail), int64_t{1731});
    for (int i = 0; i < 5; ++i) g->addStage();
    QCOMPARE(parameterCount(*g), int64_t{668227});
    consingan::Discriminator d(c);
    QCOMPARE(parameterCount(*d), int64_t{113153});
  }
};

QTEST_APPLESS_MAIN(TestConSinGanModels)
#include "test_consingan_models.moc"
