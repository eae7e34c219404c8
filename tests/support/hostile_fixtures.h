// Helpers for the hostile-input tests: inputs are generated at test time (FIFOs, sparse files, bad
// names, dead writers' temporaries), calls that could hang run with a deadline, and a small tmpfs is
// mounted where the test may do so (root in a container), for real disk-full conditions.
#pragma once
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <future>
#include <string>

namespace fewshot::testing {

inline bool makeFifo(const std::string& path) { return ::mkfifo(path.c_str(), 0600) == 0; }

// Runs `f` on a thread and waits at most `seconds`. When it is still running, the FIFO (if given) is
// opened for writing, which releases a reader blocked in open(); returns false then.
inline bool finishesWithin(double seconds, const std::function<void()>& f, const std::string& fifoToRelease = {}) {
  auto future = std::async(std::launch::async, f);
  const auto deadline = std::chrono::duration<double>(seconds);
  if (future.wait_for(deadline) == std::future_status::ready) {
    future.get();
    return true;
  }
  if (!fifoToRelease.empty()) {
    const int fd = ::open(fifoToRelease.c_str(), O_WRONLY | O_NONBLOCK);
    if (fd >= 0) ::close(fd);
  }
  future.wait();
  return false;
}

// A process id that no process has right now: a child that has exited and been reaped.
inline long deadPid() {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  int status = 0;
  ::waitpid(child, &status, 0);
  return static_cast<long>(child);
}

// Peak resident memory of this process so far, in bytes.
inline long long peakRssBytes() {
  struct rusage usage {};
  ::getrusage(RUSAGE_SELF, &usage);
  return static_cast<long long>(usage.ru_maxrss) * 1024;
}

// A file of `size` bytes that starts with `head` and takes no disk space beyond it.
inline bool writeSparseFile(const std::string& path, const std::string& head, long long size) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return false;
  const bool ok =
      ::write(fd, head.data(), head.size()) == static_cast<ssize_t>(head.size()) && ::ftruncate(fd, size) == 0;
  ::close(fd);
  return ok;
}

// A tmpfs of `bytes` mounted on `dir` for the guard's lifetime; mounted() is false where the test may
// not mount (not root, no CAP_SYS_ADMIN).
class SmallTmpfs {
 public:
  SmallTmpfs(const std::string& dir, long long bytes) : dir_(dir) {
    std::filesystem::create_directories(dir);
    const std::string options = "size=" + std::to_string(bytes);
    mounted_ = ::mount("tmpfs", dir.c_str(), "tmpfs", 0, options.c_str()) == 0;
  }
  ~SmallTmpfs() {
    if (mounted_) ::umount2(dir_.c_str(), MNT_DETACH);
  }
  SmallTmpfs(const SmallTmpfs&) = delete;
  SmallTmpfs& operator=(const SmallTmpfs&) = delete;
  bool mounted() const { return mounted_; }

 private:
  std::string dir_;
  bool mounted_ = false;
};

// Files in `dir` whose name contains ".tmp-" or ".creating-" (partial writes).
inline int temporariesIn(const std::string& dir) {
  int n = 0;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.find(".tmp-") != std::string::npos || name.find(".creating-") != std::string::npos) ++n;
  }
  return n;
}

}  // namespace fewshot::testing
