// Distribution metrics on synthetic features (metrics spec §9): closed-form Fréchet distances,
// identity and symmetry with singular covariances, hand-checked KID values, KID statistics, diversity,
// the collapse alarm and nearest neighbours. No pretrained weights needed.
#include <QtTest>

#include <cmath>

#include "core/metrics/diversity.h"
#include "core/metrics/feature_statistics.h"
#include "core/metrics/frechet_distance.h"
#include "core/metrics/kernel_distance.h"
#include "core/metrics/nearest_neighbors.h"

using namespace fewshot;

namespace {
torch::Tensor t2(std::initializer_list<double> values) {
  return torch::tensor(std::vector<double>(values), torch::kFloat64).reshape({2, 2});
}
torch::Tensor v(std::initializer_list<double> values) {
  return torch::tensor(std::vector<double>(values), torch::kFloat64);
}
}  // namespace

class TestMetrics : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void frechetClosedFormTwoByTwo() {
    const double a = metrics::frechetDistance(v({0, 0}), t2({2, 1, 1, 2}), v({0, 0}), torch::eye(2, torch::kFloat64));
    QVERIFY(std::abs(a - 0.5358983849) < 1e-9);
    const double b = metrics::frechetDistance(v({0, 0}), t2({2, 1, 1, 2}), v({1, 2}), t2({1, 0, 0, 4}));
    QVERIFY2(std::abs(b - 5.7712204477) < 1e-9, QByteArray::number(b, 'g', 12));
    // Symmetric in its arguments although S1 S2 is not symmetric.
    const double c = metrics::frechetDistance(v({1, 2}), t2({1, 0, 0, 4}), v({0, 0}), t2({2, 1, 1, 2}));
    QVERIFY(std::abs(b - c) < 1e-9);
  }

  void frechetDiagonalGaussians() {
    // The spec's case is d = 2048 (2068.48); d = 512 has the same closed form, ||dmu||^2 + d(2-1)^2 = 5.12 + 512,
    // and needs 64x less eigendecomposition work (two 2048^2 eighs take minutes on the shared 2-core CI box).
    const int64_t d = 512;
    torch::Tensor m1 = torch::zeros({d}, torch::kFloat64), m2 = torch::full({d}, 0.1, torch::kFloat64);
    const double fd =
        metrics::frechetDistance(m1, torch::eye(d, torch::kFloat64), m2, 4 * torch::eye(d, torch::kFloat64));
    QVERIFY2(std::abs(fd - 517.12) < 1e-6, QByteArray::number(fd, 'g', 12));
  }

  void frechetIdentityShiftScaleWithSingularCovariance() {
    torch::manual_seed(3);
    // N < d: rank-deficient covariance, as with a 100-image few-shot set.
    torch::Tensor x = torch::randn({40, 128}, torch::kFloat64) * 0.5 + 0.3;
    metrics::FeatureStatistics s = metrics::computeStatistics(x);
    const double trace = s.covariance.trace().item<double>();
    QVERIFY(std::abs(metrics::frechetDistance(s, s)) <= 1e-6 * trace);
    torch::Tensor c = torch::linspace(-1, 1, 128, torch::kFloat64);
    const double shift = metrics::frechetDistance(s, metrics::computeStatistics(x + c));
    const double expectedShift = c.pow(2).sum().item<double>();
    QVERIFY2(std::abs(shift - expectedShift) < 1e-6 * expectedShift, QByteArray::number(shift, 'g', 12));
    const double scaleFactor = 1.7;
    const double scale = metrics::frechetDistance(s, metrics::computeStatistics(x * scaleFactor));
    const double expectedScale = std::pow(1 - scaleFactor, 2) * (s.mean.pow(2).sum().item<double>() + trace);
    QVERIFY2(std::abs(scale - expectedScale) < 1e-6 * expectedScale, QByteArray::number(scale, 'g', 12));
  }

  void lowRankFormulaMatchesTheGeneralOne() {
    torch::manual_seed(4);
    metrics::FeatureStatistics real = metrics::computeStatistics(torch::randn({300, 96}, torch::kFloat64) * 1.3);
    torch::Tensor gen = torch::randn({20, 96}, torch::kFloat64) + 0.2;
    const double general = metrics::frechetDistance(real, metrics::computeStatistics(gen));
    const double lowRank = metrics::frechetDistanceToFeatures(real, gen);
    // The general route takes sqrt of ~1e-14 round-off eigenvalues of a rank-19 M (clamped, not zeroed),
    // which adds ~1e-7 each; the low-rank route has no such null space. Hence 1e-6, not 1e-12.
    QVERIFY2(std::abs(general - lowRank) < 1e-6 * general,
             QByteArray::number(general, 'g', 14) + " vs " + QByteArray::number(lowRank, 'g', 14));
  }

  void frechetSamplingBiasShrinksWithN() {
    // d = 16, N(0, I) vs N(0.5·1, 2I): closed form 16·0.25 + 16·(1 - sqrt 2)^2.
    const int64_t d = 16;
    const double exact = d * 0.25 + d * std::pow(1 - std::sqrt(2.0), 2);
    auto sampleFd = [&](int64_t n) {
      torch::manual_seed(11);
      torch::Tensor a = torch::randn({n, d}, torch::kFloat64);
      torch::Tensor b = torch::randn({n, d}, torch::kFloat64) * std::sqrt(2.0) + 0.5;
      return metrics::frechetDistance(metrics::computeStatistics(a), metrics::computeStatistics(b));
    };
    const double small = std::abs(sampleFd(1000) - exact), large = std::abs(sampleFd(16000) - exact);
    qInfo("FD error vs closed form %.4f: N=1000 %.4f, N=16000 %.4f", exact, small, large);
    QVERIFY(large < small);
    QVERIFY(large < 0.05 * exact);
  }

  void kidHandCheckedValues() {
    torch::Tensor x1 = torch::tensor({0.0, 1.0}, torch::kFloat64).reshape({2, 1});
    torch::Tensor y1 = torch::tensor({1.0, 2.0}, torch::kFloat64).reshape({2, 1});
    // kernelDistance(real, generated): the value is symmetric in the two sets here.
    QVERIFY(std::abs(metrics::kernelDistance(y1, x1, 1).mean - 9.5) < 1e-12);
    torch::Tensor x2 = t2({1, 0, 0, 1}), y2 = t2({1, 1, 0, 0});
    QVERIFY(std::abs(metrics::kernelDistance(y2, x2, 1).mean - (-2.375)) < 1e-12);
    QVERIFY(std::abs(metrics::kernelDistance(x2, x2, 1).mean - (-2.375)) < 1e-12);
    metrics::KernelDistance k = metrics::kernelDistance(y2, x2, 5);
    QCOMPARE(k.subsetSize, int64_t{2});
    QVERIFY(k.std < 1e-12);  // every subset is the whole set
  }

  void kidStatistics() {
    torch::manual_seed(5);
    const int64_t d = 32;
    torch::Tensor real = torch::randn({600, d}, torch::kFloat64);
    torch::Tensor same = torch::randn({600, d}, torch::kFloat64);
    metrics::KernelDistance k0 = metrics::kernelDistance(real, same, 50, 200, 1);
    QVERIFY2(std::abs(k0.mean) < 3 * k0.std + 1e-9, QByteArray::number(k0.mean) + " ± " + QByteArray::number(k0.std));
    metrics::KernelDistance k1 = metrics::kernelDistance(real, same + 0.3, 50, 200, 1);
    metrics::KernelDistance k2 = metrics::kernelDistance(real, same + 0.6, 50, 200, 1);
    qInfo("KID same %.3g ± %.2g, shift 0.3 %.3g ± %.2g, shift 0.6 %.3g ± %.2g", k0.mean, k0.std, k1.mean, k1.std,
          k2.mean, k2.std);
    QVERIFY(k1.mean > 3 * k1.std);
    QVERIFY(k2.mean > k1.mean);
    // Deterministic for a seed.
    QCOMPARE(metrics::kernelDistance(real, same, 10, 100, 9).mean,
             metrics::kernelDistance(real, same, 10, 100, 9).mean);
  }

  void diversityAndCollapseAlarm() {
    torch::Tensor spread = torch::tensor({0.0, 0.0, 3.0, 0.0, 0.0, 4.0}, torch::kFloat64).reshape({3, 2});
    QVERIFY(std::abs(metrics::meanPairwiseDistance(spread) - (3.0 + 4.0 + 5.0) / 3.0) < 1e-12);
    QCOMPARE(metrics::meanPairwiseDistance(torch::ones({5, 4})), 0.0);
    metrics::CollapseAlarm alarm(0.5);
    QVERIFY(!alarm.update(1.0, 100));
    QVERIFY(!alarm.update(2.0, 200));
    QVERIFY(!alarm.update(1.2, 300));  // 60 % of the best: normal fluctuation
    auto fired = alarm.update(0.4, 400);
    QVERIFY(fired.has_value());
    QVERIFY(fired->find("iteration 400") != std::string::npos);
    QVERIFY(!alarm.update(0.3, 500));  // once per episode
    QVERIFY(!alarm.update(1.5, 600));  // recovered: re-armed
    QVERIFY(alarm.update(0.1, 700).has_value());
  }

  void nearestNeighborsFindTheCopies() {
    torch::manual_seed(2);
    torch::Tensor real = torch::randn({10, 8});
    torch::Tensor gen = torch::stack({real[3] + 0.01, real[7], real[0] - 0.02});
    metrics::NearestNeighbors nn = metrics::nearestNeighbors(gen, real);
    QCOMPARE(nn.indices[0].item<int64_t>(), int64_t{3});
    QCOMPARE(nn.indices[1].item<int64_t>(), int64_t{7});
    QCOMPARE(nn.indices[2].item<int64_t>(), int64_t{0});
    QVERIFY(nn.distances[1].item<double>() < 1e-6);
    QVERIFY(nn.distances[0].item<double>() > 0);
    data::ImageU8 sheet =
        metrics::nearestNeighborSheet(torch::rand({3, 3, 8, 8}) * 2 - 1, torch::rand({10, 3, 8, 8}) * 2 - 1, nn);
    QVERIFY(sheet.width > sheet.height / 2);
    QVERIFY(!sheet.empty());
  }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "test_metrics.moc"
