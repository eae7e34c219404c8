// Checkpoint integrity: the checksum written into every checkpoint catches bit flips anywhere in the
// file, NaN/inf in any tensor marks a checkpoint damaged, the newest one that verifies is used, files of
// older versions (no checksum) still load, and a full disk never aborts the process or costs the newest
// intact checkpoint (fault injection everywhere; a real small tmpfs where the test may mount one).
#include <QtTest>

#include <filesystem>
#include <random>

#include "core/train/checkpoint.h"
#include "core/util/write_fault.h"
#include "support/checkpoint_fixtures.h"
#include "support/hostile_fixtures.h"
#include "support/test_paths.h"

using namespace fewshot;
using namespace fewshot::testing;
namespace fs = std::filesystem;

namespace {

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

struct FaultScope {
  explicit FaultScope(util::WriteFault fault) { util::setWriteFaultForTesting(fault); }
  ~FaultScope() { util::setWriteFaultForTesting(std::nullopt); }
};

}  // namespace

class TestCheckpointIntegrity : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void checksumCatchesEveryBitFlip() {
    const train::RunDirectory run(scratchDir("ckpt_flips"));
    const std::string good = writeTensorCheckpoint(run, 1, torch::randn({64, 64}));
    const std::string original = util::readFileBytes(writeTensorCheckpoint(run, 2, torch::randn({64, 64})));
    std::mt19937 rng(7);
    int detected = 0;
    const int flips = 40;
    for (int i = 0; i < flips; ++i) {
      util::writeFileAtomically(run.checkpointPath(2), original);
      flipBit(run.checkpointPath(2), rng() % original.size(), static_cast<int>(rng() % 8));
      const train::UsableCheckpoint usable = train::findLatestUsableCheckpoint(run);
      if (usable.path == good && usable.rejected.size() == 1 && has(usable.rejected[0], "ckpt_00000002.pt is damaged"))
        ++detected;
    }
    qInfo("%d of %d random bit flips detected", detected, flips);
    QCOMPARE(detected, flips);
    util::writeFileAtomically(run.checkpointPath(2), original);
    const train::UsableCheckpoint intact = train::findLatestUsableCheckpoint(run);
    QCOMPARE(intact.path, run.checkpointPath(2));
    QCOMPARE(intact.integrity, std::string("checksum verified"));
    TensorTrainer restored(torch::zeros({64, 64}), 0);
    train::loadCheckpoint(intact, restored);  // from the verified archive, not the file again
    QVERIFY(restored.tensor().abs().sum().item<float>() > 0);
  }

  void nonFiniteTensorsMarkACheckpointDamaged() {
    const train::RunDirectory run(scratchDir("ckpt_nan"));
    writeTensorCheckpoint(run, 1, torch::ones({8}));
    auto withNan = torch::ones({8});
    withNan[3] = std::numeric_limits<float>::quiet_NaN();
    writeTensorCheckpoint(run, 2, withNan);
    writeTensorCheckpoint(run, 3, torch::full({4}, std::numeric_limits<float>::infinity()));
    const train::UsableCheckpoint usable = train::findLatestUsableCheckpoint(run);
    QCOMPARE(usable.path, run.checkpointPath(1));
    QCOMPARE(usable.rejected.size(), size_t(2));
    QVERIFY2(has(usable.rejected[0], "ckpt_00000003.pt is damaged: trainer/weights holds 4 NaN/inf values"),
             usable.rejected[0].c_str());
    QVERIFY2(has(usable.rejected[1], "holds 1 NaN/inf value"), usable.rejected[1].c_str());
    TensorTrainer t(torch::zeros({8}), 0);
    QVERIFY_THROWS_EXCEPTION(train::CheckpointError, train::loadCheckpoint(run.checkpointPath(2), t));
  }

  void aNonFiniteCheckpointIsRemovedAndPrunesNothing() {
    const train::RunDirectory run(scratchDir("ckpt_nan_write"));
    writeTensorCheckpoint(run, 1, torch::ones({8}));
    auto withNan = torch::ones({8});
    withNan[0] = std::numeric_limits<float>::quiet_NaN();
    TensorTrainer diverged(withNan, 2);
    train::TrainingConfig config;
    QVERIFY_THROWS_EXCEPTION(train::NonFiniteCheckpointError,
                             train::writeCheckpointAndPrune(run, config, "hash", diverged, 1));
    QCOMPARE(train::listCheckpoints(run), std::vector<std::string>{run.checkpointPath(1)});
    QCOMPARE(temporariesIn(run.root()), 0);
  }

  void checkpointsWithoutChecksumStillLoad() {
    const train::RunDirectory run(scratchDir("ckpt_legacy"));
    removeChecksum(writeTensorCheckpoint(run, 1, torch::arange(5.0f)));
    const train::UsableCheckpoint usable = train::findLatestUsableCheckpoint(run);
    QCOMPARE(usable.path, run.checkpointPath(1));
    QVERIFY2(has(usable.integrity, "no checksum"), usable.integrity.c_str());
    TensorTrainer t(torch::zeros({5}), 0);
    train::loadCheckpoint(run.checkpointPath(1), t);
    QVERIFY(torch::equal(t.tensor(), torch::arange(5.0f)));
    removeChecksum(writeTensorCheckpoint(run, 2, torch::full({2}, std::numeric_limits<float>::quiet_NaN())));
    QCOMPARE(train::findLatestUsableCheckpoint(run).path, run.checkpointPath(1));  // NaN check without checksum
    // A comment that is not ours, or a cut-off end, counts as damage, not as "no checksum".
    writeTensorCheckpoint(run, 3, torch::ones({2}));
    std::string cut = util::readFileBytes(run.checkpointPath(3));
    util::writeFileAtomically(run.checkpointPath(3), cut.substr(0, cut.size() - 10));
    const auto usable3 = train::findLatestUsableCheckpoint(run);
    QVERIFY(usable3.path == run.checkpointPath(1) && has(usable3.rejected.front(), "end record is damaged"));
  }

  void diskFullNeverAbortsAndKeepsTheNewest() {
    const train::RunDirectory run(scratchDir("ckpt_full"));
    writeTensorCheckpoint(run, 1, torch::randn({256, 256}));
    TensorTrainer next(torch::randn({256, 256}), 2);
    train::TrainingConfig config;
    {
      FaultScope fault({"ckpt_00000002", 100000, ENOSPC});  // inside the tensor data, LibTorch mid-write
      const std::string error = [&] {
        try {
          train::writeCheckpointAndPrune(run, config, "hash", next, 1);
        } catch (const std::exception& e) {
          return std::string(e.what());
        }
        return std::string("(no exception)");
      }();
      QVERIFY2(has(error, "could not write " + run.checkpointPath(2) + ": disk full"), error.c_str());
    }
    QCOMPARE(train::listCheckpoints(run), std::vector<std::string>{run.checkpointPath(1)});  // kept, not pruned
    QCOMPARE(temporariesIn(run.root()), 0);
    QCOMPARE(train::findLatestUsableCheckpoint(run).path, run.checkpointPath(1));
    train::writeCheckpointAndPrune(run, config, "hash", next, 1);  // with space again: written, then pruned
    QCOMPARE(train::listCheckpoints(run), std::vector<std::string>{run.checkpointPath(2)});
  }

  void realDiskFullAndTheFreeSpaceCheck() {
    const std::string dir = scratchDir("ckpt_tmpfs");
    SmallTmpfs tmpfs(dir, 12 << 20);
    if (!tmpfs.mounted()) QSKIP("cannot mount a tmpfs here (needs root); the fault-injection test covers disk full");
    const train::RunDirectory run(dir);
    train::TrainingConfig config;
    auto tensorOf = [](int mebibytes) { return torch::randn({mebibytes * 262144}); };
    // Larger than the disk: LibTorch's writer fails on a real ENOSPC; no abort, no partial file.
    TensorTrainer huge(tensorOf(16), 9);
    QVERIFY_THROWS_EXCEPTION(util::FileWriteError, train::writeCheckpoint(run.checkpointPath(9), config, "h", huge));
    QCOMPARE(temporariesIn(dir), 0);
    // 3 MiB checkpoints on 12 MiB: the third needs the first pruned beforehand; the newest always stays.
    for (int it = 1; it <= 3; ++it) {
      TensorTrainer t(tensorOf(3), it);
      train::writeCheckpointAndPrune(run, config, "h", t, 2);
    }
    QCOMPARE(train::listCheckpoints(run), (std::vector<std::string>{run.checkpointPath(2), run.checkpointPath(3)}));
    TensorTrainer fourth(tensorOf(3), 4);
    try {
      train::writeCheckpointAndPrune(run, config, "h", fourth, 1);  // keep 1: nothing may go first
      QFAIL("a checkpoint was attempted without the space for it");
    } catch (const train::CheckpointError& e) {
      qInfo("%s", e.what());
      QVERIFY(has(e.what(), "not enough free space for a checkpoint in " + run.checkpointsDir()));
    }
    QCOMPARE(train::findLatestUsableCheckpoint(run).path, run.checkpointPath(3));
  }

  void fifosAndDevicesAreNotCheckpoints() {
    const std::string dir = scratchDir("ckpt_fifo");
    const train::RunDirectory run(dir);
    run.create();
    QVERIFY(makeFifo(run.checkpointPath(5)));
    std::string error;
    QVERIFY(finishesWithin(
        20,
        [&] {
          try {
            train::readCheckpointHeader(run.checkpointPath(5));
          } catch (const std::exception& e) {
            error = e.what();
          }
        },
        run.checkpointPath(5)));
    QVERIFY2(has(error, "named pipe"), error.c_str());
    QVERIFY_THROWS_EXCEPTION(train::CheckpointError, train::readCheckpointHeader("/dev/zero"));
  }
};

QTEST_APPLESS_MAIN(TestCheckpointIntegrity)
#include "test_checkpoint_integrity.moc"
