// ADA pipeline and controller against the spec's suggested checks.
#include <QtTest>

#include <cmath>
#include <set>
#include <sstream>

#include <torch/torch.h>

#include "core/augment/ada_color.h"
#include "core/augment/ada_controller.h"
#include "core/augment/ada_geometry.h"
#include "core/augment/ada_pipeline.h"

using namespace fewshot;

namespace {

torch::Tensor testImages(int n = 16, int size = 32) {
  torch::manual_seed(5);
  return torch::rand({n, 3, size, size}) * 2 - 1;
}

AdaAugmentOptions only(double AdaAugmentOptions::*field) {
  AdaAugmentOptions o;
  o.*field = 1;
  return o;
}

bool close(const torch::Tensor& a, const torch::Tensor& b, double tol = 1e-4) {
  return (a - b).abs().max().item<double>() < tol;
}

}  // namespace

class TestAda : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void zeroProbabilityIsIdentity() {
    RandomSource random(1);
    torch::Tensor x = testImages();
    AdaPipeline pipe(AdaAugmentOptions::preset("bgcfnc"));
    QVERIFY(torch::equal(pipe.apply(x, 0.0, random), x));
  }

  void xflipMirrorsExactly() {
    RandomSource random(2);
    torch::Tensor x = testImages();
    torch::Tensor y = AdaPipeline(only(&AdaAugmentOptions::xflip)).apply(x, 1.0, random);
    int flipped = 0, same = 0;
    for (int i = 0; i < x.size(0); ++i) {
      if (close(y[i], x[i].flip({2}), 1e-5)) ++flipped;
      else if (close(y[i], x[i], 1e-5)) ++same;
    }
    QCOMPARE(flipped + same, 16);  // every image is either mirrored or untouched
    QVERIFY(flipped > 0 && same > 0);
  }

  // The official 2x path is only almost lossless for mirrors: the asymmetric sym6 filter's delay
  // no longer cancels once the image is mirrored between up- and downsampling (about 0.2 px).
  void supersampledXflipIsCloseOnSmoothImages() {
    torch::Tensor ramp = torch::linspace(-1, 1, 32).view({1, 1, 1, 32}).expand({1, 3, 32, 32});
    torch::Tensor smooth = torch::sin(ramp * 3) * torch::cos(ramp.transpose(2, 3) * 2);
    torch::Tensor y = ada::applyGeometry(smooth, ada::scale2d(torch::tensor({-1.0f}), torch::tensor({1.0f})), true);
    QVERIFY((y - smooth.flip({3})).abs().mean().item<double>() < 0.02);
  }

  void rotate90Rotates() {
    RandomSource random(3);
    torch::Tensor x = testImages();
    torch::Tensor y = AdaPipeline(only(&AdaAugmentOptions::rotate90)).apply(x, 1.0, random);
    std::set<int> seen;
    for (int i = 0; i < x.size(0); ++i) {
      int match = -1;
      for (int k = 0; k < 4; ++k)
        if (close(y[i], torch::rot90(x[i], k, {1, 2}), 1e-4)) match = k;
      QVERIFY2(match >= 0, "output is not a 90-degree rotation of its input");
      seen.insert(match);
    }
    QVERIFY(seen.size() >= 3);
  }

  void integerTranslationShiftsPixels() {
    RandomSource random(4);
    torch::Tensor x = testImages(8);
    AdaPipeline::Draws draws;
    torch::Tensor y = AdaPipeline(only(&AdaAugmentOptions::xint)).apply(x, 1.0, random, &draws);
    for (int i = 0; i < 8; ++i) {
      const int dx = -static_cast<int>(std::lround(draws.geometry[i][0][2].item<double>()));
      const int dy = -static_cast<int>(std::lround(draws.geometry[i][1][2].item<double>()));
      QVERIFY(std::abs(dx) <= 4 && std::abs(dy) <= 4);  // 0.125 * 32
      // Interior pixels move by exactly (dx, dy).
      torch::Tensor expected = x[i].index({torch::indexing::Slice(), torch::indexing::Slice(8 - dy, 24 - dy),
                                            torch::indexing::Slice(8 - dx, 24 - dx)});
      torch::Tensor got =
          y[i].index({torch::indexing::Slice(), torch::indexing::Slice(8, 24), torch::indexing::Slice(8, 24)});
      QVERIFY(close(got, expected, 1e-4));
    }
  }

  void supersampledIdentityIsLossless() {
    torch::Tensor x = testImages(2);
    torch::Tensor y = ada::applyGeometry(x, torch::eye(3).expand({2, 3, 3}).contiguous(), true);
    QCOMPARE(y.sizes(), x.sizes());
    QVERIFY(close(y, x, 1e-4));
  }

  void brightnessShiftsMeanByDrawnAmount() {
    RandomSource random(6);
    torch::Tensor x = testImages();
    AdaPipeline::Draws draws;
    torch::Tensor y = AdaPipeline(only(&AdaAugmentOptions::brightness)).apply(x, 1.0, random, &draws);
    torch::Tensor drawn = draws.color.index({torch::indexing::Slice(), 0, 3});
    QVERIFY(close((y - x).mean({1, 2, 3}), drawn, 1e-5));
    QVERIFY(drawn.abs().max().item<double>() > 0.05);
  }

  void identityColorMatrixIsIdentity() {
    RandomSource random(7);
    torch::Tensor C = ada::sampleColor(AdaAugmentOptions::preset("color"), 0.0, 4, 3, random);
    QVERIFY(torch::allclose(C, torch::eye(4).expand({4, 4, 4})));
    torch::Tensor x = testImages(4);
    QVERIFY(close(ada::applyColor(x, C), x, 1e-6));
  }

  void lumaflipTwiceIsIdentityAndHueKeepsGray() {
    torch::Tensor v = torch::tensor({1.0f, 1.0f, 1.0f, 0.0f}) / std::sqrt(3.0f);
    torch::Tensor flip = torch::eye(4) - 2 * torch::outer(v, v);
    QVERIFY(torch::allclose(flip.matmul(flip), torch::eye(4), 1e-6, 1e-6));
    RandomSource random(8);
    torch::Tensor x = testImages();
    torch::Tensor y = AdaPipeline(only(&AdaAugmentOptions::hue)).apply(x, 1.0, random);
    QVERIFY(close(y.mean(1), x.mean(1), 1e-5));  // rotation about the gray axis
    QVERIFY(!close(y, x, 1e-2));
  }

  void zeroSaturationGivesGray() {
    torch::Tensor v = torch::tensor({1.0f, 1.0f, 1.0f, 0.0f}) / std::sqrt(3.0f);
    torch::Tensor sat0 = torch::outer(v, v).unsqueeze(0);  // P + 0 * (I - P)
    torch::Tensor y = ada::applyColor(testImages(1), sat0);
    QVERIFY(close(y[0][0], y[0][1], 1e-6) && close(y[0][1], y[0][2], 1e-6));
  }

  void filterBankSumsToImpulse() {
    torch::Tensor bank = ada::imageFilterBank();
    QCOMPARE(bank.sizes().vec(), (std::vector<int64_t>{4, 43}));
    torch::Tensor impulse = torch::zeros({43});
    impulse[21] = 1;
    QVERIFY(torch::allclose(bank.sum(0), impulse, 1e-6, 1e-6));
    QVERIFY(std::abs(bank[0].sum().item<double>() - 1.0) < 1e-6);  // band 0: DC gain 1
    QVERIFY(std::abs(bank[3].sum().item<double>()) < 1e-6);
  }

  void cutoutZeroesAQuarterWhenInside() {
    RandomSource random(9);
    torch::Tensor ones = torch::ones({64, 3, 32, 32});
    torch::Tensor y = AdaPipeline(only(&AdaAugmentOptions::cutout)).apply(ones, 1.0, random);
    torch::Tensor zeroFraction = (y.select(1, 0) == 0).to(torch::kFloat32).mean({1, 2});
    QVERIFY(zeroFraction.max().item<double>() <= 0.25 + 1e-6);
    QVERIFY(zeroFraction.min().item<double>() > 0.0);
    QVERIFY((zeroFraction == 0.25).sum().item<int64_t>() > 0);  // squares fully inside the frame
  }

  void gradientsReachInput() {
    RandomSource random(10);
    torch::Tensor x = testImages(4).requires_grad_(true);
    AdaAugmentOptions o = AdaAugmentOptions::preset("bgcfnc");
    AdaPipeline(o).apply(x, 0.7, random).square().sum().backward();
    QVERIFY(x.grad().defined() && x.grad().abs().sum().item<double>() > 0);
  }

  void controllerRaisesPForOverfittingAndLowersOtherwise() {
    AdaControllerOptions opts;
    opts.adaKimg = 500;
    AdaController up(opts);
    const torch::Tensor positive = torch::ones({10});
    int adjustments = 0;
    for (int i = 0; i < 4 * 1953; ++i) {
      up.accumulate(positive);
      adjustments += up.step(64);
    }
    QCOMPARE(adjustments, 1953);
    QVERIFY(up.p() < 1.0 && up.p() > 0.99);  // 1953 * 5.12e-4
    QCOMPARE(up.lastRt(), 1.0);
    for (int i = 0; i < 4; ++i) {
      up.accumulate(positive);
      up.step(64);
    }
    QVERIFY(up.p() < 1.0 && up.p() > 0.9999);  // the 1954th step hits the clamp below 1

    opts.initialP = 0.5;
    AdaController down(opts);
    for (int i = 0; i < 400; ++i) {
      down.accumulate(-torch::ones({10}));
      down.step(64);
    }
    QVERIFY(std::abs(down.p() - (0.5 - 100 * 5.12e-4)) < 1e-9);
    QCOMPARE(down.lastRt(), -1.0);

    opts.adaptive = false;
    AdaController fixed(opts);
    for (int i = 0; i < 40; ++i) {
      fixed.accumulate(positive);
      QVERIFY(!fixed.step(64));
    }
    QCOMPARE(fixed.p(), 0.5);
  }

  void controllerStateRoundTrips() {
    AdaController a(AdaControllerOptions{});
    for (int i = 0; i < 10; ++i) {
      a.accumulate(torch::tensor({1.0f, -1.0f, 1.0f}));
      a.step(8);
    }
    torch::serialize::OutputArchive out;
    a.save(out);
    std::ostringstream bytes;
    out.save_to(bytes);
    torch::serialize::InputArchive in;
    std::istringstream stream(bytes.str());
    in.load_from(stream);
    AdaController b(AdaControllerOptions{});
    b.load(in);
    QCOMPARE(b.p(), a.p());
    QCOMPARE(b.pendingRt(), a.pendingRt());
    QCOMPARE(b.lastRt(), a.lastRt());
    a.accumulate(torch::ones({3}));
    b.accumulate(torch::ones({3}));
    QCOMPARE(a.step(8), b.step(8));  // same phase of the 4-minibatch interval
    QCOMPARE(b.p(), a.p());
  }
};

QTEST_APPLESS_MAIN(TestAda)
#include "test_ada.moc"
