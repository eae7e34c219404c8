// Live metrics end to end: the collapse alarm on a deliberately collapsed generator, the memorisation
// check on a generator that copies its training set, and a training session that logs metric_* values,
// writes the nearest-neighbour sheet and records which reconstruction loss it used. Needs the
// EfficientNet-Lite0 weights (skips with the reason otherwise), except the missing-weights test.
#include <QtTest>

#include <cstdlib>
#include <filesystem>
#include <mutex>

#include "core/features/weights_location.h"
#include "core/metrics/live_metrics.h"
#include "core/metrics/real_features_cache.h"
#include "core/models/fastgan/fastgan_generator.h"
#include "core/train/metrics_log.h"
#include "core/train/training_session.h"
#include "support/synthetic_data.h"
#include "support/test_paths.h"

using namespace fewshot;
using Kind = train::TrainingEvent::Kind;
namespace fs = std::filesystem;

namespace {

struct Recorder {
  std::mutex mutex;
  std::vector<train::TrainingEvent> events;
  void operator()(const train::TrainingEvent& e) {
    std::lock_guard<std::mutex> lock(mutex);
    events.push_back(e);
  }
  std::vector<train::TrainingEvent> of(Kind kind) {
    std::lock_guard<std::mutex> lock(mutex);
    std::vector<train::TrainingEvent> out;
    for (const auto& e : events)
      if (e.kind == kind) out.push_back(e);
    return out;
  }
};

train::TrainingConfig tinyConfig(const std::string& dir) {
  train::TrainingConfig c;
  c.fastgan.imageSize = 32;
  c.fastgan.ngf = 8;
  c.fastgan.ndf = 8;
  c.fastgan.nz = 16;
  c.batchSize = 4;
  c.sampleCount = 4;
  c.iterations = 4;
  c.sampleEvery = 2;
  c.checkpointEvery = 4;
  c.threads = 2;
  c.metrics.every = 2;
  c.metrics.samples = 8;
  const std::string pack = dir + "/discs.fspack";
  data::saveDatasetPack(testing::discDataset(32, 12), pack);
  c.dataPath = pack;
  c.runDir = dir + "/run";
  return c;
}

}  // namespace

class TestMetricsLive : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() {
    // Real-feature cache inside the scratch tree, not the user's cache.
    setenv("XDG_CACHE_HOME", testing::scratchDir("test_metrics_live_cache").c_str(), 1);
  }

  void collapseAlarmFiresOnACollapsedGenerator() {
    if (!features::efficientNetLite0WeightsAvailable()) QSKIP(features::missingWeightsMessage().c_str());
    data::DatasetPack pack = testing::discDataset(32, 12);
    metrics::MetricsConfig config;
    metrics::LiveMetrics live(config, pack, torch::kCPU);
    fastgan::FastGanConfig gc;
    gc.imageSize = 32;
    gc.ngf = 8;
    gc.nz = 16;
    torch::manual_seed(1);
    fastgan::Generator g(gc);
    torch::NoGradGuard noGrad;
    torch::Tensor z = torch::randn({16, gc.nz});
    std::vector<double> diversity;
    // Healthy: distinct latents give distinct images, several evaluations.
    for (int it = 1; it <= 3; ++it) {
      metrics::MetricsResult r = live.evaluate(g->forward(z).image, it * 100);
      QVERIFY(r.warnings.empty());
      QVERIFY(r.values.count("metric_fd_effnet") && r.values.count("metric_kid_effnet") &&
              r.values.count("metric_kid_effnet_std"));
      QVERIFY(std::isfinite(r.values["metric_fd_effnet"]) && r.values["metric_fd_effnet"] > 0);
      diversity.push_back(r.values["metric_diversity"]);
    }
    // Collapsed: the generator maps every latent to the same image (the first latent's).
    metrics::MetricsResult collapsed =
        live.evaluate(g->forward(z.slice(0, 0, 1).expand({16, gc.nz}).contiguous()).image, 400);
    qInfo("diversity healthy %.4f %.4f %.4f, collapsed %.6f", diversity[0], diversity[1], diversity[2],
          collapsed.values["metric_diversity"]);
    QVERIFY(collapsed.values["metric_diversity"] < 0.1 * diversity[0]);
    QCOMPARE(static_cast<int>(collapsed.warnings.size()), 1);
    QVERIFY(collapsed.warnings[0].find("mode collapse") != std::string::npos);
  }

  void memorizationIsVisible() {
    if (!features::efficientNetLite0WeightsAvailable()) QSKIP(features::missingWeightsMessage().c_str());
    data::DatasetPack pack = testing::discDataset(32, 12);
    metrics::LiveMetrics live(metrics::MetricsConfig{}, pack, torch::kCPU);
    // A "generator" that returns training images 3, 5, 7 exactly, and one that returns noise.
    torch::Tensor copies = torch::cat({metrics::packToTensor(pack, 3, 4), metrics::packToTensor(pack, 5, 6),
                                       metrics::packToTensor(pack, 7, 8)});
    metrics::MetricsResult copied = live.evaluate(copies, 1);
    torch::manual_seed(3);
    metrics::MetricsResult noise = live.evaluate(torch::rand({3, 3, 32, 32}) * 2 - 1, 2);
    qInfo("nearest distance: copies %.6f, noise %.4f", copied.values["metric_nearest_distance"],
          noise.values["metric_nearest_distance"]);
    QVERIFY(copied.values["metric_nearest_distance"] < 1e-3);
    QVERIFY(noise.values["metric_nearest_distance"] > 1.0);
    QVERIFY(copied.nearestSheet && copied.nearestSheet->height > 32 && copied.nearestSheet->width > 64);
  }

  void trainingSessionLogsLiveMetrics() {
    if (!features::efficientNetLite0WeightsAvailable()) QSKIP(features::missingWeightsMessage().c_str());
    const std::string dir = testing::scratchDir("test_metrics_live_session");
    train::TrainingConfig config = tinyConfig(dir);
    auto session = train::TrainingSession::createNew(config);
    QCOMPARE(QString::fromStdString(session->config().reconstructionLoss), QString("effnet-calibrated"));
    Recorder rec;
    session->setEventCallback(std::ref(rec));
    session->start();
    session->wait();
    QVERIFY(session->state() == train::TrainingSession::State::Finished);
    auto metricsEvents = rec.of(Kind::Metrics);
    QCOMPARE(static_cast<int>(metricsEvents.size()), 2);  // iterations 2 and 4
    for (const auto& e : metricsEvents) {
      QVERIFY(e.values.count("metric_fd_effnet") && e.values.count("metric_kid_effnet") &&
              e.values.count("metric_diversity"));
      QCOMPARE(QString::fromStdString(e.message), QString("FD-EffNet"));
      QVERIFY(fs::exists(e.path));
      QVERIFY(e.image && !e.image->empty());
    }
    int logged = 0;
    for (const auto& record : train::MetricsLog::read(config.runDir + "/metrics.jsonl"))
      if (record.contains("metric_fd_effnet")) ++logged;
    QCOMPARE(logged, 2);
    const auto saved = nlohmann::json::parse(std::ifstream(config.runDir + "/config.json"));
    QCOMPARE(QString::fromStdString(saved.at("reconstruction_loss").get<std::string>()), QString("effnet-calibrated"));
  }

  void missingWeightsFallBackAndSayHow() {
    const std::string dir = testing::scratchDir("test_metrics_live_noweights");
    train::TrainingConfig config = tinyConfig(dir);
    config.metrics.weightsDir = dir + "/empty-weights";
    config.iterations = 2;
    auto session = train::TrainingSession::createNew(config);
    QCOMPARE(QString::fromStdString(session->config().reconstructionLoss), QString("pixel-l1"));
    Recorder rec;
    session->setEventCallback(std::ref(rec));
    session->start();
    session->wait();
    QVERIFY(session->state() == train::TrainingSession::State::Finished);
    QVERIFY(rec.of(Kind::Metrics).empty());
    bool warned = false;
    for (const auto& w : rec.of(Kind::Warning))
      warned = warned || w.message.find("weights missing") != std::string::npos;
    QVERIFY(warned);
  }
};

QTEST_GUILESS_MAIN(TestMetricsLive)
#include "test_metrics_live.moc"
