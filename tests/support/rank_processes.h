// Data-parallel tests start the test binary again as the ranks of a world (the child runs its role, chosen
// by FEWSHOT_DDP_ROLE, instead of the Qt tests) and rendezvous over loopback on a free port.
#pragma once
#include <QCoreApplication>
#include <QList>
#include <QProcess>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace fewshot::testing {

inline int freeLoopbackPort() {
  const int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof(address);
  ::bind(s, reinterpret_cast<sockaddr*>(&address), sizeof(address));
  getsockname(s, reinterpret_cast<sockaddr*>(&address), &length);
  close(s);
  return ntohs(address.sin_port);
}

// Runs `ranks` of a world of `worldSize` in `role` and returns their exit codes, in order: -1 for a rank
// still running after `limitMs` (then killed), -2 for one that crashed. Their error output goes to the log.
inline QList<int> runRanks(const QString& role, int worldSize, const QList<int>& ranks, int limitMs,
                           const QProcessEnvironment& extra = {}) {
  const int port = freeLoopbackPort();
  QList<QProcess*> processes;
  for (int rank : ranks) {
    auto* process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(extra);
    env.insert("FEWSHOT_DDP_ROLE", role);
    env.insert("RANK", QString::number(rank));
    env.insert("WORLD_SIZE", QString::number(worldSize));
    env.insert("MASTER_ADDR", "127.0.0.1");
    env.insert("MASTER_PORT", QString::number(port));
    env.insert("OMP_NUM_THREADS", "1");
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QCoreApplication::applicationFilePath(), {});
    processes.push_back(process);
  }
  QList<int> codes;
  for (QProcess* process : processes) {
    if (!process->waitForFinished(limitMs)) {
      process->kill();
      process->waitForFinished();
      codes.push_back(-1);
    } else {
      codes.push_back(process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -2);
    }
    delete process;
  }
  return codes;
}

}  // namespace fewshot::testing
