// FastGAN's perceptual reconstruction distances (issue 17 item 3): the targets' features computed without
// autograd give the values and gradients of the old joint pass; the calibrated distance is 1 per tap on
// average over pairs of real images; a run with it saves its calibration and resumes exactly.
#include <QtTest>

#include <cmath>

#include <torch/torch.h>

#include "core/features/perceptual_calibration.h"
#include "core/features/perceptual_distance.h"
#include "core/features/weights_location.h"
#include "core/metrics/real_features_cache.h"
#include "core/models/fastgan/fastgan_trainer.h"
#include "core/train/checkpoint.h"
#include "core/train/run_directory.h"
#include "support/module_state.h"
#include "support/synthetic_data.h"
#include "support/test_paths.h"
#include "support/tiny_runs.h"

using namespace fewshot;

namespace {

// Smooth random images in [-1,1]: low-resolution noise upsampled, so the features are not all alike.
torch::Tensor smoothImages(int64_t n, int64_t size, uint64_t seed) {
  torch::manual_seed(seed);
  const torch::Tensor low = torch::rand({n, 3, 4, 4}) * 2 - 1;
  return torch::nn::functional::interpolate(low, torch::nn::functional::InterpolateFuncOptions()
                                                     .size(std::vector<int64_t>{size, size})
                                                     .mode(torch::kBilinear)
                                                     .align_corners(false));
}

// The distance as computed before issue 17: both inputs in one pass inside the graph (target detached).
torch::Tensor jointPassDistance(features::EfficientNetLite0& net, const torch::Tensor& a, const torch::Tensor& b) {
  auto unit = [](const torch::Tensor& f) { return f / (f.pow(2).sum(1, true).sqrt() + 1e-10); };
  const int64_t n = a.size(0);
  torch::Tensor total = torch::zeros({n}, a.options());
  for (const torch::Tensor& tap : net->forwardTaps(torch::cat({a, b.detach()}))) {
    const torch::Tensor fa = unit(tap.slice(0, 0, n)), fb = unit(tap.slice(0, n, 2 * n));
    total = total + (fa - fb).pow(2).sum(1).mean({1, 2});
  }
  return total;
}

train::TrainingConfig tinyCalibratedConfig() {
  train::TrainingConfig c = testing::tinyRun("fastgan").config;
  c.seed = 7;
  c.reconstructionLoss = "effnet-calibrated";
  return c;
}

using testing::expectSameState;

}  // namespace

class TestReconstructionCalibration : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { at::set_num_threads(2); }

  // A random-weight network is enough for the arithmetic; the values and the gradient into the
  // reconstruction equal the joint pass's, and nothing of the target's pass is recorded.
  void targetsWithoutAutogradGiveTheOldValues() {
    torch::manual_seed(3);
    features::EfficientNetLite0 net;
    features::PerceptualDistance distance(net);
    const torch::Tensor b = smoothImages(3, 64, 11).requires_grad_(true);
    torch::Tensor aOld = smoothImages(3, 64, 12).requires_grad_(true);
    torch::Tensor aNew = aOld.detach().clone().requires_grad_(true);

    const torch::Tensor old = jointPassDistance(net, aOld, b);
    const torch::Tensor now = distance(aNew, b);
    qInfo("joint pass: sum %.6f, split: sum %.6f", old.sum().item<double>(), now.sum().item<double>());
    QVERIFY(torch::allclose(now, old, 1e-5, 1e-6));
    old.sum().backward();
    now.sum().backward();
    QVERIFY(torch::allclose(aNew.grad(), aOld.grad(), 1e-4, 1e-7));
    QVERIFY(!b.grad().defined());
    for (const torch::Tensor& tap : distance.targetTaps(b)) QVERIFY(!tap.requires_grad());
  }

  // Per tap, d_k / mean_k averages 1 over every pair of distinct images (checked pair by pair, which also
  // checks the shifted-batch pairing), so the calibrated sum averages 1.
  void calibratedDistanceAveragesOneOverRealPairs() {
    torch::manual_seed(5);
    features::EfficientNetLite0 net;
    features::PerceptualDistance distance(net);
    const int64_t n = 6;
    const torch::Tensor reals = smoothImages(n, 64, 21);
    const torch::Tensor means = features::meanTapDistancesOverPairs(distance, reals);
    QCOMPARE(means.numel(), int64_t{4});
    QVERIFY((means > 0).all().item<bool>());
    const std::vector<double> m(means.data_ptr<double>(), means.data_ptr<double>() + means.numel());

    std::vector<double> perTap(4, 0.0);
    double calibrated = 0;
    int pairs = 0;
    torch::NoGradGuard noGrad;
    for (int64_t i = 0; i < n; ++i)
      for (int64_t j = i + 1; j < n; ++j) {
        const torch::Tensor a = reals.slice(0, i, i + 1), b = reals.slice(0, j, j + 1);
        const std::vector<torch::Tensor> d = distance.tapDistances(a, distance.targetTaps(b));
        for (size_t k = 0; k < d.size(); ++k) perTap[k] += d[k].item<double>() / m[k];
        calibrated += features::calibratedDistance(d, m).item<double>();
        ++pairs;
      }
    for (size_t k = 0; k < perTap.size(); ++k) {
      qInfo("tap %zu: mean distance %.4f, calibrated mean %.6f", k, m[k], perTap[k] / pairs);
      QVERIFY(std::abs(perTap[k] / pairs - 1.0) < 1e-4);
    }
    QVERIFY(std::abs(calibrated / pairs - 1.0) < 1e-4);
  }

  // N + M iterations equal N, save, load, M more, with the calibration restored from the checkpoint.
  void calibratedRunResumesExactly() {
    if (!features::efficientNetLite0WeightsAvailable()) QSKIP(features::missingWeightsMessage().c_str());
    auto pack = testing::discDataset(32, 8);
    train::RunDirectory run(testing::scratchDir("fastgan_calibrated_resume"));
    run.create();
    const train::TrainingConfig c = tinyCalibratedConfig();
    fastgan::FastGanTrainer straight(c, pack, torch::kCPU);
    const torch::Tensor calibration = straight.reconstructionCalibration();
    QVERIFY(calibration.defined());
    QCOMPARE(calibration.numel(), int64_t{4});
    for (int i = 0; i < 4; ++i) straight.step();

    fastgan::FastGanTrainer first(c, pack, torch::kCPU);
    QVERIFY(torch::equal(first.reconstructionCalibration(), calibration));
    for (int i = 0; i < 2; ++i) first.step();
    train::writeCheckpoint(run.checkpointPath(2), c, pack.contentHash, first);
    const train::UsableCheckpoint usable = train::findLatestUsableCheckpoint(run);
    torch::serialize::InputArchive trainerState;
    QVERIFY(usable.archive->try_read("trainer", trainerState));
    torch::Tensor saved;
    QVERIFY(trainerState.try_read("reconstruction_calibration", saved));
    QVERIFY(torch::equal(saved, calibration));

    fastgan::FastGanTrainer resumed(c, pack, torch::kCPU);
    train::loadCheckpoint(usable, resumed);
    QVERIFY(torch::equal(resumed.reconstructionCalibration(), calibration));
    for (int i = 0; i < 2; ++i) resumed.step();
    expectSameState(*straight.generator(), *resumed.generator());
    expectSameState(*straight.generatorEma(), *resumed.generatorEma());
    expectSameState(*straight.discriminator(), *resumed.discriminator());
  }

  // The calibration is the per-tap mean over pairs of the run's own training images (all 8 here), at the
  // reconstructions' size.
  void calibrationComesFromTheTrainingImages() {
    if (!features::efficientNetLite0WeightsAvailable()) QSKIP(features::missingWeightsMessage().c_str());
    auto pack = testing::discDataset(32, 8);
    const train::TrainingConfig c = tinyCalibratedConfig();
    fastgan::FastGanTrainer trainer(c, pack, torch::kCPU);
    features::PerceptualDistance distance(features::loadPretrainedEfficientNetLite0());
    const torch::Tensor reals = fastgan::resizeNearest(metrics::packToTensor(pack), fastgan::kReconstructionSize);
    QVERIFY(torch::allclose(trainer.reconstructionCalibration(), features::meanTapDistancesOverPairs(distance, reals)));
  }
};

QTEST_APPLESS_MAIN(TestReconstructionCalibration)
#include "test_reconstruction_calibration.moc"
