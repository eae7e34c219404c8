#include "app/cli/rank_launcher.h"

#include "app/cli/rank_failure.h"

#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstring>
#include <iostream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace fewshot::cli {

namespace {

std::atomic<int> interrupts{0}, forwardedCheckpointRequests{0};
void countInterrupt(int) { ++interrupts; }
void countForwardedCheckpointRequest(int) { ++forwardedCheckpointRequests; }

// How long the other ranks get to notice a failed one themselves (their collectives fail at once when a
// peer's connection closes) before the launcher ends them.
constexpr auto kGrace = std::chrono::seconds(30);

int freeLoopbackPort() {
  const int s = socket(AF_INET, SOCK_STREAM, 0);
  if (s < 0) throw std::runtime_error("cannot open a socket to find a free port for the ranks");
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof(address);
  const bool ok = ::bind(s, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0 &&
                  getsockname(s, reinterpret_cast<sockaddr*>(&address), &length) == 0;
  close(s);
  if (!ok) throw std::runtime_error("cannot find a free loopback port for the ranks");
  return ntohs(address.sin_port);
}

pid_t spawnRank(const std::vector<std::string>& args, int rank, int processes, int port) {
  std::vector<std::string> env;
  bool waitPolicyGiven = false;
  for (char** e = environ; *e; ++e) {
    const std::string entry = *e;
    const std::string name = entry.substr(0, entry.find('='));
    waitPolicyGiven = waitPolicyGiven || name == "OMP_WAIT_POLICY";
    if (name != "RANK" && name != "LOCAL_RANK" && name != "WORLD_SIZE" && name != "MASTER_ADDR" &&
        name != "MASTER_PORT" && name != "FEWSHOT_LAUNCHER_PID")
      env.push_back(entry);
  }
  env.push_back("RANK=" + std::to_string(rank));
  env.push_back("LOCAL_RANK=" + std::to_string(rank));
  env.push_back("WORLD_SIZE=" + std::to_string(processes));
  env.push_back("MASTER_ADDR=127.0.0.1");
  env.push_back("MASTER_PORT=" + std::to_string(port));
  env.push_back("FEWSHOT_LAUNCHER_PID=" + std::to_string(getpid()));
  // CPU ranks share the cores: OpenMP threads that spin while they wait would take them from the other
  // rank's threads that have work (measured with two test processes on 2 cores: 8 to 12 times slower).
  if (!waitPolicyGiven) env.push_back("OMP_WAIT_POLICY=PASSIVE");
  std::vector<char*> envp, argv;
  for (auto& e : env) envp.push_back(e.data());
  envp.push_back(nullptr);
  std::string program = "/proc/self/exe";
  argv.push_back(program.data());
  std::vector<std::string> copy = args;
  for (auto& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (const int error = posix_spawn(&pid, program.c_str(), nullptr, nullptr, argv.data(), envp.data()); error != 0)
    throw std::runtime_error("cannot start rank " + std::to_string(rank) + ": " + std::strerror(error));
  return pid;
}

}  // namespace

void stopWithLauncher() {
  const char* launcher = std::getenv("FEWSHOT_LAUNCHER_PID");
  if (!launcher) return;
  prctl(PR_SET_PDEATHSIG, SIGINT);
  if (getppid() != std::atoi(launcher)) kill(getpid(), SIGINT);  // it died before the line above
}

std::vector<std::string> withoutProcessCount(const std::vector<std::string>& args) {
  std::vector<std::string> kept;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--nproc") {
      ++i;  // and its value
      continue;
    }
    if (args[i].rfind("--nproc=", 0) == 0) continue;
    kept.push_back(args[i]);
  }
  return kept;
}

int launchRanks(const std::vector<std::string>& commandArgs, int processes) {
  forwardedCheckpointRequests = 0;
  auto previousUsr1 = std::signal(SIGUSR1, countForwardedCheckpointRequest);  // passed on to the ranks, below
  const int port = freeLoopbackPort();
  std::vector<pid_t> ranks;
  for (int rank = 0; rank < processes; ++rank) ranks.push_back(spawnRank(commandArgs, rank, processes, port));

  // Ctrl-C in a terminal reaches the ranks directly (one process group); a SIGINT sent to the launcher
  // alone is passed on.
  interrupts = 0;
  auto previous = std::signal(SIGINT, countInterrupt);
  int forwarded = 0, checkpointsForwarded = 0, running = processes;
  RankFailure failure(processes);
  bool killedByLauncher = false;
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
  while (running > 0) {
    for (; forwarded < interrupts; ++forwarded)
      for (pid_t pid : ranks)
        if (pid > 0) kill(pid, SIGINT);
    for (; checkpointsForwarded < forwardedCheckpointRequests; ++checkpointsForwarded)
      for (pid_t pid : ranks)
        if (pid > 0) kill(pid, SIGUSR1);
    for (size_t rank = 0; rank < ranks.size(); ++rank) {
      if (ranks[rank] <= 0) continue;
      int status = 0;
      if (waitpid(ranks[rank], &status, WNOHANG) != ranks[rank]) continue;
      ranks[rank] = 0;
      --running;
      if (endedCleanly(status)) continue;
      failure.record(static_cast<int>(rank), status, killedByLauncher);
      if (deadline == std::chrono::steady_clock::time_point::max() && !killedByLauncher)
        deadline = std::chrono::steady_clock::now() + kGrace;
    }
    if (running > 0 && std::chrono::steady_clock::now() > deadline) {
      for (pid_t pid : ranks)
        if (pid > 0) kill(pid, SIGKILL);
      killedByLauncher = true;
      deadline = std::chrono::steady_clock::time_point::max();
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  std::signal(SIGINT, previous);
  std::signal(SIGUSR1, previousUsr1);
  if (failure.any()) std::cerr << "fewshot train: " << failure.message() << "; the other ranks were stopped\n";
  return failure.exitCode();
}

}  // namespace fewshot::cli
