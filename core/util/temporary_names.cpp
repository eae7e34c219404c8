#include "core/util/temporary_names.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <sstream>

namespace fewshot::util {
namespace fs = std::filesystem;

namespace {

// ".NAME.<tag>-PID-HEX" -> PID, or -1 when the name is not one of ours.
long writerPid(const std::string& name) {
  if (name.size() < 2 || name[0] != '.') return -1;
  for (const char* tag : {".tmp-", ".creating-"}) {
    const size_t at = name.rfind(tag);
    if (at == std::string::npos || at == 0) continue;
    const std::string rest = name.substr(at + std::char_traits<char>::length(tag));
    const size_t dash = rest.find('-');
    if (dash == 0 || dash == std::string::npos || dash + 1 == rest.size()) return -1;
    const std::string pid = rest.substr(0, dash);
    const std::string random = rest.substr(dash + 1, rest.find('.', dash + 1) - dash - 1);  // ".mp4" may follow
    if (pid.size() > 9 || pid.find_first_not_of("0123456789") != std::string::npos) return -1;
    if (random.find_first_not_of("0123456789abcdef") != std::string::npos) return -1;
    return std::strtol(pid.c_str(), nullptr, 10);
  }
  return -1;
}

bool processRuns(long pid) {
  if (pid <= 0) return false;
  if (pid == static_cast<long>(::getpid())) return true;
  return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

}  // namespace

std::string temporarySibling(const std::string& target, const std::string& tag) {
  const fs::path path(target);
  std::random_device rd;
  std::ostringstream name;
  name << "." << path.filename().string() << "." << tag << "-" << ::getpid() << "-" << std::hex << rd() << rd();
  return (path.parent_path() / name.str()).string();
}

std::vector<std::string> removeStaleTemporaries(const std::string& dir) {
  std::vector<fs::path> stale;
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const long pid = writerPid(it->path().filename().string());
    if (pid >= 0 && !processRuns(pid)) stale.push_back(it->path());
  }
  std::vector<std::string> removed;
  for (const auto& path : stale) {
    std::error_code removeError;
    fs::remove_all(path, removeError);
    if (!removeError) removed.push_back(path.string());
  }
  return removed;
}

}  // namespace fewshot::util
