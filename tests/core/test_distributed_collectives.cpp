// core/distributed on the CPU with Gloo over loopback, two real processes (this test binary started again
// in a child role): rank 0's parameters reach every rank, 2 ranks × batch B give the gradients and the
// parameters of 1 rank × batch 2B (and with BatchNorm, the documented difference of per-rank statistics), a
// rank that never arrives is named, and a rank that dies makes the other fail instead of hang.
#include <QtTest>

#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "core/distributed/collectives.h"
#include "core/distributed/gradient_average.h"
#include "support/rank_processes.h"

using namespace fewshot;
using namespace fewshot::distributed;

namespace {

constexpr int64_t kShard = 3;  // batch per rank

torch::nn::Sequential makeModel(int seed) {
  torch::manual_seed(seed);
  return torch::nn::Sequential(torch::nn::Linear(4, 5), torch::nn::Tanh(), torch::nn::Linear(5, 2));
}

std::chrono::milliseconds roleTimeout() {
  const char* ms = std::getenv("FEWSHOT_DDP_TIMEOUT_MS");
  return std::chrono::milliseconds(ms ? std::atol(ms) : 60000);
}

float maxDifference(torch::nn::Module& a, torch::nn::Module& b, bool gradients) {
  float worst = 0;
  const auto pa = a.parameters(), pb = b.parameters();
  for (size_t i = 0; i < pa.size(); ++i) {
    const torch::Tensor x = gradients ? pa[i].grad() : pa[i], y = gradients ? pb[i].grad() : pb[i];
    worst = std::max(worst, (x - y).abs().max().item<float>());
  }
  return worst;
}

// 2 ranks × kShard against 1 process × 2·kShard, three SGD steps. The model has no batch-dependent layer,
// so the mean of the shard losses' gradients is the full batch's gradient up to float rounding.
int gradientsRole(const World& world) {
  auto collectives = connect(world, torch::kCPU, roleTimeout());
  torch::nn::Sequential model = makeModel(100 + world.rank);  // different on each rank until broadcast
  broadcastFromMain(*collectives, *model);
  torch::nn::Sequential reference = makeModel(100);
  if (maxDifference(*model, *reference, false) != 0) {
    std::cerr << "parameters differ from rank 0's after the broadcast\n";
    return 1;
  }
  torch::optim::SGD sgd(model->parameters(), 0.1), sgdReference(reference->parameters(), 0.1);
  for (int step = 0; step < 3; ++step) {
    torch::manual_seed(7 + step);
    const torch::Tensor x = torch::randn({world.size * kShard, 4}), y = torch::randn({world.size * kShard, 2});
    sgd.zero_grad();
    sgdReference.zero_grad();
    const auto rows = torch::indexing::Slice(world.rank * kShard, (world.rank + 1) * kShard);
    torch::mse_loss(model->forward(x.index({rows})), y.index({rows})).backward();
    averageGradients(*collectives, model->parameters());
    torch::mse_loss(reference->forward(x), y).backward();
    const float gradientError = maxDifference(*model, *reference, true);
    if (gradientError > 1e-6f) {
      std::cerr << "step " << step << ": gradients differ by " << gradientError << "\n";
      return 1;
    }
    sgd.step();
    sgdReference.step();
  }
  const float parameterError = maxDifference(*model, *reference, false);
  if (parameterError > 1e-6f) {
    std::cerr << "parameters after 3 steps differ by " << parameterError << "\n";
    return 1;
  }
  return 0;
}

// The documented difference (README, "Several processes and machines"): BatchNorm in training mode normalises
// each rank's shard with the shard's own statistics, as DistributedDataParallel does without SyncBatchNorm, so
// 2 ranks × kShard no longer give 1 process × 2·kShard's gradients. The same model with its BatchNorm in
// evaluation mode (fixed statistics) does, within float rounding: the difference is the statistics alone.
int batchNormRole(const World& world) {
  auto collectives = connect(world, torch::kCPU, roleTimeout());
  auto makeBatchNormModel = [] {
    torch::manual_seed(200);
    return torch::nn::Sequential(torch::nn::Linear(4, 5), torch::nn::BatchNorm1d(5), torch::nn::Tanh(),
                                 torch::nn::Linear(5, 2));
  };
  float difference[2] = {0, 0};  // [training-mode BatchNorm, evaluation-mode BatchNorm]
  for (const bool training : {true, false}) {
    torch::nn::Sequential model = makeBatchNormModel(), reference = makeBatchNormModel();
    model->train(training);
    reference->train(training);
    torch::manual_seed(9);
    const torch::Tensor x = torch::randn({world.size * kShard, 4}) * 3 + 1, y = torch::randn({world.size * kShard, 2});
    const auto rows = torch::indexing::Slice(world.rank * kShard, (world.rank + 1) * kShard);
    torch::mse_loss(model->forward(x.index({rows})), y.index({rows})).backward();
    averageGradients(*collectives, model->parameters());
    torch::mse_loss(reference->forward(x), y).backward();
    difference[training ? 0 : 1] = maxDifference(*model, *reference, true);
  }
  std::cerr << "rank " << world.rank << ": largest gradient difference against one process, BatchNorm training "
            << difference[0] << ", evaluation " << difference[1] << "\n";
  if (difference[0] < 1e-3f) {
    std::cerr << "training-mode BatchNorm gave the one-process gradients: shard statistics were not used\n";
    return 1;
  }
  if (difference[1] > 1e-6f) {
    std::cerr << "evaluation-mode BatchNorm differs too: something besides the statistics differs\n";
    return 1;
  }
  return 0;
}

int expectError(const std::function<void()>& action, const std::string& expected) {
  try {
    action();
  } catch (const std::exception& e) {
    std::cerr << e.what() << "\n";
    return std::string(e.what()).find(expected) != std::string::npos ? 0 : 1;
  }
  std::cerr << "no error\n";
  return 1;
}

int runRole(const std::string& role) {
  try {
    const World world = worldFromEnvironment();
    if (role == "gradients") return gradientsRole(world);
    if (role == "batchnorm") return batchNormRole(world);
    if (role == "missing")  // started alone in a world of 2
      return expectError([&] { connect(world, torch::kCPU, roleTimeout()); }, "rank 1 of 2 did not arrive");
    if (role == "dies") {
      auto collectives = connect(world, torch::kCPU, roleTimeout());
      if (world.rank == 1) _exit(0);  // gone before the first collective
      return expectError(
          [&] {
            torch::Tensor t = torch::ones({16});
            for (int i = 0; i < 3; ++i) collectives->allReduceSum(t);
          },
          "rank 0 of 2 (127.0.0.1:");
    }
  } catch (const std::exception& e) {
    std::cerr << role << ": " << e.what() << "\n";
  }
  return 2;
}

QProcessEnvironment timeout(int ms) {
  QProcessEnvironment env;
  env.insert("FEWSHOT_DDP_TIMEOUT_MS", QString::number(ms));
  return env;
}

}  // namespace

#define SKIP_WITHOUT_GLOO() \
  if (const std::string reason = collectivesUnavailableReason(torch::kCPU); !reason.empty()) QSKIP(reason.c_str())

class TestDistributedCollectives : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void worldComesFromTheLaunchersVariables() {
    qputenv("WORLD_SIZE", "4");
    qputenv("RANK", "2");
    qputenv("LOCAL_RANK", "0");
    qputenv("MASTER_ADDR", "node7");
    qputenv("MASTER_PORT", "29611");
    const World world = worldFromEnvironment();
    QCOMPARE(world.size, 4);
    QCOMPARE(world.rank, 2);
    QCOMPARE(world.localRank, 0);
    QCOMPARE(QString::fromStdString(world.masterAddress), QString("node7"));
    QCOMPARE(world.masterPort, 29611);
    QVERIFY(!world.isMain());

    qputenv("RANK", "4");
    QVERIFY_EXCEPTION_THROWN(worldFromEnvironment(), std::invalid_argument);
    qunsetenv("RANK");
    try {
      worldFromEnvironment();
      QFAIL("WORLD_SIZE without RANK was accepted");
    } catch (const std::invalid_argument& e) {
      QVERIFY2(QString(e.what()).contains("RANK is not set"), e.what());
    }
    for (const char* name : {"WORLD_SIZE", "LOCAL_RANK", "MASTER_ADDR", "MASTER_PORT"}) qunsetenv(name);
    QVERIFY(!worldFromEnvironment().distributed());
  }

  void twoRanksEqualOneProcessWithTheWholeBatch() {
    SKIP_WITHOUT_GLOO();
    QCOMPARE(testing::runRanks("gradients", 2, {0, 1}, 120000, timeout(60000)), QList<int>({0, 0}));
  }

  void batchNormStatisticsArePerRank() {
    SKIP_WITHOUT_GLOO();
    QCOMPARE(testing::runRanks("batchnorm", 2, {0, 1}, 120000, timeout(60000)), QList<int>({0, 0}));
  }

  void aRankThatNeverArrivesIsNamed() {
    SKIP_WITHOUT_GLOO();
    QCOMPARE(testing::runRanks("missing", 2, {0}, 60000, timeout(2000)), QList<int>({0}));
  }

  void aRankThatDiesStopsTheOthers() {
    SKIP_WITHOUT_GLOO();
    const QList<int> codes = testing::runRanks("dies", 2, {0, 1}, 90000, timeout(10000));
    QCOMPARE(codes.value(0), 0);  // an error naming rank 0's side, not a hang (-1)
  }
};

int main(int argc, char** argv) {
  if (const char* role = std::getenv("FEWSHOT_DDP_ROLE")) return runRole(role);
  QCoreApplication app(argc, argv);
  TestDistributedCollectives test;
  return QTest::qExec(&test, argc, argv);
}

#include "test_distributed_collectives.moc"
