// Where a step's time goes (issue 14, `fewshot bench train`): the losses come back in one host read with
// exactly the values item<double>() gives; with profiling on, batch loading and host reads (losses, ADA's
// sign sum, which now stays on the device between adjustments) are timed and counted, and with it off
// nothing is. FEWSHOT_TEST_DEVICE=cuda runs the same on a GPU.
#include <QtTest>

#include "core/augment/ada_controller.h"
#include "core/train/batch_sampler.h"
#include "core/train/step_profile.h"
#include "support/synthetic_data.h"
#include "support/tiny_runs.h"

using namespace fewshot;

class TestStepProfile : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void scalarsReadInOneGoAreTheItemValues() {
    torch::manual_seed(5);
    const torch::Device device(testing::testDevice());
    const torch::Tensor a = torch::randn({7}).to(device).sum();                    // float32
    const torch::Tensor b = torch::randn({3}, torch::kFloat64).to(device).mean();  // float64
    const torch::Tensor c = torch::randn({1, 1}).to(device) * 1e-30;               // tiny, not a 0-dim tensor
    const std::map<std::string, double> values = train::readScalars({{"a", a}, {"b", b}, {"c", c}});
    QCOMPARE(values.size(), size_t(3));
    QCOMPARE(values.at("a"), a.item<double>());
    QCOMPARE(values.at("b"), b.item<double>());
    QCOMPARE(values.at("c"), c.item<double>());
    QVERIFY(values.at("c") != 0);
  }

  void profilingTimesDataAndHostReads() {
    const torch::Device device(testing::testDevice());
    const data::DatasetPack pack = testing::discDataset(32, 6);
    train::BatchSampler sampler(pack, 3);
    AdaControllerOptions options;
    options.interval = 2;
    AdaController ada(options);
    auto step = [&] {
      const torch::Tensor batch = sampler.next(4, device);
      ada.accumulate(batch.mean({1, 2, 3}));
      ada.step(4);
      return train::readScalars({{"loss", batch.mean()}});
    };

    train::setStepProfiling(false);
    step();
    step();
    const train::StepPhaseTimes off = train::takeStepPhaseTimes();
    QCOMPARE(off.dataLoadingSeconds, 0.0);
    QCOMPARE(off.synchronisationSeconds, 0.0);
    QCOMPARE(off.synchronisations, 0);

    train::setStepProfiling(true);
    for (int i = 0; i < 4; ++i) step();
    const train::StepPhaseTimes on = train::takeStepPhaseTimes();
    train::setStepProfiling(false);
    QVERIFY(on.dataLoadingSeconds > 0);
    QVERIFY(on.synchronisationSeconds >= 0);
    // Four loss reads, and ADA's sign sum read at its two adjustments only (not once per batch).
    QCOMPARE(on.synchronisations, 4 + 2);
    QCOMPARE(train::takeStepPhaseTimes().synchronisations, 0);  // taking resets
  }

  void adaSignsSummedOnTheDeviceAdjustAsBefore() {
    const torch::Device device(testing::testDevice());
    AdaControllerOptions options;
    options.interval = 2;
    options.adaKimg = 0.01;  // p moves by 0.8 per adjustment of batch 4
    AdaController ada(options);
    ada.accumulate(torch::tensor({1.0f, 2.0f, -1.0f}).to(device));
    QCOMPARE(ada.pendingRt(), 1.0 / 3.0);  // read when asked
    ada.accumulate(torch::tensor({3.0f, 0.5f, 1.0f}).to(device));
    QCOMPARE(ada.pendingRt(), 4.0 / 6.0);
    QVERIFY(!ada.step(4));
    QVERIFY(ada.step(4));
    QCOMPARE(ada.lastRt(), 4.0 / 6.0);
    QVERIFY(qAbs(ada.p() - 0.8) < 1e-12);  // r_t 0.667 > 0.6: up
  }
};

QTEST_MAIN(TestStepProfile)
#include "test_step_profile.moc"
