// A run trained on a GPU resumes, samples and exports on a CPU (and back). Without a GPU the archives
// are made GPU-placed by rewriting their storage locations to "cuda:0" (support/device_placement.h),
// which is byte for byte what a CUDA run writes apart from the tensor values. With
// FEWSHOT_TEST_DEVICE=cuda (packaging/gpu-check.sh) the runs really train on the GPU instead.
// Also: optimizer state follows its parameters, and the real-features cache records device and precision.
#include <QtTest>
#include <torch/script.h>

#include <filesystem>
#include <fstream>

#include "core/explore/consingan_model.h"
#include "core/explore/model_transfer.h"
#include "core/explore/run_sampler.h"
#include "core/models/fastgan/fastgan_generator.h"
#include "core/metrics/real_features_cache.h"
#include "core/models/common/optimizer_device.h"
#include "core/train/checkpoint.h"
#include "core/config/training_config.h"
#include "core/train/training_session.h"
#include "core/util/atomic_file.h"
#include "support/consingan_fixtures.h"
#include "support/device_placement.h"
#include "support/synthetic_data.h"
#include "support/test_paths.h"
#include "support/tiny_runs.h"

using namespace fewshot;
namespace fs = std::filesystem;

namespace {

using testing::testDevice;

// The tiny run of `model`, written to `dir`: 2 iterations with a sample grid and a checkpoint at the end.
train::TrainingConfig tinyConfig(const std::string& model, const std::string& dir) {
  testing::TinyRun run = testing::tinyRun(model);
  train::TrainingConfig& c = run.config;
  c.iterations = 2;
  c.sampleEvery = 2;
  c.checkpointEvery = 2;
  c.threads = 2;
  c.dataPath = dir + "/data.fspack";
  data::saveDatasetPack(run.pack, c.dataPath);
  c.runDir = dir + "/run";
  return c;
}

void runToEnd(train::TrainingSession& session) {
  std::string error;
  session.setEventCallback([&](const train::TrainingEvent& e) {
    if (e.kind == train::TrainingEvent::Kind::Error) error = e.message;
  });
  session.start();
  session.wait();
  if (!error.empty()) throw std::runtime_error(error);
}

// A few generated images of the run's checkpoint, made on `device`, on the CPU.
torch::Tensor render(const train::TrainingConfig& config, const std::string& checkpoint, const std::string& device) {
  return explore::RunSampler::open(config.runDir, checkpoint, device)->renderStream(3, 2, explore::ImageOptions{});
}

// The EMA generator of a FastGAN checkpoint, read onto the CPU whatever device its tensors name.
fastgan::Generator loadEmaGenerator(const std::string& checkpoint, const fastgan::FastGanConfig& config) {
  fastgan::Generator generator(config);
  torch::serialize::InputArchive archive, state, ema;
  archive.load_from(checkpoint, torch::kCPU);
  archive.read("trainer", state);
  state.read("generator_ema", ema);
  generator->load(ema);
  return generator;
}

std::string recordedDevice(const std::string& runDir) {
  return nlohmann::json::parse(util::readFileBytes(train::RunDirectory(runDir).configPath())).value("device", "");
}

void recordDevice(const std::string& runDir, const std::string& device) {
  const std::string path = train::RunDirectory(runDir).configPath();
  nlohmann::json j = nlohmann::json::parse(util::readFileBytes(path));
  j["device"] = device;
  util::writeFileAtomically(path, j.dump(2));
}

// The archive really says CUDA: a load without a map to the CPU fails where there is no GPU and
// puts the tensors on the GPU where there is one.
void expectTensorsStoredOnCuda(const std::string& path) {
  if (!torch::cuda::is_available()) {
    bool failed = false;
    try {
      torch::serialize::InputArchive archive;
      archive.load_from(path);
    } catch (const c10::Error&) {
      failed = true;
    }
    QVERIFY2(failed, "a GPU-placed archive loaded without a device map on a machine without CUDA");
    return;
  }
  torch::jit::Module m = torch::jit::load(path);
  int onCuda = 0;
  for (const auto& p : m.named_parameters(/*recurse=*/true)) onCuda += p.value.is_cuda();
  QVERIFY(onCuda > 0);
}

class CountingExtractor : public metrics::FeatureExtractor {
 public:
  CountingExtractor(std::string precision) : precision_(std::move(precision)) {}
  torch::Tensor extract(const torch::Tensor& images) override {
    extracted += images.size(0);
    return images.mean({2, 3}).to(torch::kCPU, torch::kFloat32);
  }
  std::string id() const override { return "test-mean-rgb"; }
  std::string fdKey() const override { return "fd_test"; }
  std::string kidKey() const override { return "kid_test"; }
  std::string displayName() const override { return "FD-test"; }
  torch::Device device() const override { return torch::kCPU; }
  std::string precision() const override { return precision_; }
  int64_t extracted = 0;

 private:
  std::string precision_;
};

}  // namespace

class TestDevicePortability : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() {
    setenv("XDG_CACHE_HOME", testing::scratchDir("test_device_portability_cache").c_str(), 1);
    qInfo("training device: %s (FEWSHOT_TEST_DEVICE), CUDA available: %s", testDevice().c_str(),
          torch::cuda::is_available() ? "yes" : "no");
  }

  void adamStateFollowsTheDevice() {
    torch::manual_seed(1);
    torch::nn::Linear a(3, 2), b(3, 2);
    torch::optim::Adam adam(a->parameters(), torch::optim::AdamOptions(1e-2).amsgrad(true));
    torch::optim::SGD sgd(b->parameters(), torch::optim::SGDOptions(1e-2).momentum(0.9));
    a(torch::ones({1, 3})).sum().backward();
    b(torch::ones({1, 3})).sum().backward();
    adam.step();
    sgd.step();
    QCOMPARE(static_cast<int>(adam.state().size()), 2);
    // The meta device stands in for a GPU: a real move, on any machine.
    moveOptimizerState(adam, torch::Device(torch::kMeta));
    moveOptimizerState(sgd, torch::Device(torch::kMeta));
    for (auto& entry : adam.state()) {
      auto& s = static_cast<torch::optim::AdamParamState&>(*entry.second);
      QVERIFY(s.exp_avg().is_meta() && s.exp_avg_sq().is_meta() && s.max_exp_avg_sq().is_meta());
      QCOMPARE(static_cast<int>(s.step()), 1);
    }
    for (auto& entry : sgd.state())
      QVERIFY(static_cast<torch::optim::SGDParamState&>(*entry.second).momentum_buffer().is_meta());
    torch::optim::RMSprop other(a->parameters(), torch::optim::RMSpropOptions(1e-2));
    a(torch::ones({1, 3})).sum().backward();
    other.step();
    QVERIFY_THROWS_EXCEPTION(std::logic_error, moveOptimizerState(other, torch::kCPU));
  }

  void gpuRunOpensOnCpu_data() {
    QTest::addColumn<QString>("model");
    for (const char* m : {"fastgan", "pggan", "projected", "consingan"}) QTest::newRow(m) << QString(m);
  }

  void gpuRunOpensOnCpu() {
    QFETCH(QString, model);
    const std::string dir = testing::scratchDir("test_device_portability_" + model.toStdString());
    const train::TrainingConfig config = tinyConfig(model.toStdString(), dir);
    runToEnd(*train::TrainingSession::createNew(config));
    const std::string checkpoint = train::findLatestUsableCheckpoint(train::RunDirectory(config.runDir)).path;
    const torch::Tensor before = render(config, checkpoint, config.device);
    if (config.device == "cpu") {
      QVERIFY(testing::relocateArchiveTensors(checkpoint, "cuda:0") > 0);
      recordDevice(config.runDir, "cuda");
    }
    expectTensorsStoredOnCuda(checkpoint);

    // Sampling on the CPU gives the images the run's own device gave.
    const torch::Tensor onCpu = render(config, checkpoint, "cpu");
    QCOMPARE(onCpu.sizes(), before.sizes());
    QVERIFY(onCpu.device().is_cpu());
    if (config.device == "cpu")
      QVERIFY(torch::equal(onCpu, before));
    else
      QVERIFY(torch::allclose(onCpu, before, 1e-3, 1e-2));

    // Resuming without a device keeps the recorded GPU: on a machine without one that is a clear error.
    if (!torch::cuda::is_available()) {
      try {
        train::TrainingSession::resumeRun(config.runDir);
        QFAIL("resumed a CUDA run on a machine without CUDA");
      } catch (const std::invalid_argument& e) {
        QVERIFY2(std::string(e.what()).find("--device cpu") != std::string::npos, e.what());
      }
    }
    // --device cpu continues the run there, and config.json records it.
    auto resumed = train::TrainingSession::resumeRun(config.runDir, config.iterations + 1, "cpu");
    QCOMPARE(static_cast<int>(resumed->iteration()), static_cast<int>(config.iterations));
    runToEnd(*resumed);
    QVERIFY(resumed->state() == train::TrainingSession::State::Finished);
    QCOMPARE(static_cast<int>(resumed->iteration()), static_cast<int>(config.iterations + 1));
    QCOMPARE(QString::fromStdString(recordedDevice(config.runDir)), QString("cpu"));
    resumed.reset();
    // And back to the GPU where there is one: the CPU-written state (Adam's moments included) moves there.
    if (torch::cuda::is_available()) {
      auto back = train::TrainingSession::resumeRun(config.runDir, config.iterations + 2, "cuda");
      runToEnd(*back);
      QCOMPARE(static_cast<int>(back->iteration()), static_cast<int>(config.iterations + 2));
      QCOMPARE(QString::fromStdString(recordedDevice(config.runDir)), QString("cuda"));
    }
  }

  void gpuPlacedExportImports() {
    const std::string dir = testing::scratchDir("test_device_portability_export");
    const train::TrainingConfig config = tinyConfig("fastgan", dir);
    runToEnd(*train::TrainingSession::createNew(config));
    const std::string checkpoint = train::findLatestUsableCheckpoint(train::RunDirectory(config.runDir)).path;
    if (config.device == "cpu") QVERIFY(testing::relocateArchiveTensors(checkpoint, "cuda:0") > 0);
    fastgan::Generator g = loadEmaGenerator(checkpoint, config.fastgan);
    const std::string exported = dir + "/generator.pth";
    QVERIFY(explore::exportPytorchGenerator(g, exported) > 0);
    // An official FastGAN file saved from a GPU has CUDA storages too; the importer reads them on the CPU.
    QVERIFY(testing::relocateArchiveTensors(exported, "cuda:0") > 0);
    explore::ImportedGenerator imported = explore::importGenerator(exported);
    imported.generator->eval();
    g->eval();
    torch::NoGradGuard noGrad;
    torch::manual_seed(4);
    const torch::Tensor z = torch::randn({2, config.fastgan.nz});
    torch::manual_seed(5);
    const torch::Tensor a = imported.generator->forward(z).image;
    torch::manual_seed(5);
    const torch::Tensor b = g->forward(z).image;
    QVERIFY(torch::equal(a, b));
  }

  void realFeaturesCacheRecordsDeviceAndPrecision() {
    const data::DatasetPack pack = testing::discDataset(16, 5);
    CountingExtractor fp32("fp32"), bf16("bf16");
    const torch::Tensor first = metrics::realFeatures(pack, fp32);
    QCOMPARE(static_cast<int>(fp32.extracted), 5);
    const std::string path = metrics::realFeaturesCachePath(pack, fp32);
    QVERIFY2(fs::exists(path), path.c_str());
    const metrics::CachedRealFeatures entry = metrics::readCachedRealFeatures(path);
    QCOMPARE(QString::fromStdString(entry.device), QString("cpu"));
    QCOMPARE(QString::fromStdString(entry.precision), QString("fp32"));
    QCOMPARE(QString::fromStdString(entry.extractor), QString("test-mean-rgb"));
    QVERIFY(torch::equal(entry.features, first));
    // Served from the cache the second time; another precision is its own entry, computed afresh.
    QVERIFY(torch::equal(metrics::realFeatures(pack, fp32), first));
    QCOMPARE(static_cast<int>(fp32.extracted), 5);
    metrics::realFeatures(pack, bf16);
    QCOMPARE(static_cast<int>(bf16.extracted), 5);
    QVERIFY(metrics::realFeaturesCachePath(pack, bf16) != path);
    QCOMPARE(
        QString::fromStdString(metrics::readCachedRealFeatures(metrics::realFeaturesCachePath(pack, bf16)).precision),
        QString("bf16"));
  }
};

QTEST_APPLESS_MAIN(TestDevicePortability)
#include "test_device_portability.moc"
