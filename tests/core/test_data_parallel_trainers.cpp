// The trainers in a data-parallel group (issue 16), on the CPU with Gloo over loopback: two real
// processes (this binary started again in a child role) train FastGAN, Projected GAN and PGGAN for a few
// steps on different data shards and random streams, and end with identical networks and an identical
// ADA p, as averaged gradients and summed sign statistics must give. In-process: the refusals (an uneven
// batch split, ConSinGAN) in the user's words.
#include <QtTest>

#include <cmath>
#include <iostream>

#include "core/distributed/data_parallel.h"
#include "core/distributed/gradient_average.h"
#include "core/train/trainer.h"
#include "support/rank_processes.h"
#include "support/tiny_runs.h"

using namespace fewshot;
using namespace fewshot::distributed;

namespace {

using testing::TinyRun;

// The tiny run, in a group of CPU processes: PGGAN's minibatch-stddev groups of 2 fit a rank's share of the
// batch; FastGAN runs ADA, adjusting p after 4 minibatches from r_t summed over the ranks.
TinyRun tinyRun(const std::string& model, int batch) {
  TinyRun run = testing::tinyRun(model);
  train::TrainingConfig& c = run.config;
  if (model == "pggan") c.pggan.mbstdGroupSize = 2;
  if (model == "fastgan") {
    c.augment = "ada";
    c.adaKimg = 0.01;
    c.adaTarget = -1;  // below any r_t: p must rise
  }
  c.batchSize = batch;
  c.device = "cpu";  // Gloo over loopback
  return run;
}

// The largest difference between this rank's tensor and rank 0's.
double differenceFromMain(Collectives& collectives, const torch::Tensor& mine) {
  std::vector<torch::Tensor> copy{mine.clone()};
  broadcastFromMain(collectives, copy);
  return (mine - copy[0]).abs().max().item<double>();
}

// A Collectives of a pretend world, for the refusals that come before any collective is needed.
class PretendWorld : public Collectives {
 public:
  explicit PretendWorld(int size) : Collectives(World{0, size}) {}
  void allReduceSum(torch::Tensor&) override {}
  void broadcast(torch::Tensor&, int) override {}
  void barrier() override {}
};

// Four steps on this rank's shard; then the fixed-seed samples of G_ema (identical networks draw identical
// samples) and ADA's p must equal rank 0's exactly.
int syncRole(const std::string& model) {
  const World world = worldFromEnvironment();
  TinyRun run = tinyRun(model, model == "pggan" ? 8 : 4);
  std::unique_ptr<train::Trainer> trainer = train::createTrainer(run.config, run.pack, torch::kCPU);
  auto group = std::make_shared<DataParallel>(connect(world, torch::kCPU, std::chrono::seconds(60)));
  trainer->joinDataParallel(group);
  std::map<std::string, double> values;
  for (int i = 0; i < 4; ++i) values = trainer->step();
  for (const auto& [key, value] : values)
    if (!std::isfinite(value)) {
      std::cerr << model << ": " << key << " is not finite\n";
      return 1;
    }
  const double samples = differenceFromMain(group->collectives(), trainer->sampleImages());
  // r_t of the adjustment: each rank's own shard gives another one, so equal values mean summed signs.
  const double p = values.count("ada_p") ? values.at("ada_p") : 0.0;
  const double rt = values.count("ada_rt") ? values.at("ada_rt") : 0.0;
  const double adaDifference = differenceFromMain(group->collectives(), torch::tensor({p, rt}, torch::kFloat64));
  if (samples != 0 || adaDifference != 0) {
    std::cerr << model << " rank " << world.rank << ": samples differ from rank 0's by " << samples
              << ", ADA p or r_t by " << adaDifference << "\n";
    return 1;
  }
  if (model == "fastgan" && (p <= 0 || !values.count("ada_rt"))) {
    std::cerr << "ADA did not adjust p (p " << p << "): the sign statistics were not exercised\n";
    return 1;
  }
  return 0;
}

}  // namespace

class TestDataParallelTrainers : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void twoRanksStayIdentical_data() {
    QTest::addColumn<QString>("model");
    for (const char* model : {"fastgan", "projected", "pggan"}) QTest::newRow(model) << model;
  }

  void twoRanksStayIdentical() {
    QFETCH(QString, model);
    if (const std::string reason = collectivesUnavailableReason(torch::kCPU); !reason.empty()) QSKIP(reason.c_str());
    QCOMPARE(testing::runRanks(model, 2, {0, 1}, 300000), QList<int>({0, 0}));
  }

  void consinganSaysWhyItTrainsInOneProcess() {
    train::TrainingConfig config = testing::tinyConSinGanConfig(3, 2);
    const data::DatasetPack pack = testing::singleImagePack(testing::landscapeImage(40, 30));
    auto trainer = train::createTrainer(config, pack, torch::kCPU);
    try {
      trainer->joinDataParallel(std::make_shared<DataParallel>(std::make_unique<PretendWorld>(2)));
      QFAIL("ConSinGAN joined a data-parallel group");
    } catch (const std::invalid_argument& e) {
      QVERIFY2(QString(e.what()).contains("no batch to split over processes"), e.what());
    }
  }

  void anUnevenSplitIsRefusedInTheUsersWords() {
    TinyRun run = tinyRun("fastgan", 3);
    auto trainer = train::createTrainer(run.config, run.pack, torch::kCPU);
    try {
      trainer->joinDataParallel(std::make_shared<DataParallel>(std::make_unique<PretendWorld>(2)));
      QFAIL("a batch of 3 was split over 2 processes");
    } catch (const std::invalid_argument& e) {
      QVERIFY2(QString(e.what()).contains("Batch size 3 cannot be shared evenly by 2 processes"), e.what());
    }
  }
};

int main(int argc, char** argv) {
  if (const char* role = std::getenv("FEWSHOT_DDP_ROLE")) {
    try {
      return syncRole(role);
    } catch (const std::exception& e) {
      std::cerr << role << ": " << e.what() << "\n";
      return 2;
    }
  }
  QCoreApplication app(argc, argv);
  TestDataParallelTrainers test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_data_parallel_trainers.moc"
