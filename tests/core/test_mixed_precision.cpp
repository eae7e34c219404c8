// Mixed precision (--precision): which precision a name gives on a device, the autocast scopes and their
// fp32 islands, channels_last in place, fp16 loss scaling, and every family training in bf16: the first
// losses match fp32's, nothing turns non-finite, parameters stay fp32, and a bf16 run resumes exactly (on a
// GPU to float rounding).
// With FEWSHOT_TEST_DEVICE=cuda (packaging/gpu-check.sh) the families also train in fp16.
#include <QtTest>

#include <cmath>
#include <sstream>

#include "core/config/setting.h"
#include "core/config/training_config.h"
#include "core/train/loss_scaler.h"
#include "core/train/mixed_precision.h"
#include "core/train/run_directory.h"
#include "core/train/trainer.h"
#include "core/train/training_session.h"
#include "core/util/atomic_file.h"
#include "support/test_paths.h"
#include "support/tiny_runs.h"

using namespace fewshot;

namespace {

using testing::TinyRun;

TinyRun tinyRun(const std::string& model, const std::string& precision) {
  TinyRun run = testing::tinyRun(model);
  run.config.precision = precision;
  return run;
}

std::string saved(train::Trainer& trainer) {
  torch::serialize::OutputArchive archive;
  trainer.save(archive);
  std::ostringstream out;
  archive.save_to(out);
  return out.str();
}

void restore(train::Trainer& trainer, const std::string& bytes) {
  std::istringstream in(bytes);
  torch::serialize::InputArchive archive;
  archive.load_from(in, torch::kCPU);
  trainer.load(archive);
}

}  // namespace

class TestMixedPrecision : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void namesResolvePerDevice() {
    const torch::Device cpu(torch::kCPU);
    QCOMPARE(train::resolvePrecision("fp32", cpu), train::Precision::Fp32);
    QCOMPARE(train::resolvePrecision("bf16", cpu), train::Precision::Bf16);
    QCOMPARE(train::resolvePrecision("auto", cpu),
             train::cpuHasFastBf16() ? train::Precision::Bf16 : train::Precision::Fp32);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, train::resolvePrecision("fp16", cpu));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, train::resolvePrecision("fp8", cpu));
    QCOMPARE(std::string(train::precisionName(train::Precision::Bf16)), std::string("bf16"));

    // The config says so before any trainer is built, naming the setting.
    train::TrainingConfig c;
    c.precision = "fp16";
    c.device = "cpu";
    try {
      c.validate();
      QFAIL("fp16 on the CPU was accepted");
    } catch (const config::SettingError& e) {
      QCOMPARE(e.key(), std::string("precision"));
      QVERIFY(std::string(e.what()).find("CUDA") != std::string::npos);
    }
    c.precision = "fp8";
    QVERIFY_THROWS_EXCEPTION(config::SettingError, c.validate());
    c.precision = "auto";
    c.validate();
  }

  void autocastScopesNestAndRestore() {
    torch::nn::Conv2d conv(torch::nn::Conv2dOptions(3, 4, 3));
    torch::Tensor x = torch::randn({1, 3, 8, 8});
    QCOMPARE(conv(x).scalar_type(), torch::kFloat32);
    {
      train::AutocastScope fp32(train::Precision::Fp32, torch::kCPU);
      QCOMPARE(conv(x).scalar_type(), torch::kFloat32);
    }
    {
      train::AutocastScope bf16(train::Precision::Bf16, torch::kCPU);
      QCOMPARE(conv(x).scalar_type(), torch::kBFloat16);
      {
        train::Fp32Scope island;
        QCOMPARE(conv(x).scalar_type(), torch::kFloat32);
      }
      QCOMPARE(conv(x).scalar_type(), torch::kBFloat16);
      QCOMPARE(conv->weight.scalar_type(), torch::kFloat32);  // parameters are never cast in place
      QCOMPARE(train::toFloat32(conv(x)).scalar_type(), torch::kFloat32);
    }
    QCOMPARE(conv(x).scalar_type(), torch::kFloat32);
  }

  void channelsLastKeepsTheParameterObjects() {
    torch::nn::Conv2d conv(torch::nn::Conv2dOptions(3, 4, 3));
    torch::Tensor weight = conv->weight;
    const torch::Tensor before = weight.clone();
    torch::optim::Adam adam(conv->parameters(), torch::optim::AdamOptions(1e-3));
    train::useChannelsLast(*conv);
    QVERIFY(conv->weight.is_contiguous(torch::MemoryFormat::ChannelsLast));
    QVERIFY(weight.is_contiguous(torch::MemoryFormat::ChannelsLast));  // the same tensor the optimizer holds
    QVERIFY(adam.param_groups()[0].params()[0].is_contiguous(torch::MemoryFormat::ChannelsLast));
    QVERIFY(torch::equal(conv->weight, before));
    QCOMPARE(conv->bias.dim(), 1);  // 1-D tensors are left as they are
  }

  void lossScalerSkipsOverflowsAndAdapts() {
    train::LossScaler off;
    torch::Tensor loss = torch::tensor(2.0);
    QCOMPARE(off.scale(loss).item<double>(), 2.0);

    torch::Tensor p = torch::ones({3}).requires_grad_(true);
    torch::optim::SGD sgd({p}, torch::optim::SGDOptions(0.1));
    train::LossScaler scaler(true);
    QCOMPARE(scaler.value(), 65536.0);
    torch::Tensor scaled = scaler.scale((p * 3).sum());
    QCOMPARE(scaled.item<double>(), 9.0 * 65536.0);
    scaled.backward();
    QVERIFY(scaler.unscale(sgd));
    QVERIFY(torch::allclose(p.grad(), torch::full({3}, 3.0)));  // the true gradient again
    scaler.update();
    QCOMPARE(scaler.value(), 65536.0);

    p.mutable_grad().fill_(std::numeric_limits<float>::infinity());
    QVERIFY(!scaler.unscale(sgd));
    scaler.update();
    QCOMPARE(scaler.value(), 32768.0);  // an overflow halves the scale
    for (int i = 0; i < 2000; ++i) scaler.update();
    QCOMPARE(scaler.value(), 65536.0);  // 2000 clean iterations double it

    torch::serialize::OutputArchive out;
    scaler.save(out);
    std::ostringstream bytes;
    out.save_to(bytes);
    std::istringstream in(bytes.str());
    torch::serialize::InputArchive archive;
    archive.load_from(in);
    train::LossScaler loaded(true);
    p.mutable_grad().fill_(std::numeric_limits<float>::quiet_NaN());
    QVERIFY(!loaded.unscale(sgd));
    loaded.update();  // 32768 from a fresh 65536 ...
    loaded.load(archive);
    QCOMPARE(loaded.value(), 65536.0);  // ... and the saved scale back
  }

  void familiesTrainInMixedPrecision_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("precision");
    const bool cuda = testing::testDeviceIsCuda();
    for (const char* model : {"fastgan", "pggan", "projected", "consingan"}) {
      QTest::newRow((std::string(model) + " bf16").c_str()) << model << "bf16";
      if (cuda) QTest::newRow((std::string(model) + " fp16").c_str()) << model << "fp16";
    }
  }

  void familiesTrainInMixedPrecision() {
    QFETCH(QString, model);
    QFETCH(QString, precision);
    const TinyRun mixed = tinyRun(model.toStdString(), precision.toStdString());
    const TinyRun full = tinyRun(model.toStdString(), "fp32");
    const torch::Device device = train::parseDevice(mixed.config.device);

    // Same seed, same first batch: the first losses are the same function, evaluated in less precision.
    auto reference = train::createTrainer(full.config, full.pack, device);
    auto trainer = train::createTrainer(mixed.config, mixed.pack, device);
    const auto expected = reference->step();
    const auto first = trainer->step();
    bool anyDifferent = false;  // the step really ran in less precision
    for (const auto& [key, value] : expected) {
      QVERIFY2(first.count(key), key.c_str());
      anyDifferent = anyDifferent || first.at(key) != value;
      const double got = first.at(key);
      QVERIFY2(std::isfinite(got), key.c_str());
      const double tolerance = 0.05 * std::max(1.0, std::abs(value));
      QVERIFY2(std::abs(got - value) <= tolerance,
               qPrintable(QString("%1: %2 in %3, %4 in fp32").arg(key.c_str()).arg(got).arg(precision).arg(value)));
    }
    QVERIFY(anyDifferent);

    // Resuming a mixed-precision run is exact: step 2 and 3 after a save equal steps 2 and 3 without one.
    const std::string checkpoint = saved(*trainer);
    for (int i = 0; i < 2; ++i)
      for (const auto& [key, value] : trainer->step()) QVERIFY2(std::isfinite(value), key.c_str());
    auto resumed = train::createTrainer(mixed.config, mixed.pack, device);
    restore(*resumed, checkpoint);
    QCOMPARE(resumed->iteration(), int64_t{1});
    for (int i = 0; i < 2; ++i) resumed->step();
    const torch::Tensor a = trainer->sampleImages(), b = resumed->sampleImages();
    QCOMPARE(a.scalar_type(), torch::kFloat32);  // rendering stays fp32
    QVERIFY(torch::isfinite(a).all().item<bool>());
    // Bit-exact on the CPU; a GPU's kernels (cuDNN's choices, atomics) are not deterministic run to run.
    const bool exact = device.is_cpu() ? torch::equal(a, b) : torch::allclose(a, b, 1e-2, 1e-3);
    QVERIFY2(exact, qPrintable(QString("max difference %1").arg((a - b).abs().max().item<double>())));
  }

  // An fp16 run (CUDA only) resumed on the CPU continues in `auto`, and says so.
  void fp16RunResumesOnTheCpuInAuto() {
    const std::string dir = testing::scratchDir("mixed_precision_fp16_resume");
    TinyRun run = tinyRun("fastgan", "bf16");
    run.config.device = "cpu";
    run.config.iterations = 2;
    run.config.sampleEvery = run.config.checkpointEvery = 2;
    run.config.dataPath = dir + "/data.fspack";
    run.config.runDir = dir + "/run";
    data::saveDatasetPack(run.pack, run.config.dataPath);
    auto first = train::TrainingSession::createNew(run.config);
    first->start();
    first->wait();
    QCOMPARE(first->state(), train::TrainingSession::State::Finished);
    const std::string configPath = train::RunDirectory(run.config.runDir).configPath();
    nlohmann::json j = nlohmann::json::parse(util::readFileBytes(configPath));
    j["precision"] = "fp16";  // as a GPU run writes it
    util::writeFileAtomically(configPath, j.dump(2));

    auto resumed = train::TrainingSession::resumeRun(run.config.runDir, 3, "cpu");
    std::vector<std::string> warnings;
    resumed->setEventCallback([&](const train::TrainingEvent& e) {
      if (e.kind == train::TrainingEvent::Kind::Warning) warnings.push_back(e.message);
    });
    resumed->start();
    resumed->wait();
    QCOMPARE(resumed->state(), train::TrainingSession::State::Finished);
    QCOMPARE(nlohmann::json::parse(util::readFileBytes(configPath)).value("precision", ""), std::string("auto"));
    bool said = false;
    for (const auto& w : warnings) said = said || w.find("fp16") != std::string::npos;
    QVERIFY(said);
  }
};

QTEST_GUILESS_MAIN(TestMixedPrecision)
#include "test_mixed_precision.moc"
