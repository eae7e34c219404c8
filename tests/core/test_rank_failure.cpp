// The launcher of `fewshot train --nproc N` names the rank that caused a failure: a rank killed from outside
// before a peer that then exited with an error, in whichever order the two were reaped (CI once reaped the
// peer first, in the same poll, and the launcher named the wrong rank); the launcher's own SIGKILL after the
// grace period names nobody new.
#include <QtTest>

#include <sys/wait.h>

#include <csignal>

#include "app/cli/rank_failure.h"

using fewshot::cli::RankFailure;

namespace {

const int kClean = W_EXITCODE(0, 0);
const int kErrorExit = W_EXITCODE(1, 0);     // a peer: "another rank stopped or hangs"
const int kKilled = W_EXITCODE(0, SIGKILL);  // kill -9, the OOM killer

}  // namespace

class TestRankFailure : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void cleanRanksNameNobody() {
    RankFailure failure(2);
    failure.record(0, kClean, false);
    failure.record(1, kClean, false);
    QVERIFY(!failure.any());
    QCOMPARE(failure.exitCode(), 0);
    // The launcher's own test for a rank that needs no grace period started.
    QVERIFY(fewshot::cli::endedCleanly(kClean));
    QVERIFY(!fewshot::cli::endedCleanly(kErrorExit));
    QVERIFY(!fewshot::cli::endedCleanly(kKilled));
  }

  void killedRankNamedWhenItsPeerIsReapedFirst() {
    RankFailure failure(2);
    failure.record(0, kErrorExit, false);
    failure.record(1, kKilled, false);
    QCOMPARE(QString::fromStdString(failure.message()), QString("rank 1 of 2 was killed by signal Killed"));
    QCOMPARE(failure.exitCode(), 1);
  }

  void killedRankNamedWhenReapedFirst() {
    RankFailure failure(3);
    failure.record(2, kKilled, false);
    failure.record(0, kErrorExit, false);
    failure.record(1, W_EXITCODE(0, SIGTERM), false);
    QCOMPARE(QString::fromStdString(failure.message()), QString("rank 2 of 3 was killed by signal Killed"));
  }

  void firstErrorExitNamedWithItsCode() {
    RankFailure failure(2);
    failure.record(1, W_EXITCODE(3, 0), false);
    failure.record(0, kErrorExit, false);
    QCOMPARE(QString::fromStdString(failure.message()), QString("rank 1 of 2 exited with code 3"));
    QCOMPARE(failure.exitCode(), 3);
  }

  void launchersOwnKillNamesNobodyNew() {
    RankFailure failure(2);
    failure.record(0, kErrorExit, false);
    failure.record(1, kKilled, true);  // it hung past the grace period and the launcher ended it
    QCOMPARE(QString::fromStdString(failure.message()), QString("rank 0 of 2 exited with code 1"));
    QCOMPARE(failure.exitCode(), 1);
  }
};

QTEST_GUILESS_MAIN(TestRankFailure)
#include "test_rank_failure.moc"
